package org.corridor.entities.rules;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import org.corridor.entities.Category;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/**
 * The date grammar: "2025-01-12", "21 August 2020", "August 21, 2020", "AUG 21", "November 2 to 5",
 * "August 2020", "mid-February", "in March", "2019", fiscal years "2023-24", weekdays, "today", "yesterday",
 * "last year". Partial and relative dates are resolved against the article's date (tense decides between
 * the last and the next such day); without an article date they stay unresolved (normalised null).
 * Ordinals without a month ("70th anniversary") are not dates.
 */
final class DateRule {

    private static final Set<String> RANGE_WORDS = Set.of("to", "through", "till", "until", "and");
    private static final Set<String> PERIOD_MODIFIERS = Set.of("early", "mid", "late");

    private final Tokens t;
    private final LocalDate articleDate;
    private final Scan scan;
    private final RelativeDates relative;
    private int lastDateToken = -1;

    private DateRule(Scan scan) {
        this.scan = scan;
        this.t = scan.tokens();
        this.articleDate = scan.articleDate();
        this.relative = new RelativeDates(t, articleDate, this::add);
    }

    /** Where a recognised date goes. */
    @FunctionalInterface
    interface Sink {
        void add(int first, int last, String kind, String normalized);
    }

    static void apply(Scan scan) {
        new DateRule(scan).run();
    }

    private void run() {
        for (int i = 0; i < t.size(); i++) {
            int last = match(i);
            if (last >= i) {
                i = last;
            }
        }
    }

    /** Tries each form at token i; adds the mention and returns its last token, or -1. */
    private int match(int i) {
        int last;
        if ((last = iso(i)) >= 0 || (last = dayFirst(i)) >= 0 || (last = monthFirst(i)) >= 0
                || (last = modifiedMonth(i)) >= 0 || (last = yearOrFiscal(i)) >= 0 || (last = relative.weekday(i)) >= 0
                || (last = relative.word(i)) >= 0 || (last = relative.period(i)) >= 0 || (last = fiscalYear(i)) >= 0
                || (last = decade(i)) >= 0) {
            return last;
        }
        return -1;
    }

    private void add(int first, int last, String kind, String normalized) {
        lastDateToken = last;
        scan.add(new Candidate(t.start(first), t.end(last), Category.DATE, kind, null, null, null, normalized,
                Candidate.DATE));
    }

    private boolean gapIs(int i, String expected) {
        return i < t.size() && t.gapText(i).equals(expected);
    }

    private boolean dash(int i) {
        String g = i < t.size() ? t.gapText(i) : "";
        return g.length() == 1 && Gap.isDash(g.charAt(0));
    }

    private int iso(int i) {
        int y = DateWords.year(t, i);
        if (y == 0 || !gapIs(i + 1, "-") || !gapIs(i + 2, "-") || i + 2 >= t.size()
                || !t.digits(i + 1) || !t.digits(i + 2) || t.lower(i + 1).length() != 2 || t.lower(i + 2).length() != 2) {
            return -1;
        }
        LocalDate d = date(y, Integer.parseInt(t.lower(i + 1)), Integer.parseInt(t.lower(i + 2)));
        if (d == null) {
            return -1;
        }
        add(i, i + 2, "date", d.toString());
        return i + 2;
    }

    /** "21 August 2020", "21st of August", "2 to 5 November", "2-5 November 2024". */
    private int dayFirst(int i) {
        int day = DateWords.day(t, i);
        if (day == 0) {
            return -1;
        }
        int k = i + 1;
        int endDay = 0;
        if (k + 1 < t.size() && (dash(k) || (t.gap(k) == Gap.SOFT && RANGE_WORDS.contains(t.lower(k))))) {
            int after = dash(k) ? k : k + 1;
            endDay = DateWords.day(t, after);
            k = endDay > 0 ? after + 1 : k;
        }
        if (k < t.size() && t.lower(k).equals("of") && t.gap(k) == Gap.SOFT) {
            k++;
        }
        if (k >= t.size() || !(t.gap(k) == Gap.SOFT) || DateWords.month(t, k, true) == 0) {
            return -1;
        }
        int month = DateWords.month(t, k, true);
        int last = k;
        int year = yearAfter(k);
        if (year > 0) {
            last = k + 1;
        }
        return addDay(i, last, year, month, day, endDay);
    }

