package org.corridor.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;

/** How every text format writes the same facts, so that CSV, Markdown and HTML agree. */
final class ExportText {

    private ExportText() {
    }

    /** ISO-8601 with offset and always with seconds (xsd:dateTime and JSON Schema "date-time" need them). */
    static String iso(OffsetDateTime time) {
        return time == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }

    /**
     * {@link #iso} to the second, for the formats people read (Markdown, HTML, CSV): when within a second a note
     * was written is no use there; the interchange formats keep the full time for a faithful round trip.
     */
    static String stamp(OffsetDateTime time) {
        return time == null ? "" : iso(time.truncatedTo(ChronoUnit.SECONDS));
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** "Parent/Child" for each of the annotation's tags, in the order the user added them. */
    static List<String> tagPaths(Codebook codebook, Annotation annotation) {
        return annotation.tagIds().stream().map(codebook::path).toList();
    }
}
