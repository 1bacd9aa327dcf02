package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * JavaFX skips every rule after a syntax error in a stylesheet and only logs it, so a lost brace silently
 * removes highlights from the reader. This catches the structural mistakes that merges and edits make.
 */
class StylesheetsTest {

    private static List<Path> stylesheets() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/org/corridor/css"))) {
            return files.filter(p -> p.toString().endsWith(".css")).toList();
        }
    }

    @Test
    void everyRuleIsClosedBeforeTheNextOneOpens() throws IOException {
        assertThat(stylesheets()).isNotEmpty().allSatisfy(css -> {
            String text = Files.readString(css).replaceAll("(?s)/\\*.*?\\*/", "");
            int depth = 0;
            int line = 1;
            for (char c : text.toCharArray()) {
                if (c == '\n') {
                    line++;
                } else if (c == '{') {
                    depth++;
                    assertThat(depth).as("%s: a rule opens inside another at line %d", css, line).isEqualTo(1);
                } else if (c == '}') {
                    depth--;
                    assertThat(depth).as("%s: a closing brace without a rule at line %d", css, line).isZero();
                }
            }
            assertThat(depth).as("%s: the last rule is not closed", css).isZero();
        });
    }

    @Test
    void everyLookedUpColourOfThePalettesIsDefinedInBoth() throws IOException {
        Path dir = Path.of("src/main/resources/org/corridor/css");
        List<String> light = names(Files.readString(dir.resolve("palette-light.css")));
        List<String> dark = names(Files.readString(dir.resolve("palette-dark.css")));
        assertThat(dark).containsExactlyInAnyOrderElementsOf(light);
    }

    private static List<String> names(String palette) {
        return palette.lines().map(String::strip).filter(l -> l.startsWith("-corr-"))
                .map(l -> l.substring(0, l.indexOf(':'))).sorted().toList();
    }
}
