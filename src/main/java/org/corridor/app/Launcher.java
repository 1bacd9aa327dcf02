package org.corridor.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import javafx.application.Application;
import org.corridor.app.cli.Args;
import org.corridor.app.cli.Cli;
import org.corridor.app.cli.CliCommands;
import org.corridor.app.cli.CliContext;
import org.corridor.app.cli.UsageException;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.CorpusLoader;
import org.corridor.settings.AppDirs;
import org.corridor.settings.SettingsStore;

/**
 * The jar's entry point. A command word runs headless (no JavaFX toolkit is started); anything else opens
 * the window. A plain class, because a main class that extends Application cannot start from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] jvmArgs) {
        useUtf8Output();
        OptionalInt relaunched = Utf8Relaunch.runInUtf8LocaleIfNeeded(jvmArgs, System.err);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        String[] args = Utf8Relaunch.arguments(jvmArgs);
        Cli cli = CliCommands.create(new CliContext(AppDirs.fromEnvironment(), Path.of("").toAbsolutePath()));
        if (args.length > 0 && cli.knows(args[0])) {
            int code = cli.run(List.of(args), System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        CorridorApp.prefetched = prefetchCatalog(args);
        Application.launch(CorridorApp.class, args);
    }

    /** JSON lines and messages are UTF-8 whatever the locale says, so no character turns into '?'. */
    private static void useUtf8Output() {
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    }

    /** Starts reading the cached catalog of the corpus the window will open; null when that cannot be told yet. */
    private static CatalogPrefetch prefetchCatalog(String[] args) {
        try {
            Args parsed = Args.parse(List.of(args), Set.of());
            AppDirs dirs = AppDirs.fromEnvironment();
            StartupPaths paths = StartupPaths.resolve(dirs, Path.of("").toAbsolutePath(),
                    parsed.option("corpus").orElse(null), parsed.option("workspace").orElse(null),
                    new SettingsStore(dirs.settingsFile()).load());
            return CatalogPrefetch.start(new CorpusLoader(new ArticleParser()), paths);
        } catch (IOException | UsageException | RuntimeException e) {
            return null; // the window resolves the paths itself and reports what is wrong
        }
    }
}
