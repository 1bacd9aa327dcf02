package org.corridor.corpus;

/**
 * An article with its text. Offsets everywhere are UTF-16 indices into {@link #text()}, the file's
 * full decoded text (date line included); the reader shows the body span only.
 *
 * @param meta      the catalog record
 * @param text      the whole decoded file, byte-order mark removed, line endings as in the file
 * @param bodyStart where the readable body starts (after the date line and a headline)
 * @param bodyEnd   where it ends (before share-button boilerplate)
 */
public record Article(ArticleMeta meta, String text, int bodyStart, int bodyEnd) {

    public Article {
        if (bodyStart < 0 || bodyEnd < bodyStart || bodyEnd > text.length()) {
            throw new IllegalArgumentException("body span out of range: " + bodyStart + ".." + bodyEnd);
        }
    }

    public String id() {
        return meta.id();
    }

    public String body() {
        return text.substring(bodyStart, bodyEnd);
    }

    /** The heading the reader shows: the headline, or the whole first sentence of an untitled article. */
    public String heading() {
        return ArticleParser.heading(this);
    }

    /**
     * Where an imported article came from, as its import wrote it in the file's header.
     *
     * @param originalFileName the name of the file it was imported from, or null when it was not imported
     * @param nearDuplicateOf  the id of the article it nearly repeats, or null
     */
    public record Origin(String originalFileName, String nearDuplicateOf) {
    }

    public Origin origin() {
        MetadataHeader.Result header = ArticleParser.header(text);
        return new Origin(header.get(MetadataHeader.ORIGINAL), header.get(MetadataHeader.NEAR_DUPLICATE_OF));
    }
}
