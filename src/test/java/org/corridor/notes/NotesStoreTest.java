package org.corridor.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.corridor.common.AtomicFiles;
import org.corridor.corpus.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesStoreTest {

    @TempDir
    Path workspace;

    private final TestClock clock = new TestClock();
    private final AnnotationEdits edits = new AnnotationEdits(clock);
    private final CodebookEdits codebook = new CodebookEdits(clock);

    /** Opens the workspace, tags {@code count} passages in two articles with a note each, saves and closes. */
    private NotesSnapshot saveSome(int count) throws IOException {
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            UndoHistory history = new UndoHistory(store.notebook());
            history.perform(codebook.acceptStarter(store.notebook().snapshot()));
            String tag = store.notebook().snapshot().codebook().tags().get(0).id();
            Article[] articles = {Fixtures.article("b", Fixtures.TEXT), Fixtures.article("a", Fixtures.TEXT)};
            for (int i = 0; i < count; i++) {
                int start = (i * 7) % 100;
                history.perform(edits.tagPassage(store.notebook().snapshot(), articles[i % 2], start, start + 12,
                        List.of(tag), "note " + i + " — ünïcödé 🚢\r\nsecond line"));
                clock.advance(Duration.ofSeconds(3));
            }
            assertThat(store.save()).isTrue();
            return store.notebook().snapshot();
        }
    }

    /** A later session that changes the codebook only. */
    private void anotherSession() throws IOException {
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            NotesSnapshot s = store.notebook().snapshot();
            new UndoHistory(store.notebook()).perform(codebook.create(s, CodebookEdits.newTag(s.codebook(), "Extra", null)));
            assertThat(store.save()).isTrue();
        }
    }

    @Test
    void aMissingFileIsAnEmptyWorkspace() throws IOException {
        try (NotesStore store = NotesStore.open(workspace.resolve("new"), clock)) {
            assertThat(store.notebook().snapshot()).isEqualTo(NotesSnapshot.empty());
            assertThat(store.notices()).isEmpty();
            assertThat(store.notebook().isReadOnly()).isFalse();
        }
    }

    @Test
    void savedNotesComeBackExactlyWithTheirOffsets() throws IOException {
        NotesSnapshot saved = saveSome(6);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            assertThat(store.notices()).isEmpty();
            NotesSnapshot loaded = store.notebook().snapshot();
            assertThat(loaded.annotations()).containsExactlyInAnyOrderElementsOf(saved.annotations());
            assertThat(loaded.codebook().tags()).containsExactlyInAnyOrderElementsOf(saved.codebook().tags());
            assertThat(loaded.annotations().get(0).created().getOffset().getTotalSeconds()).isEqualTo(5 * 3600);
        }
        assertThat(NotesStore.readSnapshot(workspace).annotations()).hasSize(6);
    }

    @Test
    void theFileIsPrettyStablyOrderedAndValidAgainstThePublishedSchema() throws Exception {
        NotesSnapshot saved = saveSome(8);
        List<Annotation> shuffled = new ArrayList<>(saved.annotations());
        List<Tag> tags = new ArrayList<>(saved.codebook().tags());
        Collections.shuffle(shuffled, new Random(1));
        Collections.shuffle(tags, new Random(2));
        byte[] again = NotesFile.write(new NotesSnapshot(1, new Codebook(tags), shuffled));
        byte[] onDisk = Files.readAllBytes(workspace.resolve(NotesFile.NAME));
        assertThat(again).isEqualTo(onDisk);

        String json = new String(onDisk, StandardCharsets.UTF_8);
        assertThat(json).contains("\n  \"schemaVersion\" : 1").contains("🚢");
        assertThat(json.indexOf("\"articleId\" : \"a\"")).isLessThan(json.indexOf("\"articleId\" : \"b\""));
        assertThat(json.indexOf("\"Connectivity\"")).isLessThan(json.indexOf("\"Security\""));
        try (InputStream schema = Files.newInputStream(Path.of("docs/notes.schema.json"))) {
            var problems = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema)
                    .validate(json, InputFormat.JSON);
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void aNewerSchemaOpensReadOnlyAndIsNeverOverwritten() throws IOException {
        saveSome(2);
        Path file = workspace.resolve(NotesFile.NAME);
        String newer = Files.readString(file).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 7")
                .replace("\"annotations\" : [", "\"futureField\" : {\"x\" : 1},\n  \"annotations\" : [");
        Files.writeString(file, newer);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            assertThat(store.notebook().isReadOnly()).isTrue();
            assertThat(store.notebook().readOnlyReason()).contains("newer Corridor").contains("version 7");
            assertThat(store.notebook().snapshot().annotations()).hasSize(2);
            assertThat(store.save()).isFalse();
            UndoHistory history = new UndoHistory(store.notebook());
            String id = store.notebook().snapshot().annotations().get(0).id();
            assertThatThrownBy(() -> history.perform(edits.editNote(store.notebook().snapshot(), id, "x")))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(Files.readString(file)).isEqualTo(newer);
    }

    @Test
    void aFailedWriteKeepsThePreviousFileAndTheEditsAndTheRetrySucceeds() throws IOException {
        saveSome(2);
        Path file = workspace.resolve(NotesFile.NAME);
        byte[] before = Files.readAllBytes(file);
        boolean[] diskFull = {true};
        try (NotesStore store = NotesStore.open(workspace, clock, (target, bytes) -> {
            if (diskFull[0]) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.write(target, bytes);
        })) {
            UndoHistory history = new UndoHistory(store.notebook());
            String id = store.notebook().snapshot().annotations().get(0).id();
            history.perform(edits.editNote(store.notebook().snapshot(), id, "written while the disk was full"));
            assertThatThrownBy(store::save).hasMessageContaining("No space");
            assertThat(Files.readAllBytes(file)).isEqualTo(before);
            assertThat(store.hasUnsavedChanges()).isTrue();
            diskFull[0] = false;
            assertThat(store.save()).isTrue();
        }
        assertThat(Files.readString(file)).contains("written while the disk was full");
    }

    @Test
    void aReadOnlyFolderFailsTheSaveButKeepsFileAndEdits() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root can write anywhere");
        saveSome(1);
        Path file = workspace.resolve(NotesFile.NAME);
        byte[] before = Files.readAllBytes(file);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            UndoHistory history = new UndoHistory(store.notebook());
            String id = store.notebook().snapshot().annotations().get(0).id();
            history.perform(edits.editNote(store.notebook().snapshot(), id, "later"));
            Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("r-xr-xr-x"));
            try {
                assertThatThrownBy(store::save).isInstanceOf(IOException.class);
                assertThat(Files.readAllBytes(file)).isEqualTo(before);
                assertThat(store.hasUnsavedChanges()).isTrue();
            } finally {
                Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            assertThat(store.save()).isTrue();
        }
    }

    @Test
    void aSecondInstanceOpensReadOnlyUntilTheFirstCloses() throws IOException {
        saveSome(1);
        try (NotesStore first = NotesStore.open(workspace, clock)) {
            try (NotesStore second = NotesStore.open(workspace, clock)) {
                assertThat(second.notebook().isReadOnly()).isTrue();
                assertThat(second.notebook().readOnlyReason()).contains("open in another Corridor")
                        .contains(Long.toString(ProcessHandle.current().pid()));
                assertThat(second.notebook().snapshot().annotations()).hasSize(1);
            }
            assertThat(first.notebook().isReadOnly()).isFalse();
            WorkspaceRead read = NotesStore.read(workspace);
            assertThat(read.locked()).isTrue();
            assertThat(read.healthy()).isFalse();
        }
        try (NotesStore again = NotesStore.open(workspace, clock)) {
            assertThat(again.notebook().isReadOnly()).isFalse();
        }
    }

    @Test
    void backupsRotateAndKeepTheLastFew() throws IOException {
        saveSome(1);
        for (int i = 0; i < NotesBackups.KEEP + 4; i++) {
            try (NotesStore store = NotesStore.open(workspace, clock)) {
                UndoHistory history = new UndoHistory(store.notebook());
                String id = store.notebook().snapshot().annotations().get(0).id();
                history.perform(edits.editNote(store.notebook().snapshot(), id, "version " + i));
                store.save();
                clock.advance(NotesStore.BACKUP_INTERVAL);
                history.perform(edits.editNote(store.notebook().snapshot(), id, "version " + i + "b"));
                store.save();
            }
        }
        List<Path> backups = new NotesBackups(workspace).list();
        assertThat(backups).hasSize(NotesBackups.KEEP);
        assertThat(Files.readString(backups.get(backups.size() - 1))).contains("version " + (NotesBackups.KEEP + 3) + "\"");
    }
}
