package org.corridor.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.corridor.app.Composition;
import org.corridor.search.SearchHit;
import org.corridor.settings.AppDirs;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.FileDialogs;
import org.corridor.ui.shell.MainWindow;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Base of the headless UI tests: opens the real window (Monocle, no display) on a corpus, with its own
 * settings and data folders in a temporary directory, and a same-thread {@link Background} so that loading,
 * reading and saving happen in order without sleeps.
 */
public abstract class CorridorUiTest extends ApplicationTest {

    protected Stage stage;
    protected MainWindow window;
    protected Path home;
    protected Path workspace;

    /** The corpus to open; the bundled seeds unless a test overrides it. */
    protected Path corpusDir() {
        return Path.of("seeds").toAbsolutePath();
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("corridor-ui-");
        workspace = home.resolve("workspace");
        beforeOpen();
        open(stage);
    }

    /** A copy of the bundled seeds in {@link #home}, made on first use, for a test that changes the corpus. */
    protected Path seedsCopy() {
        Path copy = home.resolve("seeds");
        if (Files.notExists(copy)) {
            try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
                Files.createDirectories(copy);
                for (Path seed : seeds.toList()) {
                    Files.copy(seed, copy.resolve(seed.getFileName()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copy;
    }

    /** The {@code --workspace} the window opens with; null opens the corpus's default workspace. */
    protected String workspaceArg() {
        return workspace.toString();
    }

    /** Runs after {@link #home} and {@link #workspace} are chosen, before the window opens: a place to seed files. */
    protected void beforeOpen() throws Exception {
        // nothing to seed by default
    }

    /** The file and folder choosers the window asks; the native ones, which a headless test never opens. */
    protected FileDialogs fileDialogs() {
        return FileDialogs.NATIVE;
    }

    /** Brings a side-panel tab to the front, as a click on its header would, even when the header is scrolled away. */
    protected void showSideTab(String tabId) {
        interact(() -> {
            TabPane side = lookup("#side-panel").queryAs(TabPane.class);
            side.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                    .ifPresent(side.getSelectionModel()::select);
        });
    }

    /** Moves and shrinks the window onto the headless screen, which is smaller than the default window. */
    protected void fitOnScreen() {
        interact(() -> {
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(Math.min(stage.getWidth(), screen.getWidth()));
            stage.setHeight(Math.min(stage.getHeight(), screen.getHeight()));
        });
    }

    /** The ranked hits that take the document list's place while a search is active. */
    @SuppressWarnings("unchecked")
    protected ListView<SearchHit> searchResults() {
        return (ListView<SearchHit>) lookup("#search-results").queryAs(ListView.class);
    }

    /** Closes the window (as the user would) and opens a new one on the same corpus, workspace and settings. */
    protected void restart() {
        interact(() -> {
            stage.close();
            stage = new Stage();
            try {
                open(stage);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void open(Stage target) throws IOException {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        window = Composition.openWindow(target, dirs, Path.of("").toAbsolutePath(), corpusDir().toString(),
                workspaceArg(), new Background(Runnable::run, CorridorUiTest::onFxThread), fileDialogs());
    }

    /** Same-thread on the FX thread (deterministic); work reported from a parallel job still reaches the FX thread. */
    private static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        release(new KeyCode[0]);
        release(new MouseButton[0]);
        FxToolkit.hideStage();
        if (stage != null) {
            interact(() -> stage.close());
        }
        // The test framework keeps finished test instances; without this each would keep its whole window.
        window = null;
    }
}
