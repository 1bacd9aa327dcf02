package org.corridor.ui.common;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one way the window shows a date: the locale's medium format ("Jan 12, 2025" in the US, "12 Jan 2025" in
 * Britain), with the time in the locale's short format where a moment is shown. Typed dates are read in ISO form
 * (2025-01-12) or in the locale's medium or short format, the short one with a two- or four-digit year.
 */
public final class Dates {

    private static final Locale LOCALE = Locale.getDefault(Locale.Category.FORMAT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(LOCALE);
    private static final DateTimeFormatter SHORT_FOUR_DIGIT_YEAR = DateTimeFormatter.ofPattern(
            localizedPattern(FormatStyle.SHORT).replaceAll("y+", "yyyy"), LOCALE);
    private static final List<DateTimeFormatter> READERS = List.of(DateTimeFormatter.ISO_LOCAL_DATE, DATE,
            SHORT_FOUR_DIGIT_YEAR, DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(LOCALE));
    private static final LocalDate EXAMPLE = LocalDate.of(2024, 1, 31);

    private Dates() {
    }

    /** "Jan 12, 2025" (as the locale writes it). */
    public static String format(LocalDate date) {
        return DATE.format(date);
    }

    /** "Jan 12, 2025, 3:05 PM" (as the locale writes it), in this computer's time zone. */
    public static String format(OffsetDateTime moment) {
        return DATE_TIME.format(moment.atZoneSameInstant(ZoneId.systemDefault()));
    }

    /** The date typed as ISO or in one of the locale's formats; empty when it is none of them. */
    public static Optional<LocalDate> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        for (DateTimeFormatter reader : READERS) {
            try {
                return Optional.of(LocalDate.parse(text, reader));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /** The formats {@link #parse} reads, shown by example: "2024-01-31 or 1/31/2024 or Jan 31, 2024". */
    public static String accepted() {
        return EXAMPLE + " or " + SHORT_FOUR_DIGIT_YEAR.format(EXAMPLE) + " or " + DATE.format(EXAMPLE);
    }

    private static String localizedPattern(FormatStyle style) {
        return DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null, IsoChronology.INSTANCE, LOCALE);
    }
}
