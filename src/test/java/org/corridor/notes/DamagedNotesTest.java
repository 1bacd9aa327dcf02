package org.corridor.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.common.Json;
import org.corridor.corpus.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Notes that cannot be read, or not all of them: nothing is set aside, replaced or written until the user
 * chooses a repair, every open says so, and a repair keeps the original bytes.
 */
class DamagedNotesTest {

    @TempDir
    Path workspace;

    private final TestClock clock = new TestClock();
    private final AnnotationEdits edits = new AnnotationEdits(clock);
    private final CodebookEdits codebook = new CodebookEdits(clock);

    private Path file() {
        return workspace.resolve(NotesFile.NAME);
    }

    /** Saves {@code count} tagged passages in one session (no backup yet) and returns what was saved. */
    private NotesSnapshot saveSome(int count) throws IOException {
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            UndoHistory history = new UndoHistory(store.notebook());
            history.perform(codebook.acceptStarter(store.notebook().snapshot()));
            String tag = store.notebook().snapshot().codebook().tags().get(0).id();
            Article article = Fixtures.article();
            for (int i = 0; i < count; i++) {
                history.perform(edits.tagPassage(store.notebook().snapshot(), article, i * 5, i * 5 + 12,
                        List.of(tag), "note " + i));
                clock.advance(Duration.ofSeconds(1));
            }
            store.save();
            return store.notebook().snapshot();
        }
    }

    /** A later session that adds one note; its first save backs up the file as it was. */
    private void addOneMore() throws IOException {
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            new UndoHistory(store.notebook()).perform(edits.tagPassage(store.notebook().snapshot(),
                    Fixtures.article(), 150, 160, List.of(), "later"));
            store.save();
        }
        clock.advance(Duration.ofMinutes(11));
    }

    private List<String> workspaceFiles() throws IOException {
        try (Stream<Path> files = Files.list(workspace)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void oneBadAnnotationLoadsTheRestListsItAndWritesNothingUntilTheUserChooses() throws IOException {
        NotesSnapshot saved = saveSome(8);
        String badId = saved.annotations().get(3).id();
        ObjectNode root = (ObjectNode) Json.pretty().readTree(Files.readString(file()));
        for (JsonNode a : root.get("annotations").values()) {
            if (a.get("id").asString().equals(badId)) {
                ((ObjectNode) a.get("anchor")).put("end", -1);
            }
        }
        String damaged = Json.pretty().writeValueAsString(root);
        Files.writeString(file(), damaged);
        List<String> before = workspaceFiles();

        for (int open = 0; open < 2; open++) {
            try (NotesStore store = NotesStore.open(workspace, clock)) {
                assertThat(store.notebook().snapshot().annotations()).hasSize(7)
                        .noneMatch(a -> a.id().equals(badId));
                assertThat(store.notebook().isReadOnly()).isTrue();
                NotesDamage damage = store.damage().orElseThrow();
                assertThat(damage.unreadable()).singleElement().asString().contains(badId);
                assertThat(String.join("\n", store.notices())).contains(badId).contains("salvage")
                        .contains("restore").contains("start empty");
                assertThat(store.save()).isFalse();
            }
            WorkspaceRead read = NotesStore.read(workspace);
            assertThat(read.healthy()).isFalse();
            assertThat(read.snapshot().annotations()).hasSize(7);
            assertThat(String.join("\n", read.notices())).contains(badId);
        }
        assertThat(Files.readString(file())).isEqualTo(damaged);
        assertThat(workspaceFiles()).isEqualTo(before);
    }

    @Test
    void aTruncatedOrEmptyFileIsNeverSetAsideNorReplacedByABackup() throws IOException {
        saveSome(6);
        addOneMore();
        byte[] whole = Files.readAllBytes(file());
        for (int cut : new int[] {0, 1, whole.length / 2, whole.length - 3}) {
            byte[] damaged = Arrays.copyOf(whole, cut);
            Files.write(file(), damaged);
            try (NotesStore store = NotesStore.open(workspace, clock)) {
                assertThat(store.notebook().isReadOnly()).isTrue();
                assertThat(store.damage()).isPresent();
                assertThat(store.damage().get().backups()).isNotEmpty();
                assertThat(store.save()).isFalse();
            }
            assertThat(NotesStore.read(workspace).healthy()).isFalse();
            assertThat(Files.readAllBytes(file())).isEqualTo(damaged);
            assertThat(workspaceFiles()).noneMatch(n -> n.startsWith("notes.json."));
        }
    }

    @Test
    void salvageKeepsTheOriginalBytesAndWritesWhatCanBeRead() throws IOException {
        saveSome(8);
        byte[] whole = Files.readAllBytes(file());
        byte[] truncated = Arrays.copyOf(whole, whole.length * 2 / 3);
        Files.write(file(), truncated);
        NotesStore repaired;
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            int salvageable = store.damage().orElseThrow().salvageable().annotations().size();
            assertThat(salvageable).isBetween(1, 7);
            repaired = store.repair(NotesRepair.salvage());
            assertThat(repaired.notebook().isReadOnly()).isFalse();
            assertThat(repaired.damage()).isEmpty();
            assertThat(repaired.notebook().snapshot().annotations()).hasSize(salvageable);
            repaired.close();
        }
        assertThat(NotesStore.read(workspace).healthy()).isTrue();
        Path original = originals().get(0);
        assertThat(Files.readAllBytes(original)).isEqualTo(truncated);
    }

    @Test
    void restoringANamedBackupOrStartingEmptyIsTheUsersChoiceAndKeepsTheOriginal() throws IOException {
        saveSome(3);
        addOneMore();
        Files.writeString(file(), "{ broken");
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            Path backup = store.damage().orElseThrow().backups().get(0);
            try (NotesStore restored = store.repair(NotesRepair.restore(backup))) {
                assertThat(restored.notebook().snapshot().annotations()).hasSize(3);
                assertThat(restored.notebook().isReadOnly()).isFalse();
            }
        }
        assertThat(NotesStore.read(workspace).snapshot().annotations()).hasSize(3);
        Files.writeString(file(), "");
        clock.advance(Duration.ofSeconds(5));
        try (NotesStore store = NotesStore.open(workspace, clock);
             NotesStore empty = store.repair(NotesRepair.startEmpty())) {
            assertThat(empty.notebook().snapshot().annotations()).isEmpty();
        }
        assertThat(NotesStore.read(workspace).healthy()).isTrue();
        assertThat(originals()).extracting(p -> Files.readString(p)).containsExactly("{ broken", "");
    }

    @Test
    void aMissingFileBesideBackupsIsNotReplacedSilently() throws IOException {
        saveSome(2);
        addOneMore();
        Files.delete(file());
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            assertThat(store.notebook().isReadOnly()).isTrue();
            assertThat(store.damage().orElseThrow().reason()).contains("missing");
            assertThat(store.save()).isFalse();
        }
        assertThat(file()).doesNotExist();
    }

    @Test
    void aNewerFormatWithAnotherShapeOpensReadOnlyAndSaysWhichVersionIsNeeded() throws IOException {
        Files.createDirectories(workspace);
        String v2 = "{ \"schemaVersion\" : 2, \"annotations\" : { \"byArticle\" : { } }, \"tags\" : [ ] }\n";
        String odd = "{ \"schemaVersion\" : \"1.5\", \"annotations\" : [ ], \"codebook\" : { \"tags\" : [ ] } }\n";
        for (String content : List.of(v2, odd)) {
            Files.writeString(file(), content);
            try (NotesStore store = NotesStore.open(workspace, clock)) {
                assertThat(store.damage()).isEmpty();
                assertThat(store.notebook().isReadOnly()).isTrue();
                assertThat(store.notebook().readOnlyReason()).contains(content == v2 ? "version 2" : "version 1.5");
                assertThat(store.save()).isFalse();
            }
            assertThat(NotesStore.read(workspace).notices()).isNotEmpty();
            assertThat(Files.readString(file())).isEqualTo(content);
            assertThat(workspaceFiles()).containsExactly(".corridor.lock", NotesFile.NAME);
        }
    }

    @Test
    void duplicateIdsAreKeptUnderNewIdsReportedAndSurviveTheNextWrite() throws IOException {
        NotesSnapshot saved = saveSome(2);
        Annotation a = saved.annotations().get(0);
        Annotation twin = new Annotation(a.id(), a.articleId(), a.articleTitle(), a.articlePath(), a.fingerprint(),
                List.of(), "the twin", a.created(), a.modified(), TextAnchor.of(Fixtures.TEXT, 100, 120));
        Tag tag = saved.codebook().tags().get(0);
        Tag tagTwin = new Tag(tag.id(), "Twin tag", null, "#3e63dd", "");
        int tags = saved.codebook().tags().size() + 1;
        ObjectNode root = (ObjectNode) Json.pretty().readTree(Files.readString(file()));
        ((ArrayNode) root.get("annotations")).addPOJO(twin);
        ((ArrayNode) root.get("codebook").get("tags")).addPOJO(tagTwin);
        byte[] bytes = Json.pretty().writeValueAsBytes(root);
        Files.write(file(), bytes);

        try (NotesStore store = NotesStore.open(workspace, clock)) {
            assertThat(store.notebook().isReadOnly()).isFalse();
            NotesSnapshot s = store.notebook().snapshot();
            assertThat(s.annotations()).hasSize(3).extracting(Annotation::id).doesNotHaveDuplicates();
            assertThat(s.codebook().tags()).hasSize(tags).extracting(Tag::id).doesNotHaveDuplicates();
            assertThat(String.join("\n", store.notices())).contains("duplicate").contains(a.id()).contains(tag.id());
            String other = s.annotations().stream().filter(x -> x.note().equals("note 1")).findFirst().orElseThrow().id();
            new UndoHistory(store.notebook()).perform(edits.editNote(s, other, "unrelated edit"));
            assertThat(store.save()).isTrue();
        }
        NotesSnapshot after = NotesStore.read(workspace).snapshot();
        assertThat(after.annotations()).extracting(Annotation::note)
                .containsExactlyInAnyOrder("note 0", "unrelated edit", "the twin");
        assertThat(after.codebook().tags()).extracting(Tag::name).contains("Twin tag", tag.name());
        assertThat(Files.readAllBytes(originals().get(0))).isEqualTo(bytes);
    }

    @Test
    void leftoverTemporaryFilesOfAKilledSaveAreRemovedOnOpen() throws IOException {
        saveSome(1);
        Path leftover = workspace.resolve(".notes.json.12345.tmp");
        Files.write(leftover, new byte[4096]);
        Path unrelated = workspace.resolve(".other.tmp");
        Files.write(unrelated, new byte[1]);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            assertThat(store.notebook().snapshot().annotations()).hasSize(1);
        }
        assertThat(leftover).doesNotExist();
        assertThat(unrelated).exists();
    }

    private List<Path> originals() throws IOException {
        try (Stream<Path> files = Files.list(workspace)) {
            return files.filter(p -> p.getFileName().toString().startsWith(NotesFile.NAME + ".original-")).sorted()
                    .toList();
        }
    }
}
