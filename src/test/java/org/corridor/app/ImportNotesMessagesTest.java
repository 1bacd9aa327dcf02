package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corridor.app.cli.CliCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-notes} names a file it cannot import once, by its path, and then says what is wrong with it. */
class ImportNotesMessagesTest {

    @TempDir
    Path home;

    private Path zipBomb() throws Exception {
        Path bomb = home.resolve("fieldwork.qdpx");
        try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            byte[] spaces = new byte[4 * 1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            zip.write(spaces);
            zip.closeEntry();
        }
        return bomb;
    }

    @Test
    void eachFileThatCannotBeImportedIsNamedOnceByItsPath() throws Exception {
        Path bomb = zipBomb();
        Path broken = Files.writeString(home.resolve("interviews.json"), "{ \"type\": ", StandardCharsets.UTF_8);
        Path words = Files.writeString(home.resolve("memo.txt"), "plain words", StandardCharsets.UTF_8);

        CliRun run = CliRun.of(home, "import-notes", "--corpus", "seeds", "--workspace", home.resolve("ws").toString(),
                bomb.toString(), broken.toString(), words.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(CliCommand.FAILED);
        List<String> errors = run.err().lines().toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).isEqualTo("corridor import-notes: " + bomb
                + ": project.qde is compressed more than 100 to 1, as zip bombs are; it is not imported");
        assertThat(errors.get(1)).startsWith("corridor import-notes: " + broken + ": not valid JSON");
        assertThat(errors.get(2)).isEqualTo("corridor import-notes: " + words
                + ": neither W3C Web Annotation JSON nor a REFI-QDA .qdpx project");
        for (String name : List.of("fieldwork.qdpx", "interviews.json", "memo.txt")) {
            assertThat(run.err().split(name, -1)).as(name + " is named once").hasSize(2);
        }
        assertThat(run.lines()).extracting(l -> l.get("error").asString())
                .noneMatch(error -> error.contains("fieldwork") || error.contains("interviews") || error.contains("memo"));
        assertThat(run.lines()).extracting(l -> l.get("file").asString())
                .containsExactly(bomb.toString(), broken.toString(), words.toString());
    }

    @Test
    void anUnreadableFileIsNamedOnceToo() throws Exception {
        Path locked = Files.writeString(home.resolve("locked.json"), "[]", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(locked, Set.of());
        assumeFalse(Files.isReadable(locked), "the tests run as a user who can read any file");

        CliRun run = CliRun.of(home, "import-notes", "--corpus", "seeds", "--workspace", home.resolve("ws").toString(),
                locked.toString());

        assertThat(run.err().strip()).isEqualTo("corridor import-notes: " + locked + ": permission denied");
    }
}
