package org.corridor.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One annotation in the W3C Web Annotation Data Model: the note as a commenting TextualBody, each tag as a
 * tagging TextualBody whose value is the tag path, the passage as a target with a TextQuoteSelector and,
 * when the text is at hand, a TextPositionSelector counted in code points as the model defines.
 */
final class WebAnnotationJson {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String ARTICLE_URN = "urn:corridor:article:";

    private final JsonMapper mapper;

    WebAnnotationJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param text the article's full text, or null when the corpus lacks it (then only the quote selector)
     * @param withContext false for annotations embedded in a collection, which inherit its context
     */
    ObjectNode annotation(Codebook codebook, ArticleNotes article, Annotation a, String text, boolean withContext) {
        ObjectNode node = mapper.createObjectNode();
        if (withContext) {
            node.put("@context", CONTEXT);
        }
        node.put("id", "urn:uuid:" + Guids.of(a.id()));
        node.put("type", "Annotation");
        List<String> tags = ExportText.tagPaths(codebook, a);
        node.put("motivation", !a.note().isBlank() ? "commenting" : tags.isEmpty() ? "highlighting" : "tagging");
        if (a.created() != null) {
            node.put("created", ExportText.iso(a.created()));
        }
        if (a.modified() != null) {
            node.put("modified", ExportText.iso(a.modified()));
        }
        ArrayNode bodies = mapper.createArrayNode();
        if (!a.note().isBlank()) {
            bodies.add(body("commenting", a.note()).put("format", "text/markdown"));
        }
        tags.forEach(tag -> bodies.add(body("tagging", tag)));
        if (!bodies.isEmpty()) {
            node.set("body", bodies);
        }
        node.set("target", target(article, a, text));
        return node;
    }

    /** The article's file URI, or a Corridor URN with its id when the file is unknown. */
    static String source(ArticleNotes article) {
        if (article.path() != null && !article.path().isBlank()) {
            return Path.of(article.path()).toUri().toString();
        }
        return ARTICLE_URN + URLEncoder.encode(article.id(), StandardCharsets.UTF_8);
    }

    private ObjectNode body(String purpose, String value) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", value);
        return body;
    }

    private ObjectNode target(ArticleNotes article, Annotation a, String text) {
        ObjectNode target = mapper.createObjectNode();
        target.put("source", source(article));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", a.anchor().exact());
        quote.put("prefix", CodePoints.withoutBrokenEnds(a.anchor().prefix()));
        quote.put("suffix", CodePoints.withoutBrokenEnds(a.anchor().suffix()));
        if (text != null) {
            int start = QuoteFinder.find(text, a.anchor().exact(), a.anchor().prefix(), a.anchor().suffix(),
                    a.anchor().start());
            if (start >= 0) {
                ObjectNode position = selectors.addObject();
                position.put("type", "TextPositionSelector");
                position.put("start", CodePoints.fromUtf16(text, start));
                position.put("end", CodePoints.fromUtf16(text, start + a.anchor().exact().length()));
            }
        }
        return target;
    }
}
