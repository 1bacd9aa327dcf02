package org.corridor.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded corpus: the catalog of its articles (metadata only) and the report of what could not be read.
 * Article texts are read from disk on demand, so the catalog stays small at any corpus size.
 */
public final class Corpus {

    private final Path root;
    private final Map<String, ArticleMeta> byId;
    private final Map<String, List<ArticleMeta>> byFingerprint;
    private final List<LoadProblem> problems;
    private final ArticleParser parser;

    public Corpus(Path root, List<ArticleMeta> articles, List<LoadProblem> problems, ArticleParser parser) {
        this.root = root;
        this.byId = new LinkedHashMap<>();
        this.byFingerprint = new HashMap<>();
        for (ArticleMeta a : articles) {
            byId.put(a.id(), a);
            // Almost every fingerprint is unique, so a one-element list is the common case.
            byFingerprint.computeIfAbsent(a.fingerprint(), f -> new ArrayList<>(1)).add(a);
        }
        this.problems = List.copyOf(problems);
        this.parser = parser;
    }

    public Path root() {
        return root;
    }

    public List<ArticleMeta> articles() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    public Optional<ArticleMeta> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Articles whose body has this fingerprint: how notes find an article whose file was renamed. */
    public List<ArticleMeta> withFingerprint(String fingerprint) {
        return List.copyOf(byFingerprint.getOrDefault(fingerprint, List.of()));
    }

    public List<LoadProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Reads and parses the article's file again; its text is never cached here. */
    public Article open(String id) throws IOException, UnreadableFileException {
        ArticleMeta meta = find(id).orElseThrow(() -> new UnreadableFileException("No article with id " + id));
        Path path = Path.of(meta.path());
        TextDecoder.Decoded decoded = TextDecoder.read(path);
        return parser.parse(id, path, decoded.text());
    }
}
