package org.corridor.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.corridor.corpus.Article;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.UnreadableFileException;

/**
 * Long, realistic article bodies made of the seeds' paragraphs in a shuffled order: the texts for the edge-case
 * tests and the benchmark. Different seeds give different orders, so two such texts share many phrases
 * (as wire-based coverage does) without being identical.
 */
public final class LongTexts {

    private LongTexts() {
    }

    public static String build(Corpus corpus, int chars, long seed) throws java.io.IOException, UnreadableFileException {
        List<String> paragraphs = new ArrayList<>();
        for (var meta : corpus.articles()) {
            Article a = corpus.open(meta.id());
            for (String p : a.body().split("\\n\\s*\\n")) {
                if (!p.isBlank()) {
                    paragraphs.add(p.strip());
                }
            }
        }
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder(chars + 1000);
        while (out.length() < chars) {
            Collections.shuffle(paragraphs, random);
            for (String p : paragraphs) {
                if (out.length() >= chars) {
                    break;
                }
                out.append(p).append("\n\n");
            }
        }
        return out.toString().strip();
    }
}
