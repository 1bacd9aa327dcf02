package org.corridor.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;
import org.corridor.notes.TextAnchor;

/**
 * Merges an imported file into a workspace's notes: each annotation's source is resolved to an article (see
 * {@link ArticleResolver}), falling back to the article whose text holds the quote with the best-matching
 * context; its passage is placed in the text ({@link PassagePlacer}); its tags are mapped onto the codebook
 * ({@link TagMerger}). An annotation equal to one already there (same article, passage, tags and note) is not
 * added again. Whatever cannot be placed is listed in the report.
 */
public final class NotesImporter {

    /** The tags and annotations to add, and the report; {@link #applyTo} gives the merged notes. */
    public record Result(List<Tag> newTags, List<Annotation> newAnnotations, ImportReport report) {

        public NotesSnapshot applyTo(NotesSnapshot base) {
            List<Tag> tags = new ArrayList<>(base.codebook().tags());
            tags.addAll(newTags);
            List<Annotation> annotations = new ArrayList<>(base.annotations());
            annotations.addAll(newAnnotations);
            return new NotesSnapshot(base.schemaVersion(), new Codebook(tags), annotations);
        }
    }

    private final Corpus corpus;
    private final ArticleTexts texts;
    private final Clock clock;
    private final ArticleResolver resolver;

    public NotesImporter(Corpus corpus, ArticleTexts texts, Clock clock) {
        this.corpus = corpus;
        this.texts = texts;
        this.clock = clock;
        this.resolver = new ArticleResolver(corpus);
    }

