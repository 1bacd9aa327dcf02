package org.corridor.notes;

import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Fingerprint;

/** Articles made from a string, for tests that need no files. */
final class Fixtures {

    static final String TEXT = "Islamabad, March 1 -- The corridor's first phase focused on energy and roads. "
            + "The second phase turns to industry, agriculture and special economic zones. "
            + "Officials said security of Chinese workers remains a priority.";

    private Fixtures() {
    }

    static Article article(String id, String text) {
        return new Article(new ArticleMeta(id, "Title of " + id, null, null, null, 10, "/corpus/" + id + ".txt",
                Fingerprint.of(text)), text, 0, text.length());
    }

    static Article article() {
        return article("a1", TEXT);
    }
}
