package org.corridor.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comparison as JSON-ready maps in a stable key order, as the {@code compare} command prints it.
 * Spans are UTF-16 offsets into each article's full text (date line included), end exclusive, as in
 * {@code annotate}'s output, so {@code text == fileText.substring(start, end)}.
 */
public final class ComparisonJson {

    private ComparisonJson() {
    }

    public static Map<String, Object> of(Comparison c, String textA, String textB) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("a", article(c.a()));
        json.put("b", article(c.b()));
        json.put("similarity", round(c.similarity()));
        json.put("daysBetween", c.daysBetween());
        Map<String, Object> entities = new LinkedHashMap<>();
        for (CategoryOverlap o : c.entities()) {
            Map<String, Object> columns = new LinkedHashMap<>();
            columns.put("both", entities(o.both()));
            columns.put("onlyA", entities(o.onlyA()));
            columns.put("onlyB", entities(o.onlyB()));
            entities.put(o.category().json(), columns);
        }
        json.put("entities", entities);
        List<Object> groups = new ArrayList<>();
        for (GroupOverlap g : c.groups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("group", g.group());
            group.put("membersA", g.membersA());
            group.put("membersB", g.membersB());
            groups.add(group);
        }
        json.put("groups", groups);
        List<Object> phrases = new ArrayList<>();
        for (SharedPhrase p : c.sharedPhrases()) {
            Map<String, Object> phrase = new LinkedHashMap<>();
            phrase.put("text", p.text());
            phrase.put("words", p.words());
            phrase.put("corpusFrequency", p.corpusFrequency() == PhraseFrequency.UNKNOWN ? null : p.corpusFrequency());
            phrase.put("inA", spans(p.inA()));
            phrase.put("inB", spans(p.inB()));
            phrases.add(phrase);
        }
        json.put("sharedPhrases", phrases);
        List<Object> sentences = new ArrayList<>();
        for (AlignedSentence s : c.alignedSentences()) {
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("inA", span(s.inA()));
            pair.put("inB", span(s.inB()));
            pair.put("score", round(s.score()));
            pair.put("textA", s.inA().of(textA));
            pair.put("textB", s.inB().of(textB));
            sentences.add(pair);
        }
        json.put("alignedSentences", sentences);
        return json;
    }

    private static Map<String, Object> article(ComparedArticle a) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("title", a.title());
        json.put("date", a.date() == null ? null : a.date().toString());
        json.put("source", a.source());
        json.put("sentences", a.sentences());
        json.put("words", a.words());
        return json;
    }

    private static List<Object> entities(List<EntityCount> list) {
        List<Object> out = new ArrayList<>();
        for (EntityCount e : list) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("entity", e.key());
            json.put("label", e.label());
            json.put("kind", e.kind());
            json.put("countA", e.countA());
            json.put("countB", e.countB());
            out.add(json);
        }
        return out;
    }

    private static List<Object> spans(List<Span> spans) {
        return new ArrayList<>(spans.stream().map(ComparisonJson::span).toList());
    }

    private static Map<String, Object> span(Span s) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", s.start());
        json.put("end", s.end());
        return json;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
