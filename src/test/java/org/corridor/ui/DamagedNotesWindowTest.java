package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import org.corridor.common.Json;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesFile;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.NotesStore;
import org.corridor.notes.TextAnchor;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** A notes file with one unreadable annotation, as the window meets it: told, offered the repairs, nothing written. */
class DamagedNotesWindowTest extends CorridorUiTest {

    private static final String TEXT = "The corridor's first phase focused on energy and roads, the second on industry.";
    private String damaged;

    @Override
    protected void beforeOpen() throws Exception {
        List<Annotation> notes = new ArrayList<>();
        OffsetDateTime at = OffsetDateTime.parse("2026-03-01T14:00:00+05:00");
        for (int i = 0; i < 3; i++) {
            notes.add(new Annotation("note-" + i, "gone", "Gone", "/gone.txt", "f", List.of(), "note " + i, at, at,
                    TextAnchor.of(TEXT, i * 10, i * 10 + 8)));
        }
        ObjectNode root = (ObjectNode) Json.pretty().readTree(NotesFile.write(new NotesSnapshot(1, Codebook.EMPTY, notes)));
        ((ObjectNode) root.get("annotations").get(1).get("anchor")).put("end", -1);
        damaged = Json.pretty().writeValueAsString(root);
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve(NotesFile.NAME), damaged);
    }

    private DialogPane dialog() {
        return lookup("#notes-damage-dialog").queryAs(DialogPane.class);
    }

    private Button button(String text) {
        return dialog().getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst()
                .map(b -> (Button) dialog().lookupButton(b)).orElseThrow();
    }

    @Test
    void theWindowSaysTheNotesCannotBeReadOffersTheRepairsAndWritesNothingUntilOneIsChosen() throws Exception {
        assertThat(dialog().getHeaderText()).contains("cannot be read");
        assertThat(lookup("#notes-damage-details").queryAs(TextArea.class).getText()).contains("note-1")
                .contains("ends (-1) before it starts");
        assertThat(button("Restore backup").isDisabled()).isTrue(); // this workspace has no backups yet
        assertThat(button("Salvage").isDisabled()).isFalse();
        assertThat(button("Start empty").isDisabled()).isFalse();
        assertThat(window.notes().session().editableProperty().get()).isFalse();
        assertThat(window.notes().session().snapshot().annotations()).extracting(Annotation::id)
                .containsExactly("note-0", "note-2");
        assertThat(Files.readString(workspace.resolve(NotesFile.NAME))).isEqualTo(damaged);

        clickOn(button("Salvage"));

        assertThat(lookup("#notes-damage-dialog").tryQuery()).isEmpty();
        assertThat(window.notes().session().editableProperty().get()).isTrue();
        assertThat(NotesStore.read(workspace).damage()).isNull();
        assertThat(NotesStore.read(workspace).snapshot().annotations()).hasSize(2);
        assertThat(originals()).singleElement().satisfies(p -> assertThat(Files.readString(p)).isEqualTo(damaged));
    }

    @Test
    void decidingLaterKeepsTheNotesReadOnlyAndTheNextStartAsksAgain() throws Exception {
        clickOn(button("Later"));
        assertThat(window.notes().session().editableProperty().get()).isFalse();
        assertThat(Files.readString(workspace.resolve(NotesFile.NAME))).isEqualTo(damaged);
        assertThat(originals()).isEmpty();

        restart();

        assertThat(lookup("#notes-damage-dialog").tryQuery()).isPresent();
        assertThat(window.notes().session().editableProperty().get()).isFalse();
        Node details = lookup("#notes-damage-details").query();
        assertThat(((TextArea) details).getText()).contains("note-1");
    }

    @Test
    void afterLaterTheStatusBarKeepsSayingAndTheMenuAndTheWarningOfferTheRepairsAgain() {
        clickOn(button("Later"));
        assertThat(lookup("#notes-damage-dialog").tryQuery()).isEmpty();
        assertThat(lookup("#status-notes-warning").queryLabeled().getText()).isEqualTo("Notes cannot be read: repair…");

        // the click path of every menu item is EveryActionWindowTest's; here the item itself is fired
        MenuItem check = lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "menu-check-notes".equals(i.getId()))
                .findFirst().orElseThrow();
        interact(check::fire);
        assertThat(dialog().getHeaderText()).contains("cannot be read");
        clickOn(button("Later"));

        clickOn("#status-notes-warning");
        clickOn(button("Salvage"));
        assertThat(window.notes().session().editableProperty().get()).isTrue();
        assertThat(lookup("#status-notes-warning").queryLabeled().isVisible()).isFalse();
    }

    private List<Path> originals() throws Exception {
        try (Stream<Path> files = Files.list(workspace)) {
            return files.filter(p -> p.getFileName().toString().startsWith(NotesFile.NAME + ".original-")).toList();
        }
    }
}
