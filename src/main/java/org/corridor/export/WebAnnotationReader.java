package org.corridor.export;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.corridor.common.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads W3C Web Annotation JSON(-LD): one annotation, an array of them, an AnnotationCollection or
 * AnnotationPage with embedded items, or a Hypothesis-style result ({@code rows}, with {@code text},
 * {@code tags}, {@code uri} and {@code updated}). Tagging bodies become tags (a "Parent/Child" value becomes
 * a hierarchy), commenting bodies the note; the target's quote and position selectors the passage.
 */
public final class WebAnnotationReader {

    private WebAnnotationReader() {
    }

    public static ImportBatch read(byte[] json, String fileName) throws ExportException {
        JsonNode root;
        try {
            root = Json.compact().readTree(json);
        } catch (JacksonException e) {
            throw new ExportException("not valid JSON: " + e.getOriginalMessage());
        }
        Map<String, ImportBatch.Tag> tags = new LinkedHashMap<>();
        List<ImportBatch.Note> notes = new ArrayList<>();
        List<ImportReport.Unplaced> problems = new ArrayList<>();
        List<JsonNode> items = items(root);
        if (items.isEmpty()) {
            throw new ExportException("holds no annotations (expected an Annotation, an array, an "
                    + "AnnotationCollection or a Hypothesis-style \"rows\" list)");
        }
        for (JsonNode item : items) {
            if (!item.isObject()) {
                problems.add(new ImportReport.Unplaced(item.toString(), null, "not an annotation object"));
                continue;
            }
            note(item, tags, problems).ifPresent(notes::add);
        }
        return new ImportBatch(fileName, "webanno", List.copyOf(tags.values()), notes, problems);
    }

    private static List<JsonNode> items(JsonNode root) {
        List<JsonNode> items = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(items::add);
        } else if (root.isObject()) {
            String type = str(root, "type");
            if (root.has("rows") && root.get("rows").isArray()) {
                root.get("rows").forEach(items::add);
            } else if ("AnnotationCollection".equals(type)) {
                JsonNode first = root.path("first");
                (first.isObject() ? first.path("items") : root.path("items")).forEach(items::add);
            } else if ("AnnotationPage".equals(type)) {
                root.path("items").forEach(items::add);
            } else {
                items.add(root);
            }
        }
        return items;
    }

    private static Optional<ImportBatch.Note> note(JsonNode a, Map<String, ImportBatch.Tag> tags,
                                                              List<ImportReport.Unplaced> problems) {
        String id = str(a, "id");
        boolean tagging = "tagging".equals(str(a, "motivation"));
        List<String> notes = new ArrayList<>();
        List<String> tagKeys = new ArrayList<>();
        for (JsonNode body : list(a.path("body"))) {
            String value = body.isString() ? null : str(body, "value");
            if (value == null) {
                continue;
            }
            String purpose = str(body, "purpose");
            if ("tagging".equals(purpose) || (purpose == null && tagging)) {
                tagKeys.add(tag(value, tags));
            } else {
                notes.add(value);
            }
        }
        if (str(a, "bodyValue") != null) {
            notes.add(str(a, "bodyValue"));
        }
        if (str(a, "text") != null && !str(a, "text").isBlank()) {
            notes.add(str(a, "text"));
        }
        for (JsonNode tag : list(a.path("tags"))) {
            if (tag.isString() && !tag.asString().isBlank()) {
                tagKeys.add(tag(tag.asString(), tags));
            }
        }
        JsonNode target = target(a);
        List<String> sources = new ArrayList<>();
        if (target.isString()) {
            sources.add(target.asString());
        } else {
            addIfPresent(sources, str(target, "source"));
            addIfPresent(sources, str(target, "id"));
        }
        addIfPresent(sources, str(a, "uri"));
        String exact = null;
        String prefix = null;
        String suffix = null;
        int start = -1;
        int end = -1;
        for (JsonNode selector : list(target.path("selector"))) {
            String type = str(selector, "type");
            if ("TextQuoteSelector".equals(type)) {
                exact = str(selector, "exact");
                prefix = str(selector, "prefix");
                suffix = str(selector, "suffix");
            } else if ("TextPositionSelector".equals(type) && selector.path("start").canConvertToInt()
                    && selector.path("end").canConvertToInt()) {
                start = selector.get("start").asInt();
                end = selector.get("end").asInt();
            }
        }
        String label = exact != null ? exact : id != null ? id : "(annotation)";
        if (exact == null && start < 0) {
            problems.add(new ImportReport.Unplaced(label, sources.isEmpty() ? null : sources.get(0),
                    "the target has no TextQuoteSelector or TextPositionSelector"));
            return Optional.empty();
        }
        OffsetDateTime created = time(str(a, "created"));
        OffsetDateTime modified = time(str(a, "modified") != null ? str(a, "modified") : str(a, "updated"));
        return Optional.of(new ImportBatch.Note(id, sources, exact, prefix, suffix, start, end, false,
                tagKeys.stream().distinct().toList(), String.join("\n\n", notes), created, modified));
    }

    /** The first target with selectors, else the first target. */
    private static JsonNode target(JsonNode a) {
        List<JsonNode> targets = list(a.path("target"));
        return targets.stream().filter(t -> t.isObject() && t.has("selector")).findFirst()
                .orElse(targets.isEmpty() ? a.path("target") : targets.get(0));
    }

    /** Registers "A/B/C" as three nested tags keyed by their paths; returns the key of the last. */
    private static String tag(String path, Map<String, ImportBatch.Tag> tags) {
        String parent = null;
        StringBuilder key = new StringBuilder();
        for (String part : path.split("/")) {
            if (part.isBlank()) {
                continue;
            }
            key.append(key.isEmpty() ? "" : "/").append(part.strip());
            String k = key.toString();
            String p = parent;
            tags.computeIfAbsent(k, x -> new ImportBatch.Tag(k, part.strip(), p, null, ""));
            parent = k;
        }
        return parent == null ? tag("(empty tag)", tags) : parent;
    }

    private static List<JsonNode> list(JsonNode node) {
        List<JsonNode> out = new ArrayList<>();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(out::add);
        } else {
            out.add(node);
        }
        return out;
    }

    private static String str(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value)) {
            list.add(value);
        }
    }

    private static OffsetDateTime time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
