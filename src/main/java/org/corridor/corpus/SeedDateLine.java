package org.corridor.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed format's optional first line marker {@code " date YYYY-MM-DD "}, after which the
 * article's text continues on the same line. The marker is metadata, never part of the body.
 */
final class SeedDateLine {

    private static final Pattern MARKER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4})-(\\d{2})-(\\d{2})(?=\\s|\\z)[ \\t]*");

    /** The date and where the text after the marker starts; {@code date == null} when the file has no marker. */
    record Result(LocalDate date, int textStart) {
    }

    private SeedDateLine() {
    }

    static Result read(String text) {
        Matcher m = MARKER.matcher(text);
        if (!m.find()) {
            return new Result(null, 0);
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new Result(date, m.end());
        } catch (DateTimeException e) {
            // "date 2024-13-45" is a broken marker: drop it from the body, keep the article undated.
            return new Result(null, m.end());
        }
    }
}
