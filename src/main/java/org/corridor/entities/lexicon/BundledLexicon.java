package org.corridor.entities.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.corridor.common.Json;
import org.corridor.common.Sha256;

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

    /**
     * A hash of the bundled lexicon file, which changes whenever a new version ships another lexicon: what the
     * search index compares to know that its entity values are out of date.
     */
    public static String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = hashResource();
            fingerprint = f;
        }
        return f;
    }

    private static volatile String fingerprint;

    private static String hashResource() {
        try (InputStream in = BundledLexicon.class.getResourceAsStream(RESOURCE)) {
            return in == null ? "none" : Sha256.hex(in.readAllBytes(), 12);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
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
