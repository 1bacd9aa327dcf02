package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.app.cli.CliCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code corridor.jar search} and {@code import}: JSON lines on stdout, messages on stderr, honest exit codes. */
class SearchAndImportCommandTest {

    @TempDir
    Path home;

    private CliRun run(String... argv) {
        return CliRun.of(home, argv);
    }

    @Test
    void searchPrintsRankedHitsWithSnippetsAndHonoursFilters() {
        String ws = home.resolve("ws").toString();
        CliRun run = run("search", "--corpus", "seeds", "--workspace", ws, "\"sun weidong\"");

        assertThat(run.code()).isEqualTo(CliCommand.OK);
        List<JsonNode> hits = run.lines();
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).propertyNames()).containsExactly("id", "title", "date", "source", "score", "snippet");
        assertThat(hits.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(hits.get(1).get("score").asDouble());
        assertThat(hits).allSatisfy(h -> assertThat(h.get("snippet").asString()).contains("**Sun Weidong**"));
        assertThat(run.err()).contains("2 of 2 matching articles");

        CliRun filtered = run("search", "--corpus", "seeds", "--workspace", ws, "--from", "2025-01-01",
                "--source", "APP", "sun weidong");
        assertThat(filtered.lines()).singleElement()
                .satisfies(h -> assertThat(h.get("date").asString()).startsWith("2025"));
    }

    @Test
    void searchExplainsABadQueryOrDate() {
        String ws = home.resolve("ws").toString();
        CliRun bad = run("search", "--corpus", "seeds", "--workspace", ws, "\"unclosed phrase");
        assertThat(bad.code()).isEqualTo(CliCommand.FAILED);
        assertThat(bad.err()).contains("A quotation mark is not closed.");
        assertThat(bad.out()).isEmpty();

        CliRun date = run("search", "--corpus", "seeds", "--workspace", ws, "--from", "last week", "cpec");
        assertThat(date.code()).isEqualTo(CliCommand.FAILED);
        assertThat(date.err()).contains("--from needs a date as YYYY-MM-DD");
    }

    @Test
    void importReportsEachFileThenASummaryAndTheArticlesBecomeSearchable() throws Exception {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("page.html"), "<html><head><title>Thar coal output doubles | Dawn"
                + "</title></head><body><p>Coal output from the Thar field doubled this year, the mining company "
                + "said in Karachi.</p></body></html>");
        Files.write(inbox.resolve("broken.pdf"), new byte[] {'%', 'P', 'D', 'F'});
        Files.copy(Path.of("seeds/000_1b5463ecf60b4d06.txt"), inbox.resolve("copy-of-seed.txt"));
        String ws = home.resolve("ws").toString();

        CliRun run = run("import", "--corpus", "seeds", "--workspace", ws, inbox.toString());

        assertThat(run.code()).isEqualTo(CliCommand.PARTIAL);
        List<JsonNode> lines = run.lines();
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 3)).extracting(l -> l.get("status").asString())
                .containsExactly("failed", "duplicate", "added");
        assertThat(lines.get(0).get("reason").asString()).isEqualTo("The PDF is damaged or incomplete and cannot be read.");
        assertThat(lines.get(1).get("id").asString()).isEqualTo("000_1b5463ecf60b4d06");
        assertThat(lines.get(2).get("id").asString()).isEqualTo("imported/page");
        JsonNode summary = lines.get(3).get("summary");
        assertThat(summary.get("added").asInt()).isEqualTo(1);
        assertThat(summary.get("duplicates").asInt()).isEqualTo(1);
        assertThat(summary.get("failed").asInt()).isEqualTo(1);

        CliRun search = run("search", "--corpus", "seeds", "--workspace", ws, "thar");
        assertThat(search.lines()).singleElement().satisfies(h -> {
            assertThat(h.get("id").asString()).isEqualTo("imported/page");
            assertThat(h.get("title").asString()).isEqualTo("Thar coal output doubles");
            assertThat(h.get("source").asString()).isEqualTo("Dawn");
        });
    }
}
