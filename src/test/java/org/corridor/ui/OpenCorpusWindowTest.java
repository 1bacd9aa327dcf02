package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.settings.AppDirs;
import org.corridor.settings.Settings;
import org.corridor.settings.SettingsStore;
import org.corridor.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;

/**
 * File ▸ Open corpus… gives the other folder its own workspace (notes, catalog cache, index), so switching back
 * and forth never rebuilds either; and the next start without arguments comes back to it.
 */
class OpenCorpusWindowTest extends CorridorUiTest {

    private Path other;

    @Override
    protected String workspaceArg() {
        return null; // the seeds' default workspace, as a user who starts Corridor without arguments has
    }

    @Override
    protected void beforeOpen() throws Exception {
        other = Files.createDirectories(home.resolve("project"));
        Files.writeString(other.resolve("gwadar.txt"), " date 2024-05-02 Gwadar airport opens\n\nThe new airport opened.");
    }

    @Test
    void anotherFolderOpensWithItsOwnWorkspaceAndIsRememberedForTheNextStart() throws Exception {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        Path seedsWorkspace = window.notes().workspace();
        assertThat(seedsWorkspace).isEqualTo(dirs.defaultWorkspace(corpusDir()));

        MainWindow[] opened = new MainWindow[1];
        interact(() -> opened[0] = window.openCorpus(other));
        window = opened[0];
        stage = (javafx.stage.Stage) window.readerView().getScene().getWindow();

        assertThat(window.notes().workspace()).isEqualTo(dirs.defaultWorkspace(other.toAbsolutePath().normalize()))
                .isNotEqualTo(seedsWorkspace);
        assertThat(window.libraryView().table().getItems()).singleElement()
                .satisfies(a -> assertThat(a.title()).isEqualTo("Gwadar airport opens"));
        interact(() -> stage.close()); // saves the settings
        Settings saved = new SettingsStore(dirs.settingsFile()).load();
        assertThat(saved.lastCorpus).isEqualTo(other.toAbsolutePath().normalize().toString());
        assertThat(saved.lastWorkspace).isEqualTo(window.notes().workspace().toString());
    }
}
