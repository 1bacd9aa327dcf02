package org.corridor.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.corridor.app.cli.Args;
import org.corridor.settings.AppDirs;
import org.corridor.ui.common.Background;

/** The JavaFX application: parses {@code --corpus}/{@code --workspace}, builds the services, opens the window. */
public final class CorridorApp extends Application {

    /**
     * The catalog read the launcher began before the toolkit started, or null. A static hand-over, because
     * {@link Application#launch} makes the application object itself.
     */
    static volatile CatalogPrefetch prefetched;

    private ExecutorService worker;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> raw = getParameters().getRaw();
        Args args = Args.parse(raw, java.util.Set.of());
        Path cwd = Path.of("").toAbsolutePath();
        // Threads on demand: quick jobs (sorting the list, reading an article) must never queue behind long ones
        // (verifying 100,000 files, building the index), which would leave the window waiting.
        worker = Executors.newCachedThreadPool(daemonThreads());
        Background background = new Background(worker, Platform::runLater);
        CatalogPrefetch prefetch = prefetched;
        if (prefetch != null) {
            Composition.openWindow(stage, AppDirs.fromEnvironment(), prefetch, background);
        } else {
            Composition.openWindow(stage, AppDirs.fromEnvironment(), cwd, args.option("corpus").orElse(null),
                    args.option("workspace").orElse(null), background);
        }
    }

    @Override
    public void stop() {
        if (worker != null) {
            worker.shutdown();
        }
    }

    private static ThreadFactory daemonThreads() {
        return r -> {
            Thread t = new Thread(r, "corridor-worker");
            t.setDaemon(true);
            return t;
        };
    }
}
