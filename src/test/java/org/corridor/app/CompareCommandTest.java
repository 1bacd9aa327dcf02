package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridor.app.cli.Cli;
import org.corridor.app.cli.CliCommands;
import org.corridor.app.cli.CliContext;
import org.corridor.common.Json;
import org.corridor.settings.AppDirs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code corridor.jar compare A B} on the seeds, with the real recogniser. */
class CompareCommandTest {

    @TempDir
    Path home;

    private record Run(int code, String out, String err) {
        JsonNode json() {
            assertThat(out.lines()).hasSize(1);
            return Json.compact().readTree(out);
        }
    }

    private Run run(String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = CliCommands.create(new CliContext(new AppDirs(home.resolve("c"), home.resolve("d")),
                Path.of("").toAbsolutePath()));
        List<String> args = new ArrayList<>(List.of(argv));
        args.addAll(1, List.of("--corpus", "seeds", "--workspace", home.resolve("ws").toString()));
        int code = cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<String> labels(JsonNode json, String category, String column) {
        List<String> labels = new ArrayList<>();
        json.get("entities").get(category).get(column).forEach(e -> labels.add(e.get("label").asString()));
        return labels;
    }

    @Test
    void seeds000And002ShareTheAllWeatherPartnershipWithSpansIntoEachFile() throws Exception {
        Run run = run("compare", "000_1b5463ecf60b4d06", "seeds/002_7fe1a2b5e3bb247c.txt");
        assertThat(run.code()).isZero();
        JsonNode json = run.json();
        assertThat(json.propertyNames().stream().toList()).containsExactly("a", "b", "similarity", "daysBetween",
                "entities", "groups", "sharedPhrases", "alignedSentences");
        assertThat(json.get("a").get("date").asString()).isEqualTo("2025-01-12");
        assertThat(json.get("b").get("id").asString()).isEqualTo("002_7fe1a2b5e3bb247c");
        String textA = Files.readString(Path.of("seeds/000_1b5463ecf60b4d06.txt"));
        String textB = Files.readString(Path.of("seeds/002_7fe1a2b5e3bb247c.txt"));
        JsonNode formula = null;
        for (JsonNode p : json.get("sharedPhrases")) {
            if (p.get("text").asString().equals("all-weather strategic cooperative partnership")) {
                formula = p;
            }
        }
        assertThat(formula).isNotNull();
        JsonNode inB = formula.get("inB").get(0);
        assertThat(textB.substring(inB.get("start").asInt(), inB.get("end").asInt()))
                .isEqualTo("all-weather strategic cooperative partnership");
        JsonNode inA = formula.get("inA").get(0);
        assertThat(textA.substring(inA.get("start").asInt(), inA.get("end").asInt()))
                .isEqualTo("all-weather strategic cooperative partnership");
        assertThat(formula.get("corpusFrequency").asInt()).isEqualTo(4);
        assertThat(json.get("similarity").asDouble()).isBetween(0.0, 1.0);
        assertThat(Files.exists(home.resolve("ws/cache/shingles.bin"))).isTrue();
    }

    @Test
    void seeds000And004DifferInTheirPeopleAndOnly000NamesThe5Es() {
        JsonNode json = run("compare", "000", "004").json();
        assertThat(labels(json, "actor", "onlyB")).contains("Xi Jinping").doesNotContain("Sun Weidong");
        assertThat(labels(json, "actor", "onlyA")).contains("Sun Weidong").doesNotContain("Xi Jinping");
        assertThat(labels(json, "actor", "both")).contains("Pakistan", "China");
        JsonNode fiveEs = null;
        for (JsonNode g : json.get("groups")) {
            if (g.get("group").asString().equals("5Es")) {
                fiveEs = g;
            }
        }
        assertThat(fiveEs).isNotNull();
        assertThat(fiveEs.get("membersA")).hasSize(5);
        assertThat(fiveEs.get("membersB")).isEmpty();
        assertThat(json.get("daysBetween").asInt()).isEqualTo(-1605);
        JsonNode pair = json.get("alignedSentences").get(0);
        assertThat(pair.get("textA").asString()).contains("all-weather strategic cooperative partnership");
        assertThat(pair.get("score").asDouble()).isPositive();
    }

    @Test
    void anUnknownArticleIsAClearErrorWithNonZeroExit() {
        Run run = run("compare", "000", "no-such-article");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no article or file named no-such-article");
    }

    @Test
    void exactlyTwoArticlesAreNeeded() {
        Run run = run("compare", "000");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("exactly two").contains("usage: corridor compare");
    }
}
