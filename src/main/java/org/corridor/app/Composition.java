package org.corridor.app;

import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.CorpusLoader;
import org.corridor.entities.LazyRecogniser;
import org.corridor.entities.WorkspaceLexicon;
import org.corridor.settings.AppDirs;
import org.corridor.settings.Settings;
import org.corridor.settings.SettingsStore;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.FileDialogs;
import org.corridor.ui.shell.CorpusSession;
import org.corridor.ui.shell.MainWindow;
import org.corridor.ui.shell.ShellContext;
import org.corridor.ui.shell.WindowOpener;

/** The composition root: every service is made here, once, and handed to what needs it. */
public final class Composition {

    private Composition() {
    }

    /**
     * Builds the window. Tests call this with a same-thread {@link Background} so that everything
     * happens in order, without sleeps.
     */
    public static MainWindow openWindow(Stage stage, AppDirs dirs, Path cwd, String corpusArg, String workspaceArg,
                                        Background background) throws IOException {
        return openWindow(stage, dirs, cwd, corpusArg, workspaceArg, background, FileDialogs.NATIVE);
    }

    /** Builds the window with the given file choosers: a headless test answers them in the user's place. */
    public static MainWindow openWindow(Stage stage, AppDirs dirs, Path cwd, String corpusArg, String workspaceArg,
                                        Background background, FileDialogs dialogs) throws IOException {
        CorpusLoader loader = new CorpusLoader(new ArticleParser());
        Settings remembered = new SettingsStore(dirs.settingsFile()).load();
        return openWindow(stage, dirs, StartupPaths.resolve(dirs, cwd, corpusArg, workspaceArg, remembered), loader,
                loader::loadCached, background, dialogs);
    }

    /** Builds the window on a catalog whose reading began before the toolkit started. */
    static MainWindow openWindow(Stage stage, AppDirs dirs, CatalogPrefetch prefetch, Background background)
            throws IOException {
        return openWindow(stage, dirs, prefetch.paths(), prefetch.loader(), prefetch, background, FileDialogs.NATIVE);
    }

    private static MainWindow openWindow(Stage stage, AppDirs dirs, StartupPaths paths, CorpusLoader loader,
                                         CorpusSession.CachedCatalog cachedCatalog, Background background,
                                         FileDialogs dialogs) throws IOException {
        Path workspace = paths.workspace();
        SettingsStore settingsStore = new SettingsStore(dirs.settingsFile());
        CorpusSession session = new CorpusSession(background, loader, cachedCatalog, workspace);
        WorkspaceLexicon lexicon = new WorkspaceLexicon(workspace);
        WindowOpener windows = new WindowOpener() {
            @Override
            public MainWindow open(Path corpus, Path other) throws IOException {
                return openWindow(new Stage(), dirs, new StartupPaths(corpus, other), loader, loader::loadCached,
                        background, dialogs);
            }

            @Override
            public Path defaultWorkspace(Path corpus) {
                return dirs.defaultWorkspace(corpus);
            }
        };
        ShellContext context = new ShellContext(background, session, settingsStore.load(), settingsStore,
                paths.corpus(), workspace, new LazyRecogniser(lexicon), lexicon, windows, dialogs);
        MainWindow window = new MainWindow(stage, context);
        window.show();
        return window;
    }
}
