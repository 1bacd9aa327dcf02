package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import org.corridor.notes.NotesFile;
import org.corridor.notes.Placement;
import org.corridor.notes.TaggedSeeds;
import org.corridor.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;

/**
 * File ▸ Open workspace… opens the same corpus with another workspace's notes, corrections and index, in a
 * window of its own; the first one's notes are saved as it closes.
 */
class OpenWorkspaceWindowTest extends CorridorUiTest {

    private static final String ARTICLE = "000_1b5463ecf60b4d06";
    private Path other;

    @Override
    protected void beforeOpen() throws Exception {
        TaggedSeeds.tag(workspace, ARTICLE, "Diplomacy", "Foreign Secretary Amna Baloch led the Pakistan delegation");
        other = home.resolve("other-project");
        TaggedSeeds.tag(other, ARTICLE, "Energy", "high-quality development of China Pakistan Economic Corridor 2.0");
    }

    @SuppressWarnings("unchecked")
    private static ListView<Placement> notesList(MainWindow w) {
        return (ListView<Placement>) w.readerView().getScene().lookup("#notes-list");
    }

    @Test
    void theOtherWorkspacesNotesIndexAndCorrectionsComeWithIt() throws Exception {
        MainWindow first = window;
        interact(() -> window.libraryView().table().getSelectionModel().select(0));

        MainWindow[] opened = new MainWindow[1];
        interact(() -> opened[0] = window.openWorkspace(other));
        window = opened[0];
        stage = (javafx.stage.Stage) window.readerView().getScene().getWindow(); // closed after the test
        interact(() -> window.libraryView().table().getSelectionModel().select(0));

        assertThat(window).isNotSameAs(first);
        assertThat(first.readerView().getScene().getWindow().isShowing()).isFalse();
        assertThat(window.notes().workspace()).isEqualTo(other.toAbsolutePath().normalize());
        assertThat(notesList(window).getItems()).singleElement()
                .satisfies(p -> assertThat(p.annotation().anchor().exact()).startsWith("high-quality development"));
        assertThat(Files.isDirectory(other.resolve("index"))).as("the other workspace's own search index").isTrue();
        assertThat(Files.readString(workspace.resolve(NotesFile.NAME))).contains("Amna Baloch");
    }
}
