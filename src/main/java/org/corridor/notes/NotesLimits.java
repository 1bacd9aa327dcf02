package org.corridor.notes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamReadConstraints;

/**
 * The sizes a notes file holds, checked when an edit or an import brings something in, so that everything
 * Corridor writes it can also read back (see {@code docs/notes-format.md}). The reader's own limits are set
 * above these, so that files written before the limits existed still open.
 */
public final class NotesLimits {

    /** A note's text. */
    public static final int MAX_NOTE_CHARS = 1_000_000;
    /** A passage's quoted text ({@code anchor.exact}). */
    public static final int MAX_QUOTE_CHARS = 1_000_000;
    /** A tag's name; names are one line without control characters. */
    public static final int MAX_TAG_NAME_CHARS = 200;
    /** A tag's description. */
    public static final int MAX_TAG_DESCRIPTION_CHARS = 10_000;
    /** Levels of the tag tree, the top level counted as one. */
    public static final int MAX_TAG_DEPTH = 32;

    /** The reader's limits: any string up to 100 million characters, JSON nested up to 100 levels. */
    static final StreamReadConstraints READING = StreamReadConstraints.builder()
            .maxStringLength(100_000_000)
            .maxNestingDepth(100)
            .build();

    private NotesLimits() {
    }

    static void checkNote(String note) {
        if (note != null && note.length() > MAX_NOTE_CHARS) {
            throw new IllegalArgumentException("A note can hold at most " + formatted(MAX_NOTE_CHARS)
                    + " characters; this one has " + formatted(note.length()));
        }
    }

    static void checkQuote(String quote) {
        if (quote.length() > MAX_QUOTE_CHARS) {
            throw new IllegalArgumentException("A passage can be at most " + formatted(MAX_QUOTE_CHARS)
                    + " characters long; this one has " + formatted(quote.length()));
        }
    }

    static void checkTagName(String name) {
        if (name.length() > MAX_TAG_NAME_CHARS) {
            throw new IllegalArgumentException("A tag name can be at most " + MAX_TAG_NAME_CHARS + " characters long");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("A tag name must be one line, without tabs or control characters");
        }
    }

    static void checkDescription(String description) {
        if (description != null && description.length() > MAX_TAG_DESCRIPTION_CHARS) {
            throw new IllegalArgumentException("A tag description can be at most "
                    + formatted(MAX_TAG_DESCRIPTION_CHARS) + " characters long");
        }
    }

    /** Refuses an edit that puts one of {@code changed} (or a tag under it) deeper than {@link #MAX_TAG_DEPTH}. */
    static void checkDepth(Codebook codebook, Collection<String> changed) {
        Map<String, String> parents = new HashMap<>();
        codebook.tags().forEach(t -> parents.put(t.id(), t.parentId()));
        for (Tag tag : codebook.tags()) {
            List<String> ancestry = ancestry(tag, parents);
            if (ancestry.size() > MAX_TAG_DEPTH && !Collections.disjoint(changed, ancestry)) {
                throw new IllegalArgumentException("Tags can nest at most " + MAX_TAG_DEPTH + " levels deep");
            }
        }
    }

    /** The tag's id and its ancestors' ids, up to {@link #MAX_TAG_DEPTH} + 1 of them (a cycle ends there too). */
    private static List<String> ancestry(Tag tag, Map<String, String> parents) {
        List<String> ids = new ArrayList<>();
        for (String id = tag.id(); parents.containsKey(id) && ids.size() <= MAX_TAG_DEPTH; id = parents.get(id)) {
            ids.add(id);
        }
        return ids;
    }

    private static String formatted(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
