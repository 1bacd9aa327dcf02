package org.corridor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridor.common.Json;
import org.corridor.settings.AppDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code annotate} end to end, through the command registry, with captured output. */
class AnnotateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        Cli cli = CliCommands.create(new CliContext(new AppDirs(dir.resolve("config"), dir.resolve("data")), dir));
        return cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(Json.compact().readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void annotatesSeedFilesWithOffsetsIntoTheFullText() throws IOException {
        Path seed = Path.of("seeds/004_f7e47c8c0e29e705.txt").toAbsolutePath();
        int code = run("annotate", seed.toString());

        assertThat(code).isZero();
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        JsonNode row = lines.get(0);
        assertThat(row.get("file").asString()).isEqualTo(seed.toString());
        assertThat(row.get("article").get("date").asString()).isEqualTo("2020-08-21");
        assertThat(row.get("article").get("source").asString()).isEqualTo("DNA");
        String fileText = Files.readString(seed, StandardCharsets.UTF_8);
        List<String> seen = new ArrayList<>();
        for (JsonNode m : row.get("mentions")) {
            String text = m.get("text").asString();
            assertThat(fileText.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(text);
            seen.add(m.get("category").asString() + ":" + m.get("kind").asString() + ":" + text + ":"
                    + (m.get("normalized").isNull() ? "" : m.get("normalized").asString()));
        }
        assertThat(seen).contains("actor:person:Xi Jinping:", "date:date:AUG 21:2020-08-21",
                "initiative:programme:Belt and Road Initiative:", "date:year:2019:2019");
        assertThat(row.get("mentions").get(0).has("entity")).isTrue();
        assertThat(row.get("mentions").get(0).has("group")).isTrue();
    }

    @Test
    void unreadableFilesGiveAnErrorLineAndANonZeroExitButTheOthersAreAnnotated() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Prime Minister Imran Khan visited Gwadar on Monday.");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        int code = run("annotate", "missing.txt", good.toString(), empty.toString());

        assertThat(code).isEqualTo(CliCommand.PARTIAL);
        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("error").asString()).isEqualTo("no such file");
        assertThat(lines.get(0).get("file").asString()).endsWith("missing.txt");
        assertThat(lines.get(1).get("mentions")).isNotEmpty();
        assertThat(lines.get(2).get("error").asString()).contains("empty");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt");
    }

    @Test
    void theWorkspacesCorrectionsApply() throws IOException {
        Path workspace = dir.resolve("ws");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("lexicon-user.json"), """
                {
                  "schemaVersion" : 1,
                  "corrections" : [ {
                    "id" : "c-1", "type" : "entity", "text" : "Hunza Apricot Guild", "category" : "actor",
                    "kind" : "organisation", "entity" : "user:hunza-apricot-guild", "label" : "Hunza Apricot Guild"
                  } ]
                }
                """);
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "The Hunza Apricot Guild met in Gilgit.");
        assertThat(run("annotate", "--workspace", workspace.toString(), file.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"entity\":\"user:hunza-apricot-guild\"");
    }

    @Test
    void withoutFilesItIsAUsageError() {
        assertThat(run("annotate")).isEqualTo(CliCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: corridor annotate");
    }
}
