package org.corridor.notes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.common.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notes file's bytes: one JSON document (see {@code docs/notes-format.md}) holding the codebook and the
 * annotations, pretty-printed with keys sorted and entries in a stable order, so two saves diff cleanly.
 * Reading is per entry: one bad tag or annotation is listed, not a reason to reject the rest.
 */
public final class NotesFile {

    public static final String NAME = "notes.json";

    /** Keeps the offset the user's clock had when a note was written, rather than converting it to UTC. */
    private static final JsonMapper MAPPER = Json.pretty(JsonFactory.builder()
                    .streamReadConstraints(NotesLimits.READING).build())
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private static final Comparator<Annotation> ORDER = Comparator.comparing(Annotation::articleId)
            .thenComparingInt(a -> a.anchor().start())
            .thenComparing(Annotation::id);

    /**
     * What a file holds.
     *
     * @param newerVersion the file's format version when this Corridor cannot write it (a higher or a non-integer
     *                     {@code schemaVersion}), else null; the snapshot is then what could be understood of it
     * @param unreadable   the entries that could not be read and are not in the snapshot, in words
     * @param renumbered   the entries that shared an id with an earlier one and were given a new id, in words
     */
    public record Parsed(NotesSnapshot snapshot, String newerVersion, List<String> unreadable, List<String> renumbered) {

        public Parsed {
            unreadable = List.copyOf(unreadable);
            renumbered = List.copyOf(renumbered);
        }

        public boolean newerSchema() {
            return newerVersion != null;
        }
    }

    private NotesFile() {
    }

    /** The snapshot in its stable order: tags in tree order, annotations by article, position and id. */
    public static NotesSnapshot canonical(NotesSnapshot s) {
        List<Annotation> sorted = s.annotations().stream().sorted(ORDER).toList();
        return new NotesSnapshot(s.schemaVersion(), new Codebook(s.codebook().treeOrder()), sorted);
    }

    public static byte[] write(NotesSnapshot s) {
        String json = MAPPER.writeValueAsString(canonical(s)) + "\n";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads a file's bytes, entry by entry.
     *
     * @throws DamagedNotesException when they are not a notes document at all (not JSON, cut short, empty,
     *                               without a valid version, codebook or annotations)
     */
    public static Parsed parse(byte[] bytes) throws DamagedNotesException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JacksonException e) {
            throw new DamagedNotesException(DamagedNotesException.originalMessage(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new DamagedNotesException("the file is empty");
        }
        if (!root.isObject()) {
            throw new DamagedNotesException("not a JSON object");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || version.isNull()) {
            throw new DamagedNotesException("no schemaVersion");
        }
        if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            return newer(root, version.isString() ? version.asString() : version.toString());
        }
        int v = version.intValue();
        if (v < 1) {
            throw new DamagedNotesException("schemaVersion " + v + " is not a version");
        }
        if (v > NotesSnapshot.CURRENT_SCHEMA) {
            return newer(root, Integer.toString(v));
        }
        JsonNode tags = root.path("codebook").path("tags");
        JsonNode annotations = root.path("annotations");
        if (!tags.isArray() || !annotations.isArray()) {
            throw new DamagedNotesException("codebook or annotations missing");
        }
        return entries(v, tags.values(), annotations.values());
    }

