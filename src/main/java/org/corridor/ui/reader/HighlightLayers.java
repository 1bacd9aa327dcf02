package org.corridor.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Independent highlight layers over one text (entities, the user's passages, shared phrases, search hits).
 * Each feature replaces its own layer; the layers are merged into one list of style spans, so a passage can
 * carry an entity's underline and a tag's background at once. Style classes only, never inline styles.
 */
public final class HighlightLayers {

    /** A styled range in view offsets (offsets into the text the area shows). */
    public record Range(int start, int end, List<String> styleClasses) {
    }

    private final Map<String, List<Range>> layers = new LinkedHashMap<>();

    public void set(String layer, List<Range> ranges) {
        layers.put(layer, List.copyOf(ranges));
    }

    public void clear(String layer) {
        layers.remove(layer);
    }

    public void clearAll() {
        layers.clear();
    }

    /** Style spans covering {@code [0, length)}: at each point, the union of the classes of every range there. */
    public StyleSpans<Collection<String>> spans(int length) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        List<Range> all = new ArrayList<>();
        for (List<Range> ranges : layers.values()) {
            for (Range r : ranges) {
                int s = Math.max(0, Math.min(length, r.start()));
                int e = Math.max(0, Math.min(length, r.end()));
                if (e > s) {
                    all.add(new Range(s, e, r.styleClasses()));
                    cuts.add(s);
                    cuts.add(e);
                }
            }
        }
        all.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Integer[] points = cuts.toArray(new Integer[0]);
        int first = 0;
        for (int i = 0; i + 1 < points.length; i++) {
            int from = points[i];
            int to = points[i + 1];
            List<String> classes = new ArrayList<>();
            while (first < all.size() && all.get(first).end() <= from) {
                first++;
            }
            for (int j = first; j < all.size() && all.get(j).start() <= from; j++) {
                Range r = all.get(j);
                if (r.end() > from) {
                    for (String c : r.styleClasses()) {
                        if (!classes.contains(c)) {
                            classes.add(c);
                        }
                    }
                }
            }
            builder.add(classes, to - from);
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }
}
