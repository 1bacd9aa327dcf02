package org.corridor.corpus;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small block of {@code @key: value} lines that imported articles carry right after the seed format's date
 * line: title, source, original file name, and the article an import resembled. Only the keys below count, and
 * only at the very start of the text, so an ordinary article that happens to open with "@someone" is untouched.
 * The block is metadata, never part of the body (see docs/import-format.md).
 */
public final class MetadataHeader {

    public static final String TITLE = "title";
    public static final String SOURCE = "source";
    public static final String ORIGINAL = "original";
    public static final String NEAR_DUPLICATE_OF = "near-duplicate-of";

    private static final Pattern LINE = Pattern.compile(
            "\\G@(title|source|original|near-duplicate-of):[ \\t]*([^\\r\\n]*?)[ \\t]*(?:\\r?\\n|\\z)");

    /** The values found and where the text after the block starts; empty values when there is no block. */
    public record Result(Map<String, String> values, int end) {

        public String get(String key) {
            return values.get(key);
        }
    }

    private MetadataHeader() {
    }

    public static Result read(String text, int from) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = LINE.matcher(text);
        int end = from;
        m.region(from, text.length());
        while (m.find() && m.start() == end) {
            if (!m.group(2).isEmpty()) {
                values.put(m.group(1), m.group(2));
            }
            end = m.end();
        }
        return new Result(values, end);
    }

    /** The block for these values, one line each, in a stable order; newlines inside values become spaces. */
    public static String write(Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        for (String key : new String[] {TITLE, SOURCE, ORIGINAL, NEAR_DUPLICATE_OF}) {
            String value = values.get(key);
            if (value != null && !value.isBlank()) {
                out.append('@').append(key).append(": ").append(value.replaceAll("\\s+", " ").strip()).append('\n');
            }
        }
        return out.toString();
    }
}
