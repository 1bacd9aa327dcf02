package org.corridor.export;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.common.Plural;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;

/**
 * Which notes an export takes: some articles (or all), annotations carrying some tags or their sub-tags
 * (or any), articles published in a date range (or any date). Empty sets and null dates mean "no limit".
 *
 * @param articleIds the articles, or empty for all
 * @param tagIds     the tags, children included, or empty for any tag (and untagged notes)
 * @param from       first publication date, inclusive, or null
 * @param to         last publication date, inclusive, or null
 */
public record ExportScope(Set<String> articleIds, Set<String> tagIds, LocalDate from, LocalDate to) {

    /** Newest first; undated articles last; then by id so equal dates keep a stable order. */
    private static final Comparator<ArticleNotes> ARTICLE_ORDER = Comparator
            .comparing(ArticleNotes::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(ArticleNotes::id);
    private static final Comparator<Annotation> TEXT_ORDER = Comparator
            .comparingInt((Annotation a) -> a.anchor().start())
            .thenComparingInt(a -> a.anchor().end())
            .thenComparing(Annotation::id);

    public ExportScope {
        articleIds = Set.copyOf(articleIds);
        tagIds = Set.copyOf(tagIds);
    }

    public static ExportScope all() {
        return new ExportScope(Set.of(), Set.of(), null, null);
    }

    /**
     * The annotations in scope, grouped by article in export order.
     *
     * @throws EmptyScopeException when nothing matches, so that no empty file is ever written
     */
    public List<ArticleNotes> selectNotes(NotesSnapshot notes, Corpus corpus) throws EmptyScopeException {
        Set<String> wanted = withDescendants(notes.codebook(), tagIds);
        Map<String, List<Annotation>> byArticle = new LinkedHashMap<>();
        for (Annotation a : notes.annotations()) {
            if (matchesArticle(a.articleId()) && matchesTags(a, wanted)
                    && matchesDate(corpus.find(a.articleId()).map(ArticleMeta::date).orElse(null))) {
                byArticle.computeIfAbsent(a.articleId(), k -> new ArrayList<>()).add(a);
            }
        }
        if (byArticle.isEmpty()) {
            throw new EmptyScopeException("Nothing to export: no annotation matches " + label(notes.codebook())
                    + " (" + Plural.of(notes.annotations().size(), "annotation") + " in the workspace)");
        }
        List<ArticleNotes> result = new ArrayList<>();
        byArticle.forEach((id, list) -> {
            list.sort(TEXT_ORDER);
            result.add(describe(id, corpus.find(id), list));
        });
        result.sort(ARTICLE_ORDER);
        return result;
    }

    /**
     * The corpus articles in scope, for tables about the articles themselves (their entities): with tags, the
     * articles holding a passage with one of those tags, the researcher's tagged subset; without, every article
     * of the scope whether annotated or not.
     */
    public List<ArticleNotes> selectArticles(NotesSnapshot notes, Corpus corpus) throws EmptyScopeException {
        Set<String> tagged = null;
        if (!tagIds.isEmpty()) {
            Set<String> wanted = withDescendants(notes.codebook(), tagIds);
            tagged = new HashSet<>();
            for (Annotation a : notes.annotations()) {
                if (matchesTags(a, wanted)) {
                    tagged.add(a.articleId());
                }
            }
        }
        List<ArticleNotes> result = new ArrayList<>();
        for (ArticleMeta meta : corpus.articles()) {
            if (matchesArticle(meta.id()) && matchesDate(meta.date()) && (tagged == null || tagged.contains(meta.id()))) {
                result.add(describe(meta.id(), Optional.of(meta), List.of()));
            }
        }
        if (result.isEmpty()) {
            throw new EmptyScopeException("Nothing to export: no article of the corpus matches "
                    + label(notes.codebook()));
        }
        result.sort(ARTICLE_ORDER);
        return result;
    }

    /** Words for the user and for the export's header, e.g. "all articles; tags: Security". */
    public String label(Codebook codebook) {
        List<String> parts = new ArrayList<>();
        parts.add(articleIds.isEmpty() ? "all articles" : "articles: " + String.join(", ", articleIds.stream().sorted().toList()));
        if (!tagIds.isEmpty()) {
            parts.add("tags: " + String.join(", ", tagIds.stream().map(codebook::path).sorted().toList()));
        }
        if (from != null || to != null) {
            parts.add("dates: " + (from == null ? "…" : from) + " to " + (to == null ? "…" : to));
        }
        return String.join("; ", parts);
    }

    private boolean matchesArticle(String id) {
        return articleIds.isEmpty() || articleIds.contains(id);
    }

    private boolean matchesTags(Annotation a, Set<String> wanted) {
        return wanted.isEmpty() || a.tagIds().stream().anyMatch(wanted::contains);
    }

    /** An article without a date cannot be placed in a range, so a range excludes it. */
    private boolean matchesDate(LocalDate date) {
        if (from == null && to == null) {
            return true;
        }
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    private static Set<String> withDescendants(Codebook codebook, Set<String> roots) {
        Set<String> all = new HashSet<>(roots);
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            for (Tag child : codebook.children(todo.pop())) {
                if (all.add(child.id())) {
                    todo.push(child.id());
                }
            }
        }
        return all;
    }

    private static ArticleNotes describe(String id, Optional<ArticleMeta> meta, List<Annotation> annotations) {
        if (meta.isPresent()) {
            ArticleMeta m = meta.get();
            return new ArticleNotes(id, m.title(), m.date(), m.source(), m.path(), true, annotations);
        }
        Annotation hint = annotations.get(0);
        String title = hint.articleTitle() == null || hint.articleTitle().isBlank() ? id : hint.articleTitle();
        return new ArticleNotes(id, title, null, null, hint.articlePath(), false, annotations);
    }
}
