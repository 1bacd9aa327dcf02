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

    private ExecutorService worker;

    @Override
    public void start(Stage stage) throws Exception {
        List<String> raw = getParameters().getRaw();
        Args args = Args.parse(raw, java.util.Set.of());
        Path cwd = Path.of("").toAbsolutePath();
        worker = Executors.newFixedThreadPool(2, daemonThreads());
        Background background = new Background(worker, Platform::runLater);
        Composition.openWindow(stage, AppDirs.fromEnvironment(), cwd, args.option("corpus").orElse(null),
                args.option("workspace").orElse(null), background);
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
