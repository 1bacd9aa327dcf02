package org.corridor.export;

/**
 * The choices a format offers; every exporter reads the ones that concern it and ignores the rest.
 *
 * @param groupByTag               Markdown: group annotations by tag instead of by article
 * @param frontMatter              Markdown: start with YAML front matter (title, exported-at, scope)
 * @param rowPerTag                CSV: one row per annotation and tag instead of one row per annotation
 * @param byteOrderMark            CSV: start with a UTF-8 byte-order mark so that Excel detects the encoding
 * @param onePerAnnotation         Web Annotation: a zip of one JSON-LD file per annotation instead of a collection
 * @param title                    the report's or project's title
 * @param csvRaw                   CSV: write cells exactly as they are, even those a spreadsheet would run as a
 *                                 formula (by default they start with an apostrophe)
 */
public record ExportOptions(boolean groupByTag, boolean frontMatter, boolean rowPerTag, boolean byteOrderMark,
                            boolean onePerAnnotation, String title, boolean csvRaw) {

    public static final String DEFAULT_TITLE = "Corridor notes";

    public ExportOptions {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title;
    }

    /** Options with formula-safe CSV, the default. */
    public ExportOptions(boolean groupByTag, boolean frontMatter, boolean rowPerTag, boolean byteOrderMark,
                         boolean onePerAnnotation, String title) {
        this(groupByTag, frontMatter, rowPerTag, byteOrderMark, onePerAnnotation, title, false);
    }

    public static ExportOptions defaults() {
        return new ExportOptions(false, true, false, false, false, DEFAULT_TITLE);
    }

    public ExportOptions withCsvRaw(boolean raw) {
        return new ExportOptions(groupByTag, frontMatter, rowPerTag, byteOrderMark, onePerAnnotation, title, raw);
    }
}
