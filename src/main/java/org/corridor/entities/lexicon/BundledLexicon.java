package org.corridor.entities.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.corridor.common.Json;

/** Reads the lexicon shipped inside the application and adds the generated country entries. */
public final class BundledLexicon {

    public static final String RESOURCE = "/org/corridor/entities/lexicon.json";

    private BundledLexicon() {
    }

    /** Read once per process: the resource cannot change while the application runs, and the lexicon is immutable. */
    private static volatile Lexicon loaded;

    /** The bundled lexicon plus every country; countries the lexicon also lists get its extra aliases. */
    public static Lexicon load() {
        Lexicon l = loaded;
        if (l == null) {
            l = read(RESOURCE).plus(CountryEntries.generate());
            loaded = l;
        }
        return l;
    }

    /** A lexicon resource in the bundled format; an absent resource is an empty lexicon. */
    public static Lexicon read(String resource) {
        try (InputStream in = BundledLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Lexicon.empty();
            }
            return Lexicon.of(Json.compact().readValue(in, LexiconFile.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
