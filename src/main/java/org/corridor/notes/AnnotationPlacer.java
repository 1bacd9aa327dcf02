package org.corridor.notes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.UnreadableFileException;

/**
 * Finds where annotations sit in the corpus now: their article (by id, or by the body's fingerprint when the
 * file was renamed) and their passage in its current text.
 */
public final class AnnotationPlacer {

    private AnnotationPlacer() {
    }

    /** The article the annotation belongs to now, if the corpus still has it under its id or its fingerprint. */
    public static Optional<ArticleMeta> locate(Corpus corpus, Annotation a) {
        Optional<ArticleMeta> byId = corpus.find(a.articleId());
        if (byId.isPresent() || a.fingerprint() == null) {
            return byId;
        }
        List<ArticleMeta> same = corpus.withFingerprint(a.fingerprint());
        return same.stream().filter(m -> fileName(m.path()).equals(fileName(a.articlePath()))).findFirst()
                .or(() -> same.stream().findFirst());
    }

    /** The annotations of {@code article} (located as above), placed in its text, in text order, orphans last. */
    public static List<Placement> inArticle(Corpus corpus, Article article, List<Annotation> all) {
        List<Placement> out = new ArrayList<>();
        for (Annotation a : all) {
            if (locate(corpus, a).map(m -> m.id().equals(article.id())).orElse(false)) {
                out.add(place(a, article));
            }
        }
        out.sort(TEXT_ORDER);
        return out;
    }

    public static Placement place(Annotation a, Article article) {
        return new Placement(a, article.id(), Anchoring.resolve(a.anchor(), article.text()));
    }

    /** Every annotation placed, opening each article once; annotations of missing or unreadable articles are orphans. */
    public static List<Placement> placeAll(Corpus corpus, List<Annotation> all) {
        Map<String, List<Annotation>> byArticle = new LinkedHashMap<>();
        List<Placement> out = new ArrayList<>();
        for (Annotation a : all) {
            Optional<ArticleMeta> meta = locate(corpus, a);
            if (meta.isPresent()) {
                byArticle.computeIfAbsent(meta.get().id(), k -> new ArrayList<>()).add(a);
            } else {
                out.add(new Placement(a, null, Anchoring.Anchored.NOWHERE));
            }
        }
        byArticle.forEach((id, annotations) -> {
            try {
                Article article = corpus.open(id);
                annotations.forEach(a -> out.add(place(a, article)));
            } catch (IOException | UnreadableFileException e) {
                annotations.forEach(a -> out.add(new Placement(a, null, Anchoring.Anchored.NOWHERE)));
            }
        });
        return out;
    }

    /** Placed passages by position, orphans after them, ties by id so the order never flickers. */
    public static final Comparator<Placement> TEXT_ORDER = Comparator.comparing(Placement::orphan)
            .thenComparingInt(Placement::start)
            .thenComparing(p -> p.annotation().id());

    private static String fileName(String path) {
        if (path == null) {
            return "";
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
