package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.app.cli.CliCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filter values and queries the search cannot use, and text files in an unusual encoding, get a plain answer. */
class UnusualInputCommandTest {

    @TempDir
    Path home;

    private CliRun search(String... rest) {
        String[] argv = new String[rest.length + 5];
        argv[0] = "search";
        argv[1] = "--corpus";
        argv[2] = "seeds";
        argv[3] = "--workspace";
        argv[4] = home.resolve("ws").toString();
        System.arraycopy(rest, 0, argv, 5, rest.length);
        return CliRun.of(home, argv);
    }

    @Test
    void anEntityIdThatDoesNotExistIsNamedWithTheClosestKnownOne() {
        CliRun known = search("--entity", "person:sun-weidong", "");
        assertThat(known.code()).isEqualTo(CliCommand.OK);
        assertThat(known.lines()).isNotEmpty();

        CliRun typo = search("--entity", "person:sun-wiedong", "");

        assertThat(typo.code()).isEqualTo(CliCommand.FAILED);
        assertThat(typo.out()).isEmpty();
        assertThat(typo.err()).contains("no entity person:sun-wiedong").contains("did you mean person:sun-weidong?");
    }

    @Test
    void anEntityIdFarFromEveryKnownOneIsRefusedWithoutASuggestion() {
        CliRun run = search("--entity", "zzzz:qqqqqqqqqqqq", "cpec");

        assertThat(run.code()).isEqualTo(CliCommand.FAILED);
        assertThat(run.err()).contains("no entity zzzz:qqqqqqqqqqqq").doesNotContain("did you mean");
    }

    @Test
    void aQueryWithTooManyWordsIsToldItIsTooLongAndTheLimit() {
        CliRun run = search("cpec " .repeat(2000).strip());

        assertThat(run.code()).isEqualTo(CliCommand.FAILED);
        assertThat(run.err()).contains("too long").contains("at most").doesNotContain("AND / OR / NOT");
    }

    @Test
    void deeplyNestedParenthesesGetAPlainMessageAndTheUsageExitCode() {
        CliRun run = search("(".repeat(3000) + "cpec" + ")".repeat(3000));

        assertThat(run.code()).isEqualTo(CliCommand.FAILED);
        assertThat(run.err()).contains("parentheses").contains("at most").doesNotContain("StackOverflowError")
                .doesNotContain("\tat ");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsReadAsText() throws Exception {
        String article = "Gwadar port handles first transit cargo\n\nGwadar port in Balochistan handled its first "
                + "transit cargo for Afghanistan on Monday, officials said in Karachi.\n";
        Path le = home.resolve("little.txt");
        Path be = home.resolve("big.txt");
        Files.write(le, article.getBytes(StandardCharsets.UTF_16LE));
        Files.write(be, article.getBytes(StandardCharsets.UTF_16BE));

        CliRun run = CliRun.of(home, "annotate", le.toString(), be.toString());

        assertThat(run.code()).isEqualTo(CliCommand.OK);
        assertThat(run.lines()).hasSize(2).allSatisfy(line -> assertThat(line.get("article").get("title").asString())
                .isEqualTo("Gwadar port handles first transit cargo"));
    }
}
