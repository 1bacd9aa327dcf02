package org.corridor.entities.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The capitalised words that never make a name by themselves, read once from {@code common-words.txt}. */
public final class CommonWords {

    private static final String RESOURCE = "/org/corridor/entities/common-words.txt";

    private CommonWords() {
    }

    /** Read once per process: an immutable list shipped with the application. */
    private static volatile Set<String> loaded;

    public static Set<String> load() {
        Set<String> l = loaded;
        if (l == null) {
            l = read();
            loaded = l;
        }
        return l;
    }

    private static Set<String> read() {
        Set<String> words = new HashSet<>();
        try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int hash = line.indexOf('#');
                String content = hash >= 0 ? line.substring(0, hash) : line;
                for (String w : content.trim().split("\\s+")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
