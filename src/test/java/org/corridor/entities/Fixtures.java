package org.corridor.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;

/** Seeds, hand-written articles and the recogniser with the bundled lexicon, shared by the entity tests. */
final class Fixtures {

    private static LexiconService bundled;

    private Fixtures() {
    }

    /** The bundled lexicon without a workspace, built once for all tests. */
    static synchronized LexiconService lexicon() {
        if (bundled == null) {
            try {
                bundled = Recognisers.lexiconFor(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bundled;
    }

    static Recogniser recogniser() {
        return new EntityRecogniser(lexicon());
    }

    static Article seed(String prefix) {
        try (var files = Files.list(Path.of("seeds"))) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return article(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(String id, String text) {
        return new ArticleParser().parse(id, Path.of(id + ".txt"), text);
    }

    static List<Mention> mentions(Article article) {
        return recogniser().recognise(article);
    }

    static List<Mention> mentionsOf(String text) {
        return mentions(article("written", text));
    }

    /** Surface texts of the mentions of one category and kind (kind null: any). */
    static List<String> texts(List<Mention> mentions, Category category, String kind) {
        return mentions.stream()
                .filter(m -> m.category() == category && (kind == null || kind.equals(m.kind())))
                .map(Mention::text)
                .collect(Collectors.toList());
    }
}
