package org.corridor.notes;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import org.corridor.common.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The notes file's bytes: one JSON document (see {@code docs/notes-format.md}) holding the codebook and the
 * annotations, pretty-printed with keys sorted and entries in a stable order, so two saves diff cleanly.
 */
public final class NotesFile {

    public static final String NAME = "notes.json";

    /** Keeps the offset the user's clock had when a note was written, rather than converting it to UTC. */
    private static final JsonMapper MAPPER = Json.pretty().rebuild()
            .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .build();

    private static final Comparator<Annotation> ORDER = Comparator.comparing(Annotation::articleId)
            .thenComparingInt(a -> a.anchor().start())
            .thenComparing(Annotation::id);

    /** What a file holds, and whether it was written by a newer Corridor than this one. */
    public record Parsed(NotesSnapshot snapshot, boolean newerSchema) {
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
     * Reads and checks a file's bytes.
     *
     * @throws DamagedNotesException when they are not a complete, well-formed notes document
     */
    public static Parsed parse(byte[] bytes) throws DamagedNotesException {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || !root.isObject()) {
                throw new DamagedNotesException("not a JSON object");
            }
            JsonNode version = root.get("schemaVersion");
            if (version == null || !version.isInt() || version.intValue() < 1) {
                throw new DamagedNotesException("no valid schemaVersion");
            }
            NotesSnapshot s = MAPPER.treeToValue(root, NotesSnapshot.class);
            check(s);
            return new Parsed(s, s.schemaVersion() > NotesSnapshot.CURRENT_SCHEMA);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new DamagedNotesException(DamagedNotesException.originalMessage(e));
        }
    }

    private static void check(NotesSnapshot s) throws DamagedNotesException {
        if (s.codebook() == null || s.annotations() == null) {
            throw new DamagedNotesException("codebook or annotations missing");
        }
        for (Tag t : s.codebook().tags()) {
            if (t.id() == null || t.name() == null) {
                throw new DamagedNotesException("a tag without id or name");
            }
        }
        for (Annotation a : s.annotations()) {
            TextAnchor anchor = a.anchor();
            if (a.id() == null || a.articleId() == null || anchor == null || anchor.exact() == null
                    || anchor.start() < 0 || anchor.end() < anchor.start()) {
                throw new DamagedNotesException("annotation " + a.id() + " is incomplete");
            }
        }
    }
}
