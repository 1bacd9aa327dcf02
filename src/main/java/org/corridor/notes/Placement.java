package org.corridor.notes;

/**
 * An annotation placed in the corpus as it is now.
 *
 * @param annotation the stored annotation
 * @param articleId  the article it belongs to now (its stored id, or the renamed file's id found by fingerprint),
 *                   or null when no article of the corpus matches
 * @param anchored   where its passage is in that article's text, or an orphan
 */
public record Placement(Annotation annotation, String articleId, Anchoring.Anchored anchored) {

    public boolean orphan() {
        return articleId == null || anchored.orphan();
    }

    /** Start in the article's text now, or the stored start for an orphan. */
    public int start() {
        return anchored.orphan() ? annotation.anchor().start() : anchored.start();
    }

    public int end() {
        return anchored.orphan() ? annotation.anchor().end() : anchored.end();
    }
}