    /**
     * What can still be read from bytes that {@link #parse} rejects: every tag and annotation that is complete
     * before the point where the file breaks off or stops being JSON. Never fails; may be empty.
     */
    public static NotesSnapshot salvage(byte[] bytes) {
        List<JsonNode> tags = new ArrayList<>();
        List<JsonNode> annotations = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(bytes)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                collect(parser, "", tags, annotations);
            }
        } catch (JacksonException e) {
            // the file breaks off here: keep what was complete before
        }
        return entries(NotesSnapshot.CURRENT_SCHEMA, tags, annotations).snapshot();
    }

    /** Walks an object's properties, keeping the entries of {@code /codebook/tags} and {@code /annotations}. */
    private static void collect(JsonParser parser, String path, List<JsonNode> tags, List<JsonNode> annotations) {
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String here = path + "/" + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_ARRAY && here.equals("/annotations")) {
                collectArray(parser, annotations);
            } else if (value == JsonToken.START_ARRAY && here.equals("/codebook/tags")) {
                collectArray(parser, tags);
            } else if (value == JsonToken.START_OBJECT && here.equals("/codebook")) {
                collect(parser, here, tags, annotations);
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void collectArray(JsonParser parser, List<JsonNode> into) {
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            into.add(parser.readValueAsTree());
        }
    }

    private static Parsed newer(JsonNode root, String version) {
        NotesSnapshot understood;
        try {
            understood = MAPPER.treeToValue(root, NotesSnapshot.class);
            check(understood);
        } catch (JacksonException | IllegalArgumentException | NullPointerException | DamagedNotesException e) {
            understood = NotesSnapshot.empty(); // another shape: nothing this version can show
        }
        return new Parsed(understood, version, List.of(), List.of());
    }

    private static void check(NotesSnapshot s) throws DamagedNotesException {
        if (s.codebook() == null || s.annotations() == null) {
            throw new DamagedNotesException("codebook or annotations missing");
        }
        for (Tag t : s.codebook().tags()) {
            checkTag(t);
        }
        for (Annotation a : s.annotations()) {
            checkAnnotation(a);
        }
    }

    /** Reads each entry on its own, listing the ones that cannot be read and giving repeated ids new ones. */
    private static Parsed entries(int version, Iterable<JsonNode> tagNodes, Iterable<JsonNode> annotationNodes) {
        List<String> unreadable = new ArrayList<>();
        List<String> renumbered = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
        Set<String> tagIds = new HashSet<>();
        int n = 0;
        for (JsonNode node : tagNodes) {
            n++;
            try {
                Tag t = MAPPER.treeToValue(node, Tag.class);
                checkTag(t);
                if (!tagIds.add(t.id())) {
                    Tag again = new Tag(UUID.randomUUID().toString(), t.name(), t.parentId(), t.color(), t.description());
                    renumbered.add("tag " + t.id() + " (" + t.name() + ") appears twice; the second one now has id "
                            + again.id());
                    tagIds.add(again.id());
                    t = again;
                }
                tags.add(t);
            } catch (JacksonException | IllegalArgumentException | NullPointerException | DamagedNotesException e) {
                unreadable.add("tag " + n + label(node) + ": " + DamagedNotesException.originalMessage(e));
            }
        }
        List<Annotation> annotations = new ArrayList<>();
        Set<String> annotationIds = new HashSet<>();
        n = 0;
        for (JsonNode node : annotationNodes) {
            n++;
            try {
                Annotation a = MAPPER.treeToValue(node, Annotation.class);
                checkAnnotation(a);
                if (!annotationIds.add(a.id())) {
                    Annotation again = new Annotation(UUID.randomUUID().toString(), a.articleId(), a.articleTitle(),
                            a.articlePath(), a.fingerprint(), a.tagIds(), a.note(), a.created(), a.modified(), a.anchor());
                    renumbered.add("annotation " + a.id() + " appears twice; the second one now has id " + again.id());
                    annotationIds.add(again.id());
                    a = again;
                }
                annotations.add(a);
            } catch (JacksonException | IllegalArgumentException | NullPointerException | DamagedNotesException e) {
                unreadable.add("annotation " + n + label(node) + ": " + DamagedNotesException.originalMessage(e));
            }
        }
        return new Parsed(new NotesSnapshot(version, new Codebook(tags), annotations), null, unreadable, renumbered);
    }

    /** " (id …)" when the entry has a readable id, so the user can find it in the file. */
    private static String label(JsonNode node) {
        JsonNode id = node.get("id");
        return id != null && id.isString() ? " (id " + id.asString() + ")" : "";
    }

    private static void checkTag(Tag t) throws DamagedNotesException {
        if (t == null || t.id() == null || t.name() == null) {
            throw new DamagedNotesException("no id or name");
        }
    }

    private static void checkAnnotation(Annotation a) throws DamagedNotesException {
        if (a == null || a.id() == null || a.articleId() == null || a.anchor() == null || a.anchor().exact() == null) {
            throw new DamagedNotesException("id, articleId or anchor missing");
        }
        if (a.anchor().start() < 0 || a.anchor().end() < a.anchor().start()) {
            throw new DamagedNotesException("its passage ends (" + a.anchor().end() + ") before it starts ("
                    + a.anchor().start() + ")");
        }
    }
}
