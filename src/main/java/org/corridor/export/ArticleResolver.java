package org.corridor.export;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;

/**
 * Finds the corpus article an imported annotation's source names: by article id, by Corridor's article URN,
 * by file URI, by file name (with or without extension), or by title; each only when exactly one article fits.
 */
final class ArticleResolver {

    private final Corpus corpus;
    private final Map<String, String> byUri = new HashMap<>();
    private final Map<String, List<String>> byFileName = new HashMap<>();
    private final Map<String, List<String>> byTitle = new HashMap<>();

    ArticleResolver(Corpus corpus) {
        this.corpus = corpus;
        for (ArticleMeta meta : corpus.articles()) {
            if (meta.path() != null) {
                Path path = Path.of(meta.path());
                byUri.put(path.toUri().toString(), meta.id());
                String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                byFileName.computeIfAbsent(name, k -> new ArrayList<>()).add(meta.id());
                int dot = name.lastIndexOf('.');
                if (dot > 0) {
                    byFileName.computeIfAbsent(name.substring(0, dot), k -> new ArrayList<>()).add(meta.id());
                }
            }
            byTitle.computeIfAbsent(meta.title().strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(meta.id());
        }
    }

    /** The first of {@code sources} that names exactly one article. */
    Optional<String> resolve(List<String> sources) {
        for (String source : sources) {
            Optional<String> found = resolve(source);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<String> resolve(String source) {
        String ref = source.strip();
        if (ref.startsWith(WebAnnotationJson.ARTICLE_URN)) {
            ref = URLDecoder.decode(ref.substring(WebAnnotationJson.ARTICLE_URN.length()), StandardCharsets.UTF_8);
        }
        if (corpus.find(ref).isPresent()) {
            return Optional.of(ref);
        }
        if (byUri.containsKey(ref)) {
            return Optional.of(byUri.get(ref));
        }
        String name = fileName(ref).toLowerCase(Locale.ROOT);
        List<String> byName = byFileName.getOrDefault(name, List.of());
        if (byName.size() == 1) {
            return Optional.of(byName.get(0));
        }
        List<String> titled = byTitle.getOrDefault(ref.toLowerCase(Locale.ROOT), List.of());
        return titled.size() == 1 ? Optional.of(titled.get(0)) : Optional.empty();
    }

    /** The last segment of a path or URI, decoded ("file:///a/b%20c.txt" gives "b c.txt"). */
    private static String fileName(String ref) {
        String path = ref;
        if (ref.contains("://") || ref.startsWith("file:")) {
            try {
                String p = URI.create(ref).getPath();
                path = p == null ? ref : p;
            } catch (IllegalArgumentException e) {
                path = ref;
            }
        }
        String normalised = path.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }
}