    /** "August 21, 2020", "AUG 21", "November 2 to 5", "August 2020", "in March". */
    private int monthFirst(int i) {
        int month = DateWords.month(t, i, true);
        if (month == 0) {
            return -1;
        }
        int k = i + 1;
        int day = k < t.size() && t.gap(k) == Gap.SOFT || gapIs(k, ". ") ? DateWords.day(t, k) : 0;
        if (day > 0 && !(k + 1 < t.size() && t.gapText(k + 1).startsWith(":"))) {
            int last = k;
            int endDay = 0;
            int r = k + 1;
            if (r < t.size() && (dash(r) || (t.gap(r) == Gap.SOFT && RANGE_WORDS.contains(t.lower(r))))) {
                int after = dash(r) ? r : r + 1;
                int across = acrossMonths(i, after, month, day);
                if (across >= 0) {
                    return across;
                }
                endDay = DateWords.day(t, after);
                last = endDay > 0 ? after : last;
            }
            int year = yearAfter(last);
            return addDay(i, year > 0 ? last + 1 : last, year, month, day, endDay);
        }
        int span = monthSpan(i, month);
        if (span >= 0) {
            return span;
        }
        int year = yearAfter(i);
        if (year > 0) {
            add(i, i + 1, "month", YearMonth.of(year, month).toString());
            return i + 1;
        }
        int shift = relativeYearAfter(i);
        if (shift != NO_SHIFT && DateWords.month(t, i, false) > 0) {
            add(i, i + 2, "month", articleDate == null ? null
                    : YearMonth.of(articleDate.getYear() + shift, month).toString());
            return i + 2;
        }
        if (DateWords.month(t, i, false) == 0 || !monthAlone(i)) {
            return -1;
        }
        add(i, i, "month", relative.monthInContext(i, month));
        return i;
    }

    /** "July 30 to August 1", "30 July-2 August" read from the first month: one range across two months. */
    private int acrossMonths(int first, int after, int month, int day) {
        int endMonth = after + 1 < t.size() && t.gap(after) == Gap.SOFT ? DateWords.month(t, after, true) : 0;
        int endDay = endMonth > 0 && t.gap(after + 1) == Gap.SOFT ? DateWords.day(t, after + 1) : 0;
        if (endDay == 0) {
            return -1;
        }
        int last = after + 1;
        int year = yearAfter(last);
        int y = year > 0 ? year : relative.yearInContext(first, month);
        String value = null;
        if (y > 0) {
            LocalDate start = date(y, month, day);
            LocalDate end = date(endMonth < month ? y + 1 : y, endMonth, endDay);
            if (start == null || end == null) {
                return -1;
            }
            value = start + "/" + end;
        }
        last = year > 0 ? last + 1 : last;
        add(first, last, "range", value);
        return last;
    }

    /** "July-May": a span of months, running into the next year when the second month comes first. */
    private int monthSpan(int i, int month) {
        if (i + 1 >= t.size() || !dash(i + 1) || DateWords.month(t, i + 1, false) == 0
                || DateWords.month(t, i, false) == 0) {
            return -1;
        }
        int endMonth = DateWords.month(t, i + 1, false);
        String value = null;
        int year = yearAfter(i + 1);
        int endYear = year > 0 ? year : relative.yearInContext(i, endMonth);
        if (endYear > 0) {
            int startYear = endMonth < month ? endYear - 1 : endYear;
            value = YearMonth.of(startYear, month) + "/" + YearMonth.of(endYear, endMonth);
        }
        int last = year > 0 ? i + 2 : i + 1;
        add(i, last, "range", value);
        return last;
    }

    /**
     * A month without day or year needs a cue before it ("in March", "since May"); "and", "or", "to" only
     * continue a date just read ("from March to May"). A capitalised word after it makes a name ("May Day").
     */
    private boolean monthAlone(int i) {
        if (!DateWords.monthCue(t, i) || (i + 1 < t.size() && t.gap(i + 1) == Gap.SOFT && t.capitalised(i + 1))) {
            return false;
        }
        String cue = t.lower(i - 1);
        // "the January attack" is a month; "the March organisers" and "the May rally" may be nouns.
        if (cue.equals("the") && (t.lower(i).equals("march") || t.lower(i).equals("may"))) {
            return false;
        }
        return !(cue.equals("and") || cue.equals("or") || cue.equals("to")) || lastDateToken == i - 2;
    }

