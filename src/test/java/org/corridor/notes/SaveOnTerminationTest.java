package org.corridor.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A note typed less than a save delay before a logout or {@code kill} (SIGTERM) is on disk afterwards. */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "Process.destroy is not a catchable signal on Windows")
class SaveOnTerminationTest {

    @TempDir
    Path dir;

    @Test
    void anEditStillWaitingForTheAutosaveIsSavedWhenTheProcessIsTerminated() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("ws"));
        Path ack = dir.resolve("ack.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TerminatedEditor.class.getName(), workspace.toString(), ack.toString(), "typed just before logout")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(ack) && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(Files.exists(ack)).as("the child made its edit").isTrue();
            assertThat(Files.exists(workspace.resolve(NotesFile.NAME))).as("nothing saved before the signal").isFalse();

            child.destroy(); // SIGTERM, as a logout or `kill` sends
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        NotesSnapshot saved = NotesFile.parse(Files.readAllBytes(workspace.resolve(NotesFile.NAME))).snapshot();
        assertThat(saved.annotations()).extracting(Annotation::note).containsExactly("typed just before logout");
    }
}
