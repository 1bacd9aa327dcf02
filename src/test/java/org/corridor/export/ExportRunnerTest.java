package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRunnerTest {

    @TempDir
    Path dir;
    NotesFixture fixture;
    Path out;

    @BeforeEach
    void setUp() throws Exception {
        fixture = NotesFixture.create(dir.resolve("ws"));
        out = Files.createDirectories(dir.resolve("out"));
    }

    /** Writes some bytes, then fails like a full disk or a crash in the middle of an export. */
    private static NotesExporter failingHalfway(RuntimeException failure) {
        return new NotesExporter() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String label() {
                return "broken";
            }

            @Override
            public String fileExtension(ExportOptions options) {
                return "txt";
            }

            @Override
            public boolean isText() {
                return true;
            }

            @Override
            public void write(ExportJob job, OutputStream stream, ProgressListener progress) throws IOException {
                stream.write("half of it".getBytes(StandardCharsets.UTF_8));
                throw failure;
            }
        };
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.toList();
        }
    }

    @Test
    void writesTheWholeExport() throws Exception {
        Path target = out.resolve("notes.md");

        ExportRunner.run(new MarkdownExporter(), fixture.job(ExportOptions.defaults()), target, ProgressListener.NONE);

        assertThat(Files.readString(target)).contains("all-weather strategic cooperative partnership");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailureHalfwayLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
        Path target = out.resolve("notes.md");
        Files.writeString(target, "previous export");

        assertThatThrownBy(() -> ExportRunner.run(failingHalfway(new IllegalStateException("disk full")),
                fixture.job(ExportOptions.defaults()), target, ProgressListener.NONE)).hasMessageContaining("disk full");
        assertThatThrownBy(() -> ExportRunner.run(failingHalfway(new CancelledException()),
                fixture.job(ExportOptions.defaults()), target, ProgressListener.NONE)).isInstanceOf(CancelledException.class);

        assertThat(Files.readString(target)).isEqualTo("previous export");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aMissingOrUnwritableDestinationIsAClearErrorAndWritesNothing() throws Exception {
        ExportJob job = fixture.job(ExportOptions.defaults());

        assertThatThrownBy(() -> ExportRunner.run(new CsvExporter(), job, out.resolve("no/such/folder.csv"), ProgressListener.NONE))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> ExportRunner.run(new CsvExporter(), job, out, ProgressListener.NONE))
                .isInstanceOf(ExportException.class).hasMessageContaining("is a folder");
        assertThat(files()).isEmpty();
    }
}
