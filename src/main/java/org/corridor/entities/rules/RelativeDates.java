package org.corridor.entities.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/**
 * Dates that only mean something against the article's date: weekdays, "today", "last year", and the year
 * of a month written without one. The tense of the clause decides between the last and the next such day.
 */
final class RelativeDates {

    private static final java.util.Set<String> PERIOD_MODIFIERS = java.util.Set.of("early", "mid", "late",
            "earlier", "later");

    private final Tokens t;
    private final LocalDate articleDate;
    private final DateRule.Sink sink;

    RelativeDates(Tokens t, LocalDate articleDate, DateRule.Sink sink) {
        this.t = t;
        this.articleDate = articleDate;
        this.sink = sink;
    }

    /** "Saturday", "last Friday", "next Monday". */
    int weekday(int i) {
        DayOfWeek day = DateWords.weekday(t, i);
        if (day == null) {
            return -1;
        }
        String before = i > 0 && t.gap(i) == Gap.SOFT ? t.lower(i - 1) : "";
        int first = before.equals("last") || before.equals("next") || before.equals("this") ? i - 1 : i;
        String value = null;
        if (articleDate != null) {
            int back = (articleDate.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
            int ahead = (day.getValue() - articleDate.getDayOfWeek().getValue() + 7) % 7;
            LocalDate d;
            if (before.equals("next")) {
                d = articleDate.plusDays(ahead == 0 ? 7 : ahead);
            } else if (before.equals("last")) {
                d = articleDate.minusDays(back == 0 ? 7 : back);
            } else if (DateWords.future(t, first)) {
                d = articleDate.plusDays(ahead);
            } else {
                d = articleDate.minusDays(back);
            }
            value = d.toString();
        }
        sink.add(first, i, "relative", value);
        return i;
    }

    int word(int i) {
        int offset;
        switch (t.lower(i)) {
            case "today": case "tonight": offset = 0; break;
            case "yesterday": offset = -1; break;
            case "tomorrow": offset = 1; break;
            default: return -1;
        }
        // "Pakistan Today", "USA Today" are newspapers: a capital counts only at a sentence start.
        if (!t.lowerCase(i) && !t.sentenceStart(i)) {
            return -1;
        }
        sink.add(i, i, "relative", articleDate == null ? null : articleDate.plusDays(offset).toString());
        return i;
    }

    /** "last year", "this month", "next week". */
    int period(int i) {
        int shift;
        switch (t.lower(i)) {
            case "last": case "past": shift = -1; break;
            case "this": case "current": shift = 0; break;
            case "next": case "coming": shift = 1; break;
            default: return -1;
        }
        if (i + 1 >= t.size() || t.gap(i + 1) != Gap.SOFT) {
            return -1;
        }
        String unit = t.lower(i + 1);
        String value;
        if (unit.equals("fiscal") && i + 2 < t.size() && t.gap(i + 2) == Gap.SOFT && t.lower(i + 2).equals("year")) {
            sink.add(i, i + 2, "fiscal-year", articleDate == null ? null : fiscalYear(shift));
            return i + 2;
        }
        if (unit.equals("year")) {
            value = articleDate == null ? null : Integer.toString(articleDate.getYear() + shift);
        } else if (unit.equals("month")) {
            value = articleDate == null ? null : YearMonth.from(articleDate).plusMonths(shift).toString();
        } else if (unit.equals("week")) {
            value = null;
        } else {
            return -1;
        }
        sink.add(modified(i), i + 1, "relative", value);
        return i + 1;
    }

    /** "early next month", "later this year": the modifier belongs to the date. */
    private int modified(int i) {
        return i > 0 && t.gap(i) == Gap.SOFT && PERIOD_MODIFIERS.contains(t.lower(i - 1)) ? i - 1 : i;
    }

    /** Pakistan's fiscal year runs July to June and is named by both calendar years ("2019/2020"). */
    private String fiscalYear(int shift) {
        int start = articleDate.getMonthValue() >= 7 ? articleDate.getYear() : articleDate.getYear() - 1;
        return (start + shift) + "/" + (start + shift + 1);
    }

    /** A month without a year is in the article's year, or the year before/after when the tense says so. */
    String monthInContext(int i, int month) {
        int y = yearInContext(i, month);
        return y > 0 ? YearMonth.of(y, month).toString() : null;
    }

    int yearInContext(int i, int month) {
        if (articleDate == null) {
            return 0;
        }
        int y = articleDate.getYear();
        boolean future = DateWords.future(t, i) || DateWords.deadline(t, i);
        if (!future && month > articleDate.getMonthValue() + 1) {
            return y - 1;
        }
        if (future && month < articleDate.getMonthValue() - 1) {
            return y + 1;
        }
        return y;
    }

}
