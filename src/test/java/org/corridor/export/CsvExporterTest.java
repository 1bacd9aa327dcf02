package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.notes.Annotation;
import org.corridor.notes.NotesSnapshot;
import org.junit.jupiter.api.Test;

class CsvExporterTest extends NotesFixtureTest {

    private byte[] export(ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().write(fixture.job(options), out, ProgressListener.NONE);
        return out.toByteArray();
    }

    @Test
    void everyQuoteAndNoteSurvivesARoundTripThroughAnRfc4180Parser() throws Exception {
        List<List<String>> rows = Rfc4180Reader.read(new String(export(ExportOptions.defaults()), StandardCharsets.UTF_8));

        assertThat(rows.get(0)).isEqualTo(CsvExporter.HEADER);
        assertThat(rows).hasSize(1 + fixture.notes.annotations().size());
        for (Annotation a : fixture.notes.annotations()) {
            List<String> row = rows.stream().filter(r -> r.get(5).equals(a.anchor().exact())
                    && r.get(0).equals(a.articleId()) && r.get(6).equals(Integer.toString(a.anchor().start())))
                    .findFirst().orElseThrow(() -> new AssertionError("no row for " + a.anchor().exact()));
            assertThat(row).hasSize(CsvExporter.HEADER.size());
            assertThat(row.get(7)).isEqualTo(Integer.toString(a.anchor().end()));
            assertThat(row.get(9)).isEqualTo(a.note());
            assertThat(row.get(8)).isEqualTo(String.join("; ", a.tagIds().stream().map(fixture.notes.codebook()::path).toList()));
        }
    }

    @Test
    void rowPerTagRepeatsTheAnnotationForEachTagAndKeepsUntaggedOnes() throws Exception {
        ExportOptions perTag = new ExportOptions(false, false, true, false, false, null);
        List<List<String>> rows = Rfc4180Reader.read(new String(export(perTag), StandardCharsets.UTF_8));

        List<String> tags = rows.subList(1, rows.size()).stream().map(r -> r.get(8)).toList();
        assertThat(tags).contains("Economy/CPEC", "Diplomacy", "Economy/中巴经济走廊", "Economy", "Security/Counter terrorism", "");
        long overlapping = rows.stream().filter(r -> r.get(5).startsWith("strategic cooperative partnership, including")).count();
        assertThat(overlapping).isEqualTo(2);
        int expected = fixture.notes.annotations().stream().mapToInt(a -> Math.max(1, a.tagIds().size())).sum();
        assertThat(rows).hasSize(1 + expected);
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() throws Exception {
        ExportOptions bom = new ExportOptions(false, false, false, true, false, null);
        assertThat(export(bom)).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(export(ExportOptions.defaults())).startsWith("article_id".getBytes(StandardCharsets.UTF_8));
    }

    /** Cells a spreadsheet would run as formulas (OWASP "CSV injection"), written as the user's notes. */
    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.invalid\",\"click\")",
            "+cmd|' /C calc'!A0", "-2+3", "@SUM(1+1)", "\t=1+1", "\r=1+1");

    private NotesFixture withFormulaNotes() throws IOException {
        Annotation first = fixture.notes.annotations().get(0);
        List<Annotation> hostile = new java.util.ArrayList<>();
        for (int i = 0; i < FORMULAS.size(); i++) {
            hostile.add(NotesFixture.annotation(fixture.corpus, first.articleId(), first.anchor().exact(), 0,
                    List.of(), FORMULAS.get(i), 10 + i));
        }
        fixture = fixture.with(new NotesSnapshot(NotesSnapshot.CURRENT_SCHEMA, fixture.notes.codebook(), hostile));
        return fixture;
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStartWithAnApostropheByDefault() throws Exception {
        withFormulaNotes();
        List<List<String>> rows = Rfc4180Reader.read(new String(export(ExportOptions.defaults()), StandardCharsets.UTF_8));

        List<String> notes = rows.subList(1, rows.size()).stream().map(r -> r.get(9)).toList();
        assertThat(notes).containsExactlyInAnyOrderElementsOf(FORMULAS.stream().map(f -> "'" + f).toList());
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row.get(6)).matches("[0-9]+"));
    }

    @Test
    void rawValuesWhenAskedForAnalysisTools() throws Exception {
        withFormulaNotes();
        ExportOptions raw = ExportOptions.defaults().withCsvRaw(true);
        List<List<String>> rows = Rfc4180Reader.read(new String(export(raw), StandardCharsets.UTF_8));

        assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(9)).toList())
                .containsExactlyInAnyOrderElementsOf(FORMULAS);
    }
}