    public Result merge(NotesSnapshot base, ImportBatch batch) throws IOException {
        try {
            return mergeInto(base, batch);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Result mergeInto(NotesSnapshot base, ImportBatch batch) throws IOException {
        Map<String, ImportBatch.Tag> tagsByKey = new LinkedHashMap<>();
        batch.tags().forEach(t -> tagsByKey.put(t.key(), t));
        TagMerger tags = new TagMerger(base.codebook());
        if (batch.importsWholeCodebook()) {
            tags.tagIds(batch.tags().stream().map(ImportBatch.Tag::key).toList(), tagsByKey);
        }
        Set<String> seen = new HashSet<>();
        Set<String> usedIds = new HashSet<>();
        base.annotations().forEach(a -> {
            seen.add(key(a.articleId(), a.anchor().start(), a.anchor().end(), a.note(), a.tagIds()));
            usedIds.add(a.id());
        });
        List<ImportReport.Unplaced> unplaced = new ArrayList<>(batch.problems());
        List<Annotation> added = new ArrayList<>();
        int duplicates = 0;
        Map<String, Article> opened = new HashMap<>();
        Map<ImportBatch.Note, String> articleOf = locateArticles(batch.notes(), unplaced, opened);
        for (ImportBatch.Note note : batch.notes()) {
            String articleId = articleOf.get(note);
            if (articleId == null) {
                continue;
            }
            Article article = opened.computeIfAbsent(articleId, this::open);
            Optional<PassagePlacer.Range> range = PassagePlacer.place(article, note);
            if (range.isEmpty()) {
                unplaced.add(new ImportReport.Unplaced(note.label(), articleId, "the passage is not in the article's text"));
                continue;
            }
            List<String> tagIds = tags.tagIds(note.tagKeys(), tagsByKey);
            int start = range.get().start();
            int end = range.get().end();
            if (!seen.add(key(articleId, start, end, note.note(), tagIds))) {
                duplicates++;
                continue;
            }
            added.add(annotation(note, article, start, end, tagIds, usedIds));
        }
        ImportReport report = new ImportReport(batch.file(), batch.format(), batch.notes().size() + batch.problems().size(),
                added.size(), duplicates, tags.created().stream().map(t -> t.name()).toList(), unplaced);
        return new Result(tags.created(), added, report);
    }

    /** Which article each note belongs to; those no article fits go to {@code unplaced}. */
    private Map<ImportBatch.Note, String> locateArticles(List<ImportBatch.Note> notes, List<ImportReport.Unplaced> unplaced,
                                                         Map<String, Article> opened) throws IOException {
        // identity, not equality: two equal notes in one file are still two items
        Map<ImportBatch.Note, String> articleOf = new IdentityHashMap<>();
        List<ImportBatch.Note> searching = new ArrayList<>();
        for (ImportBatch.Note note : notes) {
            Optional<String> named = resolver.resolve(note.sources());
            boolean fits = named.isPresent()
                    && PassagePlacer.place(opened.computeIfAbsent(named.get(), this::open), note).isPresent();
            if (fits) {
                articleOf.put(note, named.get());
            } else if (note.exact() != null && !note.exact().isEmpty()) {
                searching.add(note);
            } else {
                unplaced.add(new ImportReport.Unplaced(note.label(), source(note), named.isPresent()
                        ? "there is no quote and the position lies outside article " + named.get()
                        : "no article of the corpus matches the source, and there is no quote to look for"));
            }
        }
        if (!searching.isEmpty()) {
            searchByQuote(searching, articleOf, unplaced);
        }
        return articleOf;
    }

    /** One pass over the corpus for all notes whose source is unknown: the article holding the quote, best context first. */
    private void searchByQuote(List<ImportBatch.Note> notes, Map<ImportBatch.Note, String> articleOf,
                               List<ImportReport.Unplaced> unplaced) throws IOException {
        Map<ImportBatch.Note, Integer> bestScore = new IdentityHashMap<>();
        Map<ImportBatch.Note, Set<String>> bestArticles = new IdentityHashMap<>();
        for (ArticleMeta meta : corpus.articles()) {
            Optional<Article> article = texts.open(meta.id());
            if (article.isEmpty()) {
                continue;
            }
            for (ImportBatch.Note note : notes) {
                int score = PassagePlacer.score(article.get(), note);
                if (score >= 0 && score >= bestScore.getOrDefault(note, -1)) {
                    if (score > bestScore.getOrDefault(note, -1)) {
                        bestArticles.put(note, new TreeSet<>());
                    }
                    bestScore.put(note, score);
                    bestArticles.get(note).add(meta.id());
                }
            }
        }
        for (ImportBatch.Note note : notes) {
            Set<String> found = bestArticles.getOrDefault(note, Set.of());
            if (found.size() == 1) {
                articleOf.put(note, found.iterator().next());
            } else {
                unplaced.add(new ImportReport.Unplaced(note.label(), source(note), found.isEmpty()
                        ? "the quote is in no article of the corpus"
                        : "the quote is in several articles (" + String.join(", ", found) + ") and its context does not tell which"));
            }
        }
    }

    /** Opens an article the resolver found in the corpus; one that cannot be read any more is a failure of the import. */
    private Article open(String id) {
        try {
            return texts.open(id).orElseThrow(() -> new UncheckedIOException(new ExportException("article " + id + " vanished")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Annotation annotation(ImportBatch.Note note, Article article, int start, int end, List<String> tagIds,
                                  Set<String> usedIds) {
        String id = note.id() == null ? null : note.id().replaceFirst("^urn:uuid:", "").replaceAll("[{}]", "").toLowerCase(Locale.ROOT);
        if (id == null || !Guids.isGuid(id) || !usedIds.add(id)) {
            id = UUID.randomUUID().toString();
            usedIds.add(id);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime created = note.created() != null ? note.created() : note.modified() != null ? note.modified() : now;
        OffsetDateTime modified = note.modified() != null ? note.modified() : created;
        ArticleMeta meta = article.meta();
        return new Annotation(id, article.id(), meta.title(), meta.path(), meta.fingerprint(), tagIds, note.note(),
                created, modified, TextAnchor.of(article.text(), start, end));
    }

    private static String key(String articleId, int start, int end, String note, List<String> tagIds) {
        return articleId + "\u0000" + start + "\u0000" + end + "\u0000" + note.strip() + "\u0000" + new TreeSet<>(tagIds);
    }

    private static String source(ImportBatch.Note note) {
        return note.sources().isEmpty() ? null : note.sources().get(0);
    }
}
