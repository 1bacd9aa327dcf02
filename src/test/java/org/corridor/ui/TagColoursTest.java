package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.notes.Codebook;
import org.corridor.notes.TagPalette;
import org.junit.jupiter.api.Test;

/**
 * The fill a new tag gets stays clearly apart from the persons' highlight on the page, in both themes: the
 * colours as the reader draws them, a translucent tag fill over the paper against the persons' fill.
 */
class TagColoursTest {

    /** Distance in RGB below which two fills read as the same colour at a glance. */
    private static final double APART = 50;

    @Test
    void theFirstTagsFillIsClearlyNotThePersonsFill() throws IOException {
        int slot = TagPalette.slotOf(TagPalette.next(Codebook.EMPTY));
        for (String theme : new String[] {"light", "dark"}) {
            String css = palette(theme);
            double[] paper = colour(css, "-corr-paper");
            double[] person = colour(css, "-corr-actor-person-bg");
            double[] tag = colour(css, "-corr-tag-" + slot + "-bg");
            double[] onPaper = new double[3];
            for (int i = 0; i < 3; i++) {
                onPaper[i] = tag[3] * tag[i] + (1 - tag[3]) * paper[i];
            }
            double distance = Math.sqrt(Math.pow(onPaper[0] - person[0], 2) + Math.pow(onPaper[1] - person[1], 2)
                    + Math.pow(onPaper[2] - person[2], 2));
            assertThat(distance).as("%s theme, tag slot %d", theme, slot).isGreaterThanOrEqualTo(APART);
        }
    }

    private static String palette(String theme) throws IOException {
        try (InputStream in = TagColoursTest.class.getResourceAsStream("/org/corridor/css/palette-" + theme + ".css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** r, g, b (0–255) and alpha of a "#rrggbb" or "rgba(r, g, b, a)" looked-up colour. */
    private static double[] colour(String css, String name) {
        Matcher m = Pattern.compile(Pattern.quote(name) + ":\\s*([^;]+);").matcher(css);
        assertThat(m.find()).as(name).isTrue();
        String value = m.group(1).strip();
        if (value.startsWith("#")) {
            int v = Integer.parseInt(value.substring(1), 16);
            return new double[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff, 1};
        }
        String[] parts = value.replaceAll("rgba\\(|\\)", "").split(",");
        return new double[] {Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()),
            Double.parseDouble(parts[2].strip()), Double.parseDouble(parts[3].strip())};
    }
}
