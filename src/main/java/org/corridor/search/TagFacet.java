package org.corridor.search;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;

/** The {@code tag} facet of a notes snapshot: each annotated article with its tags and all their ancestors. */
public final class TagFacet {

    public static final String DIMENSION = "tag";

    private TagFacet() {
    }

    /**
     * Ancestors are added so that choosing a parent tag finds the articles tagged with any of its children, and
     * its count says how many articles carry it or anything below it.
     */
    public static LiveFacet of(NotesSnapshot notes) {
        Codebook codebook = notes.codebook();
        Map<String, Set<String>> byArticle = new HashMap<>();
        for (Annotation a : notes.annotations()) {
            for (String tagId : a.tagIds()) {
                addWithAncestors(codebook, tagId, byArticle.computeIfAbsent(a.articleId(), k -> new HashSet<>()));
            }
        }
        return new LiveFacet(DIMENSION, byArticle);
    }

    private static void addWithAncestors(Codebook codebook, String tagId, Set<String> into) {
        String current = tagId;
        // the set doubles as a guard against a (damaged) codebook whose parents form a cycle
        while (current != null && into.add(current)) {
            current = codebook.find(current).map(Tag::parentId).orElse(null);
        }
    }
}
