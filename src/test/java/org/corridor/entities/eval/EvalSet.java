package org.corridor.entities.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.corridor.common.Json;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.TextDecoder;
import org.corridor.corpus.UnreadableFileException;
import org.corridor.entities.Category;
import tools.jackson.databind.JsonNode;

/**
 * Loads the evaluation set: every {@code <name>.txt} with its {@code <name>.gold.json}. Files are decoded
 * and parsed exactly as {@code annotate} does, so offsets are UTF-16 indices into the full text. A gold
 * mention whose text differs from the file's text at its offsets is an error in the set, not a score.
 */
public final class EvalSet {

    private EvalSet() {
    }

    public static List<EvalArticle> load(Path dir) throws IOException {
        List<EvalArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path txt : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(read(txt));
            }
        }
        if (articles.isEmpty()) {
            throw new IOException("no evaluation articles in " + dir.toAbsolutePath());
        }
        return articles;
    }

    private static EvalArticle read(Path txt) throws IOException {
        String file = txt.getFileName().toString();
        String name = file.substring(0, file.length() - ".txt".length());
        String text;
        try {
            text = TextDecoder.decode(Files.readAllBytes(txt)).text();
        } catch (UnreadableFileException e) {
            throw new IOException(txt + ": " + e.getMessage(), e);
        }
        Article article = new ArticleParser().parse(name, txt, text);
        List<GoldMention> inBody = new ArrayList<>();
        int outside = 0;
        for (GoldMention g : gold(txt.resolveSibling(name + ".gold.json"), text)) {
            if (g.start() >= article.bodyStart() && g.end() <= article.bodyEnd()) {
                inBody.add(g);
            } else {
                outside++;
            }
        }
        return new EvalArticle(name, article, List.copyOf(inBody), outside);
    }

    private static List<GoldMention> gold(Path json, String text) throws IOException {
        List<GoldMention> gold = new ArrayList<>();
        for (JsonNode node : Json.compact().readTree(json.toFile())) {
            GoldMention g = new GoldMention(Category.valueOf(node.get("category").asString().toUpperCase(Locale.ROOT)),
                    node.get("kind").asString(), node.get("text").asString(), node.get("start").asInt(),
                    node.get("end").asInt(), optional(node, "normalized"), optional(node, "group"),
                    optional(node, "label"));
            if (g.end() > text.length() || !text.substring(g.start(), g.end()).equals(g.text())) {
                throw new IOException(json + ": gold text '" + g.text() + "' is not at " + g.start() + ".." + g.end());
            }
            gold.add(g);
        }
        return gold;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
