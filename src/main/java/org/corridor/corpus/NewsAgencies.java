package org.corridor.corpus;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Wire services and outlets that sign articles, with the spelling the reader shows for each. */
final class NewsAgencies {

    private static final Map<String, String> CANONICAL = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        for (String name : new String[] {
            "APP", "PTI", "DNA", "Xinhua", "Reuters", "AFP", "AP", "IANS", "ANI", "UNI", "INP", "NNI", "PPI",
            "Online", "SANA", "IRNA", "TASS", "Anadolu", "Bernama", "Kyodo", "Yonhap", "CGTN", "CNS",
            "Global Times", "China Daily", "Dawn", "Bloomberg", "Radio Pakistan", "PPI", "NNA", "Sputnik",
            "RIA Novosti", "AA", "WAM", "SPA", "KUNA", "QNA", "BSS", "ENA", "Antara", "PNA", "Tribune",
            "The News", "The Nation", "Business Recorder", "Express Tribune", "Gwadar Pro", "People's Daily"}) {
            CANONICAL.put(name, name);
        }
    }

    private NewsAgencies() {
    }

    /** The canonical spelling of a known agency or outlet. */
    static Optional<String> known(String name) {
        return Optional.ofNullable(CANONICAL.get(name.trim()));
    }

    /** A known name in its canonical spelling, or an unknown all-caps credit ("NNI") as written. */
    static Optional<String> credit(String token) {
        String t = token.trim();
        Optional<String> known = known(t);
        if (known.isPresent()) {
            return known;
        }
        boolean acronym = t.length() >= 2 && t.length() <= 6 && t.equals(t.toUpperCase(Locale.ROOT))
                && t.chars().allMatch(Character::isLetter);
        return acronym ? Optional.of(t) : Optional.empty();
    }
}
