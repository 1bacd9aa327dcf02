package org.corridor.notes;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A passage the user tagged or wrote a note on: the only state in Corridor that cannot be rebuilt.
 *
 * @param id           UUID
 * @param articleId    the article's id when the annotation was made
 * @param articleTitle the title then, a hint for humans and for re-linking
 * @param articlePath  the article's file then, a hint
 * @param fingerprint  the article body's fingerprint then: how the annotation finds a renamed file
 * @param tagIds       ids of codebook tags, in the order the user added them
 * @param note         plain text or Markdown, may be empty
 * @param created      when it was made
 * @param modified     when it was last changed
 * @param anchor       where it sits in the text
 */
public record Annotation(String id, String articleId, String articleTitle, String articlePath, String fingerprint,
                         List<String> tagIds, String note, OffsetDateTime created, OffsetDateTime modified,
                         TextAnchor anchor) {

    public Annotation {
        tagIds = List.copyOf(tagIds);
        note = note == null ? "" : note;
    }
}