    /** "mid-February", "early March 2024", "late 2019". */
    private int modifiedMonth(int i) {
        if (!PERIOD_MODIFIERS.contains(t.lower(i)) || i + 1 >= t.size() || t.gap(i + 1) != Gap.SOFT) {
            return -1;
        }
        int month = DateWords.month(t, i + 1, false);
        int year = DateWords.year(t, i + 1);
        if (year > 0) {
            add(i, i + 1, "year", Integer.toString(year));
            return i + 1;
        }
        if (month == 0) {
            return -1;
        }
        int y = yearAfter(i + 1);
        if (y > 0) {
            add(i, i + 2, "month", YearMonth.of(y, month).toString());
            return i + 2;
        }
        add(i, i + 1, "month", relative.monthInContext(i, month));
        return i + 1;
    }

    /** "2019", "2023-24", "2023-2024", "2015–2030". */
    private int yearOrFiscal(int i) {
        int y = DateWords.year(t, i);
        if (y == 0 || DateWords.looksLikeQuantity(t, i)) {
            return -1;
        }
        if (i + 1 < t.size() && dash(i + 1) && t.digits(i + 1)) {
            String second = t.lower(i + 1);
            int end = second.length() == 2 ? (y / 100) * 100 + Integer.parseInt(second)
                    : second.length() == 4 ? Integer.parseInt(second) : 0;
            if (end > y && end - y <= 100) {
                add(i, i + 1, "range", y + "/" + end);
                return i + 1;
            }
        }
        add(i, i, "year", Integer.toString(y));
        return i;
    }

    /** "FY25", "FY2024", "FY 2023-24" (the last is a fiscal year after a word, read by {@link #yearOrFiscal}). */
    private int fiscalYear(int i) {
        String w = t.lower(i);
        if (!w.startsWith("fy") || !t.allCaps(i) || (w.length() != 4 && w.length() != 6)) {
            return -1;
        }
        String digits = w.substring(2);
        if (!digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int end = digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
        // "FY2017-18" names both calendar years; the second one must follow the first.
        if (digits.length() == 4 && i + 1 < t.size() && dash(i + 1) && t.digits(i + 1) && t.lower(i + 1).length() == 2
                && Integer.parseInt(t.lower(i + 1)) == (end + 1) % 100) {
            add(i, i + 1, "fiscal-year", end + "/" + (end + 1));
            return i + 1;
        }
        // A fiscal year is named after the calendar year it ends in.
        add(i, i, "fiscal-year", (end - 1) + "/" + end);
        return i;
    }

    /** "the 1990s": ISO 8601 writes a decade with three digits ("199"). */
    private int decade(int i) {
        String w = t.lower(i);
        if (w.length() != 5 || !w.endsWith("s") || !w.substring(0, 4).chars().allMatch(Character::isDigit)
                || w.charAt(3) != '0') {
            return -1;
        }
        int year = Integer.parseInt(w.substring(0, 4));
        if (year < 1900 || year > 2090) {
            return -1;
        }
        add(i, i, "decade", w.substring(0, 3));
        return i;
    }

    private static final int NO_SHIFT = Integer.MIN_VALUE;

    /** "April last year", "May next year": the shift in years, or {@link #NO_SHIFT}. */
    private int relativeYearAfter(int k) {
        if (k + 2 >= t.size() || t.gap(k + 1) != Gap.SOFT || t.gap(k + 2) != Gap.SOFT || !t.lower(k + 2).equals("year")) {
            return NO_SHIFT;
        }
        switch (t.lower(k + 1)) {
            case "last": return -1;
            case "this": return 0;
            case "next": return 1;
            default: return NO_SHIFT;
        }
    }

    /** A year right after token k: "August 2020" or "August 21, 2020". */
    private int yearAfter(int k) {
        int y = k + 1;
        if (y >= t.size() || !(t.gap(y) == Gap.SOFT || gapIs(y, ", "))) {
            return 0;
        }
        return DateWords.year(t, y);
    }

    private int addDay(int first, int last, int year, int month, int day, int endDay) {
        int y = year > 0 ? year : relative.yearInContext(first, month);
        String value = null;
        if (y > 0) {
            LocalDate start = date(y, month, day);
            LocalDate end = endDay > 0 ? date(y, month, endDay) : null;
            if (start == null || (endDay > 0 && (end == null || !end.isAfter(start)))) {
                return -1;
            }
            value = end == null ? start.toString() : start + "/" + end;
        }
        add(first, last, endDay > 0 ? "range" : "date", value);
        return last;
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
