package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.corridor.common.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exports print when a note was made to the second, as ISO-8601, never with a fraction of a second. */
class ExportTimestampsTest extends NotesFixtureTest {

    private static final Pattern FRACTION = Pattern.compile("T\\d{2}:\\d{2}:\\d{2}\\.\\d");

    @BeforeEach
    void setUp() throws Exception {
        assertThat(fixture.notes.annotations()).anySatisfy(a -> assertThat(a.created().getNano()).isPositive());
    }

    private String export(NotesExporter exporter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(fixture.job(ExportOptions.defaults()), out, ProgressListener.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void markdownHtmlAndCsvPrintTimesToTheSecond() throws Exception {
        for (NotesExporter exporter : List.of(new MarkdownExporter(), new HtmlExporter(), new CsvExporter())) {
            String text = export(exporter);
            assertThat(FRACTION.matcher(text).find()).as(exporter.getClass().getSimpleName()).isFalse();
            assertThat(text).as(exporter.getClass().getSimpleName()).contains("2026-02-01T09:11:05+05:00");
        }
    }
}
