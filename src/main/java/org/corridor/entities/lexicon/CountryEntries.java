package org.corridor.entities.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.entities.Category;

/**
 * Every country of the world as a country actor, named as the JDK's English locale data names it, so the
 * bundled lexicon only has to add extra aliases ("PRC", "US"). Ids are {@code country:<alpha-2 lower>}.
 */
public final class CountryEntries {

    private CountryEntries() {
    }

    public static Lexicon generate() {
        List<LexiconEntry> entries = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (name.isBlank() || name.equals(code)) {
                continue;
            }
            entries.add(LexiconEntry.of("country:" + code.toLowerCase(Locale.ROOT), displayLabel(name),
                    Category.ACTOR, "country", aliases(name)));
        }
        return new Lexicon(entries, java.util.Map.of(), List.of(), List.of());
    }

    /** "Myanmar (Burma)" is shown as "Myanmar". */
    private static String displayLabel(String name) {
        int paren = name.indexOf(" (");
        return paren > 0 ? name.substring(0, paren) : name;
    }

    /** The JDK's name and the plain forms news text uses for it. */
    static List<String> aliases(String name) {
        List<String> out = new ArrayList<>();
        int paren = name.indexOf(" (");
        if (paren > 0 && name.endsWith(")")) {
            out.add(name.substring(0, paren));
            out.add(name.substring(paren + 2, name.length() - 1));
        } else {
            out.add(name);
        }
        if (name.endsWith(" SAR China")) {
            out.add(name.substring(0, name.length() - " SAR China".length()));
        }
        if (name.startsWith("St. ")) {
            out.add("Saint " + name.substring(4));
        }
        if (name.contains(" & ")) {
            out.add(name.replace(" & ", " and "));
        }
        return out;
    }
}
