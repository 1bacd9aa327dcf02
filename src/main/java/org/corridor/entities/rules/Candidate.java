package org.corridor.entities.rules;

import org.corridor.entities.Category;
import org.corridor.entities.Mention;
import org.corridor.entities.lexicon.LexiconEntry;

/**
 * A possible mention, before overlaps are resolved.
 *
 * @param priority how much the source is trusted when two candidates of the same length compete
 *                 ({@link #USER} beats everything, whatever the length)
 */
public record Candidate(int start, int end, Category category, String kind, String entityId, String label,
                        String group, String normalized, int priority) {

    public static final int USER = 100;
    /** An acronym the article defines itself beats the lexicon's reading of it (PTI: a party, not an agency). */
    public static final int ACRONYM = 60;
    /** The sentence decides what a listed name is ("Kohala and Azad Pattan hydropower projects"). */
    public static final int CONTEXT = 55;
    public static final int LEXICON = 50;
    public static final int LOCAL_ALIAS = 40;
    public static final int TITLE = 35;
    public static final int DATE = 32;
    public static final int PATTERN = 30;
    public static final int CAPITALISED = 10;

    public static Candidate of(int start, int end, LexiconEntry e, int priority) {
        return new Candidate(start, end, e.categoryValue(), e.kind(), e.id(), e.label(), e.group(), null, priority);
    }

    public int length() {
        return end - start;
    }

    /** The same entity at another span (an acronym or a back-reference of this one). */
    public Candidate at(int newStart, int newEnd, int newPriority) {
        return new Candidate(newStart, newEnd, category, kind, entityId, label, group, normalized, newPriority);
    }

    public Mention toMention(String text) {
        return new Mention(category, kind, start, end, text.substring(start, end), entityId, label, group, normalized);
    }
}
