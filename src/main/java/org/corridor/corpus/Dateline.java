package org.corridor.corpus;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place-and-date opening of a wire story: "BEIJING, AUG 21 (DNA) –", "ISLAMABAD (APP):",
 * "Islamabad:". It names where the story was filed and often the agency that filed it.
 *
 * @param text   the dateline as the reader shows it, e.g. "BEIJING, AUG 21"
 * @param agency the agency in parentheses, if any
 * @param end    where the article's own first sentence starts
 */
record Dateline(String text, String agency, int end) {

    private static final Pattern DATELINE = Pattern.compile(
            "\\A(?<place>[A-Z][A-Za-z'.]+(?:[ -][A-Z][A-Za-z'.]+){0,2})"
                    + "(?:,\\s*(?<when>[A-Z][A-Za-z]{2,8}\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?"
                    + "|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?(?:\\s+\\d{4})?))?"
                    + "(?:\\s*\\((?<agency>[A-Za-z][A-Za-z .&'-]{1,30})\\))?"
                    + "[ \\t]*(?<sep>--|[:–—-])[ \\t]*");

    /** Words that open a paragraph with a colon but are no place. */
    private static final Set<String> NOT_PLACES = Set.of("note", "update", "updated", "analysis", "editorial",
            "opinion", "comment", "breaking", "exclusive", "watch", "video", "read", "photo", "also read",
            "related", "summary", "background", "q", "a", "sources", "source", "courtesy", "by");

    /**
     * Titles and offices that open a quoted speaker ("Premier Li Qiang: talks end…", "President Zardari: we…"),
     * a headline style that a colon alone would mistake for a dateline.
     */
    private static final Set<String> SPEAKER_WORDS = Set.of("premier", "president", "prime", "pm", "minister",
            "ambassador", "envoy", "chairman", "chairperson", "chief", "general", "gen.", "gen", "senator", "mr",
            "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "secretary", "spokesperson", "spokesman", "governor",
            "mayor", "king", "queen", "prince", "sheikh", "justice", "speaker", "foreign", "army", "vice", "deputy",
            "former", "opposition", "leader", "state", "commander", "admiral", "marshal", "field");

    static Optional<Dateline> find(String text, int from, int to) {
        Matcher m = DATELINE.matcher(text).region(from, to);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        String place = m.group("place");
        String when = m.group("when");
        String agency = m.group("agency");
        boolean colon = ":".equals(m.group("sep"));
        boolean shouted = place.length() >= 3 && place.equals(place.toUpperCase(Locale.ROOT));
        if (NOT_PLACES.contains(place.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (!(colon || shouted || when != null || agency != null)) {
            return Optional.empty();
        }
        if (colon && !shouted && when == null && agency == null && !placeOnly(place, text, m.end(), to)) {
            return Optional.empty();
        }
        String shown = when == null ? place : place + ", " + when;
        String credit = agency == null ? null : NewsAgencies.credit(agency).orElse(agency.trim());
        return Optional.of(new Dateline(shown, credit, m.end()));
    }

    /**
     * Whether "Word Word:" with nothing else to go by is a place: not a speaker's title, and followed by a story's
     * first sentence (a capital, a digit or a quote), not by the rest of a headline in lower case.
     */
    private static boolean placeOnly(String place, String text, int end, int to) {
        String first = place.split("[ -]")[0].toLowerCase(Locale.ROOT);
        if (SPEAKER_WORDS.contains(first)) {
            return false;
        }
        return end >= to || !Character.isLowerCase(text.charAt(end));
    }
}
