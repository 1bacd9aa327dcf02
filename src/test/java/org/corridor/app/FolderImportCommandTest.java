package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corridor.app.cli.CliCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A folder import follows symbolic links, reports the ones it cannot follow, and goes on past them. */
class FolderImportCommandTest {

    @TempDir
    Path home;

    @Test
    void symlinkedArticlesAndFoldersAreImportedAndLoopsAndBrokenLinksAreListedWithAReason() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Path elsewhere = Files.createDirectories(home.resolve("elsewhere/more"));
        Files.writeString(inbox.resolve("port.txt"), "Gwadar port handles first transit cargo\n\nGwadar port handled "
                + "its first transit cargo for Afghanistan on Monday, officials said in Karachi.\n");
        Files.writeString(home.resolve("elsewhere/rail.txt"), "Railway talks resume\n\nTalks on the ML-1 railway "
                + "upgrade resumed in Islamabad on Wednesday, the planning ministry said.\n");
        Files.writeString(elsewhere.resolve("dam.txt"), "Dam deal signed\n\nA financing agreement for the "
                + "Diamer-Bhasha dam was signed in Islamabad on Friday, the water ministry said.\n");
        Files.createSymbolicLink(inbox.resolve("rail.txt"), home.resolve("elsewhere/rail.txt"));
        Files.createSymbolicLink(inbox.resolve("more"), elsewhere);
        Files.createSymbolicLink(inbox.resolve("again"), inbox);
        Files.createSymbolicLink(inbox.resolve("gone.txt"), home.resolve("nowhere.txt"));

        CliRun run = CliRun.of(home, "import", "--corpus", "seeds", "--workspace", home.resolve("ws").toString(),
                inbox.toString());

        assertThat(run.code()).isEqualTo(CliCommand.PARTIAL);
        List<JsonNode> lines = run.lines();
        Map<String, JsonNode> byFile = lines.subList(0, lines.size() - 1).stream()
                .collect(Collectors.toMap(l -> Path.of(l.get("file").asString()).getFileName().toString(),
                        Function.identity()));
        assertThat(byFile).containsOnlyKeys("port.txt", "rail.txt", "dam.txt", "again", "gone.txt");
        assertThat(List.of("port.txt", "rail.txt", "dam.txt")).allSatisfy(name ->
                assertThat(byFile.get(name).get("status").asString()).isEqualTo("added"));
        assertThat(byFile.get("again").get("status").asString()).isEqualTo("failed");
        assertThat(byFile.get("again").get("reason").asString()).contains("loop");
        assertThat(byFile.get("gone.txt").get("status").asString()).isEqualTo("failed");
        assertThat(byFile.get("gone.txt").get("reason").asString()).contains("link").contains("nowhere.txt");
        assertThat(lines.get(lines.size() - 1).get("summary").get("added").asInt()).isEqualTo(3);
    }
}
