package org.corridor.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What can be written can be read back: the same limits on the way in as on the way out. */
class NotesLimitsTest {

    @TempDir
    Path workspace;

    private final TestClock clock = new TestClock();
    private final AnnotationEdits edits = new AnnotationEdits(clock);
    private final CodebookEdits codebook = new CodebookEdits(clock);

    @Test
    void theLongestNoteAllowedIsSavedAndReadBackAndALongerOneIsRefusedWithAMessage() throws IOException {
        String longest = "x".repeat(NotesLimits.MAX_NOTE_CHARS);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            UndoHistory history = new UndoHistory(store.notebook());
            history.perform(edits.tagPassage(store.notebook().snapshot(), Fixtures.article(), 0, 10, List.of(), ""));
            String id = store.notebook().snapshot().annotations().get(0).id();
            assertThatThrownBy(() -> edits.editNote(store.notebook().snapshot(), id, longest + "y"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1,000,000 characters");
            history.perform(edits.editNote(store.notebook().snapshot(), id, longest));
            store.save();
        }
        WorkspaceRead read = NotesStore.read(workspace);
        assertThat(read.notices()).isEmpty();
        assertThat(read.snapshot().annotations().get(0).note()).hasSize(NotesLimits.MAX_NOTE_CHARS);
    }

    @Test
    void tagNamesWithLineBreaksOrControlCharactersOrTooLongAreRefused() {
        NotesSnapshot s = NotesSnapshot.empty();
        for (String name : List.of("two\nlines", "nul\u0000", "tab\tbed", "n".repeat(NotesLimits.MAX_TAG_NAME_CHARS + 1))) {
            assertThatThrownBy(() -> codebook.create(s, CodebookEdits.newTag(s.codebook(), name, null)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tag name");
        }
        NotesSnapshot one = codebook.create(s, CodebookEdits.newTag(s.codebook(), "fine", null)).execute(s);
        String id = one.codebook().tags().get(0).id();
        assertThatThrownBy(() -> codebook.rename(one, id, "bad\rname")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tagsNestOnlyAsDeepAsTheLimitAndADeeperFileOpensWithoutOverflowingTheStack() throws IOException {
        NotesSnapshot s = NotesSnapshot.empty();
        String parent = null;
        for (int depth = 1; depth <= NotesLimits.MAX_TAG_DEPTH; depth++) {
            Tag tag = CodebookEdits.newTag(s.codebook(), "level " + depth, parent);
            s = codebook.create(s, tag).execute(s);
            parent = tag.id();
        }
        NotesSnapshot full = s;
        String deepest = parent;
        assertThatThrownBy(() -> codebook.create(full, CodebookEdits.newTag(full.codebook(), "too deep", deepest)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(NotesLimits.MAX_TAG_DEPTH + " levels");
        Tag top = CodebookEdits.newTag(full.codebook(), "top", null);
        NotesSnapshot withTop = codebook.create(full, top).execute(full);
        String root = full.codebook().tags().get(0).id();
        assertThatThrownBy(() -> codebook.move(withTop, root, top.id())).isInstanceOf(IllegalArgumentException.class);

        List<Tag> chain = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            chain.add(new Tag("t" + i, "level " + i, i == 0 ? null : "t" + (i - 1), "#3e63dd", ""));
        }
        Files.createDirectories(workspace);
        Files.write(workspace.resolve(NotesFile.NAME), NotesFile.write(new NotesSnapshot(1, new Codebook(chain), List.of())));
        assertThat(NotesStore.read(workspace).snapshot().codebook().treeOrder()).hasSize(4000);
    }
}
