package org.corridor.entities.rules;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.corridor.entities.text.Gap;
import org.corridor.entities.text.Tokens;

/** Month and weekday names, and the tense of the clause a relative date sits in. */
final class DateWords {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Set<String> FUTURE_MARKERS = Set.of("will", "shall", "ll", "scheduled", "expected", "due",
            "upcoming", "coming", "next", "later", "plans", "planned", "tomorrow", "would", "should", "must",
            "intends", "aims", "set");
    private static final Set<String> MONTH_CUES = Set.of("in", "since", "until", "till", "by", "from", "of",
            "during", "early", "mid", "late", "last", "next", "this", "before", "after", "through", "throughout",
            "end", "beginning", "between", "and", "to", "or", "each", "every", "coming", "past", "the");
    private static final Set<String> DEADLINE_CUES = Set.of("before", "by", "until", "till");
    private static final int TENSE_WINDOW = 15;
    /** Only unambiguous past forms: "held" or "signed" may follow "will be". */
    private static final Set<String> PAST_MARKERS = Set.of("was", "were", "had", "did", "said", "told", "ago");
    private static final Set<String> QUANTITY_WORDS = Set.of("about", "some", "over", "nearly", "around", "than",
            "least", "approximately", "only", "almost", "roughly", "rs", "usd", "pkr", "rmb", "us", "per", "no");


    static {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int m = 0; m < 12; m++) {
            MONTHS.put(names[m], m + 1);
            MONTHS.put(names[m].substring(0, 3), m + 1);
        }
        MONTHS.put("sept", 9);
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(d.name().toLowerCase(java.util.Locale.ROOT), d);
        }
    }

    private DateWords() {
    }

    /**
     * The month a token names, or 0. Full names must be capitalised ("may" is a verb); three-letter forms
     * count too when the caller has a day or year next to them.
     */
    static int month(Tokens t, int i, boolean abbreviationAllowed) {
        if (!t.capitalised(i)) {
            return 0;
        }
        Integer m = MONTHS.get(t.lower(i));
        if (m == null) {
            return 0;
        }
        boolean abbreviated = t.lower(i).length() <= 4 && !t.lower(i).equals("may") && !t.lower(i).equals("june")
                && !t.lower(i).equals("july");
        return abbreviated && !abbreviationAllowed ? 0 : m;
    }

    static DayOfWeek weekday(Tokens t, int i) {
        return t.capitalised(i) ? WEEKDAYS.get(t.lower(i)) : null;
    }

    /** Words before a bare month that make it a date: "in March", "since May", "mid-February". */
    static boolean monthCue(Tokens t, int i) {
        return i > 0 && MONTH_CUES.contains(t.lower(i - 1)) && t.lowerCase(i - 1);
    }

    /**
     * A future marker ("will", "next", "scheduled") earlier in the same sentence, unless a past-tense word
     * comes between ("… will, he said, … was held on Friday" reads as past).
     */
    static boolean future(Tokens t, int i) {
        return tense(t, i) > 0;
    }

    /**
     * "before December", "by March": a deadline lies ahead unless the clause is in the past tense
     * ("had been completed by March").
     */
    static boolean deadline(Tokens t, int i) {
        return i > 0 && t.lowerCase(i - 1) && DEADLINE_CUES.contains(t.lower(i - 1)) && tense(t, i - 1) >= 0;
    }

    /** +1 for a future marker, -1 for a past one, 0 when the sentence says neither before token i. */
    private static int tense(Tokens t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - TENSE_WINDOW); k--) {
            String w = t.lower(k);
            if (FUTURE_MARKERS.contains(w)) {
                return 1;
            }
            if (PAST_MARKERS.contains(w)) {
                return -1;
            }
            if (t.sentenceStart(k)) {
                return 0;
            }
        }
        return 0;
    }

    /** A day of the month written as "5", "21" or "21st". */
    static int day(Tokens t, int i) {
        if (i >= t.size()) {
            return 0;
        }
        String w = t.lower(i);
        int digits = 0;
        while (digits < w.length() && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return 0;
        }
        String suffix = w.substring(digits);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                || suffix.equals("th"))) {
            return 0;
        }
        int d = Integer.parseInt(w.substring(0, digits));
        return d >= 1 && d <= 31 ? d : 0;
    }

    /** A four-digit year between 1900 and 2100, or 0. */
    static int year(Tokens t, int i) {
        if (i >= t.size() || t.end(i) - t.start(i) != 4 || !t.digits(i)) {
            return 0;
        }
        int y = Integer.parseInt(t.lower(i));
        return y >= 1900 && y <= 2100 ? y : 0;
    }

    /** "about 2000 troops", "Rs 2019", "2019%" are numbers, not years. */
    static boolean looksLikeQuantity(Tokens t, int i) {
        if (i > 0 && QUANTITY_WORDS.contains(t.lower(i - 1)) && t.gap(i) == Gap.SOFT) {
            return true;
        }
        String before = t.gapText(i);
        // "No. 312/2025", "Notification 14/2019": the number of a document, not its year.
        if (before.equals("/") && i > 0 && t.digits(i - 1)) {
            return true;
        }
        if (before.endsWith("$") || before.endsWith(",") && i > 0 && t.digits(i - 1)) {
            return true;
        }
        int end = t.end(i);
        return end < t.text().length() && (t.text().charAt(end) == '%'
                || (t.text().charAt(end) == '.' || t.text().charAt(end) == ',') && end + 1 < t.text().length()
                && Character.isDigit(t.text().charAt(end + 1)));
    }

}
