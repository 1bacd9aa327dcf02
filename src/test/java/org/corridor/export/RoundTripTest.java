package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import org.corridor.common.ProgressListener;
import org.corridor.notes.NotesSnapshot;
import org.junit.jupiter.api.Test;

/** Export, import into an empty workspace, export again: the same annotations come out. */
class RoundTripTest extends NotesFixtureTest {

    private byte[] export(NotesExporter exporter, NotesSnapshot notes) throws Exception {
        ExportScope all = ExportScope.all();
        ExportJob job = new ExportJob(notes.codebook(), all.selectNotes(notes, fixture.corpus),
                ArticleTexts.of(fixture.corpus), ExportOptions.defaults(), NotesFixture.EXPORTED_AT,
                all.label(notes.codebook()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(job, out, ProgressListener.NONE);
        return out.toByteArray();
    }

    private NotesSnapshot importIntoEmpty(byte[] file, String name) throws Exception {
        NotesImporter importer = new NotesImporter(fixture.corpus, ArticleTexts.of(fixture.corpus),
                Clock.fixed(NotesFixture.EXPORTED_AT.toInstant(), ZoneOffset.UTC));
        NotesImporter.Result result = importer.merge(NotesSnapshot.empty(), NotesFileReader.read(file, name));
        assertThat(result.report().unplaced()).isEmpty();
        return result.applyTo(NotesSnapshot.empty());
    }

    private String csv(NotesSnapshot notes) throws Exception {
        return new String(export(new CsvExporter(), notes), StandardCharsets.UTF_8);
    }

    @Test
    void webAnnotationRoundTripKeepsQuotesPositionsTagsNotesAndTimes() throws Exception {
        byte[] first = export(new WebAnnotationExporter(), fixture.notes);

        NotesSnapshot back = importIntoEmpty(first, "notes.jsonld");

        assertThat(csv(back).split("\r\n")).containsExactly(csv(fixture.notes).split("\r\n"));
        assertThat(back.annotations()).hasSameSizeAs(fixture.notes.annotations());
    }

    @Test
    void qdpxRoundTripGivesTheSameProjectAgain() throws Exception {
        byte[] first = export(new QdpxExporter(), fixture.notes);

        NotesSnapshot back = importIntoEmpty(first, "notes.qdpx");

        assertThat(csv(back).split("\r\n")).containsExactly(csv(fixture.notes).split("\r\n"));
        byte[] second = export(new QdpxExporter(), back);
        assertThat(new String(QdpxExporterTest.unzip(second).get("project.qde"), StandardCharsets.UTF_8))
                .isEqualTo(new String(QdpxExporterTest.unzip(first).get("project.qde"), StandardCharsets.UTF_8));
        assertThat(back.codebook().find(NotesFixture.CPEC.id()).orElseThrow().color()).isEqualTo("#98df8a");
    }
}
