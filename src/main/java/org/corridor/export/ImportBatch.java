package org.corridor.export;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a notes file holds, read but not yet placed: tags and notes in neutral form, and the items that could
 * not even be read (they go straight to the report).
 *
 * @param file     the file's name, for the report
 * @param format   "webanno" or "qdpx"
 * @param tags     tags, parents before children, in the file's order
 * @param notes    the annotations
 * @param problems items that could not be read, with the reason
 */
public record ImportBatch(String file, String format, List<Tag> tags, List<Note> notes, List<ImportReport.Unplaced> problems) {

    public ImportBatch {
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /**
     * True when the file carries a codebook of its own (REFI-QDA codes): all of it comes in, used or not, in its
     * order. Web Annotation tags exist only through the annotations that use them.
     */
    public boolean importsWholeCodebook() {
        return "qdpx".equals(format);
    }

    /**
     * A tag as the file describes it.
     *
     * @param key       its key in the file (a GUID, or the tag path for Web Annotation tags)
     * @param name      the name
     * @param parentKey the parent's key or null
     * @param color     "#rrggbb" or null
     * @param description may be empty
     */
    public record Tag(String key, String name, String parentKey, String color, String description) {
    }

    /**
     * One annotation as the file describes it.
     *
     * @param id         the file's id for it (a UUID is kept when free), may be null
     * @param sources    what the file says about the document: id, URI, file name, title, most specific first
     * @param exact      the quote, or null when the file gives none
     * @param prefix     context before, may be null
     * @param suffix     context after, may be null
     * @param start      position in code points, or -1
     * @param end        position in code points, or -1
     * @param lfPositions true when positions count the document with LF line endings (REFI-QDA sources)
     * @param tagKeys    keys of the tags in {@link ImportBatch#tags()}
     * @param note       the note, may be empty
     * @param created    may be null
     * @param modified   may be null
     */
    public record Note(String id, List<String> sources, String exact, String prefix, String suffix, int start, int end,
                       boolean lfPositions, List<String> tagKeys, String note, OffsetDateTime created,
                       OffsetDateTime modified) {

        public Note {
            sources = List.copyOf(sources);
            tagKeys = List.copyOf(tagKeys);
            note = note == null ? "" : note;
        }

        /** A short description for the report. */
        public String label() {
            if (exact != null && !exact.isEmpty()) {
                return exact.length() > 80 ? exact.substring(0, 79) + "…" : exact;
            }
            return id != null ? id : "(annotation without quote)";
        }
    }
}
