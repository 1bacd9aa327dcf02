package org.corridor.corpus.importing;

import java.util.Set;
import org.corridor.common.Json;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** The headline, date and publisher of the first JSON-LD {@code NewsArticle} (or Article) a page declares. */
record JsonLdArticle(String headline, String datePublished, String publisher) {

    private static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNewsArticle",
            "AnalysisNewsArticle", "OpinionNewsArticle", "BlogPosting");
    private static final JsonLdArticle NONE = new JsonLdArticle(null, null, null);

    static JsonLdArticle find(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(Json.compact().readTree(script.data()));
                if (found != null) {
                    return new JsonLdArticle(string(found.get("headline")), string(found.get("datePublished")),
                            publisherName(found.get("publisher")));
                }
            } catch (JacksonException e) {
                // A broken JSON-LD block is common on real pages; the meta tags still count.
            }
        }
        return NONE;
    }

    /** Walks arrays and {@code @graph} lists, since pages nest their objects in both. */
    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"));
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asString())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asString());
    }

    private static String publisherName(JsonNode publisher) {
        if (publisher == null) {
            return null;
        }
        if (publisher.isArray()) {
            return publisher.isEmpty() ? null : publisherName(publisher.get(0));
        }
        return publisher.isObject() ? string(publisher.get("name")) : string(publisher);
    }

    private static String string(JsonNode node) {
        return node == null || !node.isValueNode() ? null : node.asString();
    }
}
