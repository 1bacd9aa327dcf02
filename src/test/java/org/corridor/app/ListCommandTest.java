package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code corridor.jar list}: in process for the details, and once as a real child JVM for exit codes and output. */
class ListCommandTest {

    @TempDir
    Path home;

    private CliRun run(String... argv) {
        return CliRun.of(home, argv);
    }

    @Test
    void listsEverySeedAsOneJsonObjectPerLine() {
        CliRun run = run("list", "--corpus", "seeds");
        assertThat(run.code()).isZero();
        List<JsonNode> rows = run.lines();
        assertThat(rows).hasSize(5);
        JsonNode first = rows.get(0);
        assertThat(first.get("id").asString()).isEqualTo("000_1b5463ecf60b4d06");
        assertThat(first.get("date").asString()).isEqualTo("2025-01-12");
        assertThat(first.get("source").asString()).isEqualTo("APP");
        assertThat(first.get("words").asInt()).isPositive();
        assertThat(first.get("path").asString()).endsWith("seeds/000_1b5463ecf60b4d06.txt");
        assertThat(rows).extracting(r -> r.propertyNames().stream().toList()).allSatisfy(names ->
                assertThat(names).containsExactly("id", "title", "date", "source", "dateline", "words", "path"));
        assertThat(rows.get(3).get("date").isNull()).isTrue();
    }

    @Test
    void aMissingFolderIsAClearErrorWithNonZeroExit() {
        CliRun run = run("list", "--corpus", home.resolve("nowhere").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no such folder").contains("nowhere");
    }

    @Test
    void unreadableFilesGoToStandardErrorAndTheRestIsListed() throws Exception {
        Files.writeString(home.resolve("a.txt"), "Gwadar: The port handled a record cargo.");
        Files.write(home.resolve("b.txt"), new byte[] {0, 1, 2, 3});
        CliRun run = run("list", "--corpus", home.toString());
        assertThat(run.code()).isZero();
        assertThat(run.lines()).hasSize(1);
        assertThat(run.err()).contains("skipped b.txt: This is not a text file");
    }

    @Test
    void unknownOptionsAreRefused() {
        CliRun run = run("list", "--corpse", "seeds");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown option --corpse").contains("usage: corridor list");
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("list").contains("CORRIDOR_HOME");
    }

    @Test
    void theLauncherRunsHeadlessInItsOwnJvm() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                Launcher.class.getName(), "list", "--corpus", "seeds")
                .redirectErrorStream(false).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(out.lines()).hasSize(5).allSatisfy(l -> assertThat(l).startsWith("{\"id\":"));
    }
}
