package org.corridor.notes;

import java.util.List;
import java.util.Locale;

/**
 * The default tag colours: twelve hues that stay apart from each other on a light and a dark page. The window
 * draws tags with a style class per slot ({@code tag-color-N}), so a tag's colour is shown as the nearest slot.
 */
public final class TagPalette {

    public static final List<String> COLORS = List.of(
            "#e5484d", "#f76b15", "#ffc53d", "#46a758", "#12a594", "#00a2c7",
            "#3e63dd", "#8e4ec6", "#d6409f", "#a18072", "#8da4ef", "#6e7b8b");

    private TagPalette() {
    }

    /**
     * Where new tags start in the palette. Cyan comes first: the first tag is the one most seen, and a cyan fill
     * stays clearly apart from the persons' orange highlight on both pages, where the red that came first read
     * as the persons' fill, above all on the dark page. Red, orange and yellow come late.
     */
    private static final int FIRST_NEW_SLOT = 5;

    /** The colour a new tag gets: the first slot no existing tag uses (from cyan on), else the next in turn. */
    public static String next(Codebook codebook) {
        for (int k = 0; k < COLORS.size(); k++) {
            String c = COLORS.get((FIRST_NEW_SLOT + k) % COLORS.size());
            if (codebook.tags().stream().noneMatch(t -> c.equalsIgnoreCase(t.color()))) {
                return c;
            }
        }
        return COLORS.get((FIRST_NEW_SLOT + codebook.tags().size()) % COLORS.size());
    }

    /** The palette slot closest to {@code color} ("#rrggbb"); slot 0 for anything unreadable. */
    public static int slotOf(String color) {
        int[] rgb = parse(color);
        if (rgb == null) {
            return 0;
        }
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < COLORS.size(); i++) {
            int[] p = parse(COLORS.get(i));
            long d = sq(p[0] - rgb[0]) + sq(p[1] - rgb[1]) + sq(p[2] - rgb[2]);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    public static boolean isColor(String color) {
        return parse(color) != null;
    }

    private static long sq(int v) {
        return (long) v * v;
    }

    private static int[] parse(String color) {
        if (color == null || !color.toLowerCase(Locale.ROOT).matches("#[0-9a-f]{6}")) {
            return null;
        }
        int v = Integer.parseInt(color.substring(1), 16);
        return new int[] {v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff};
    }
}
