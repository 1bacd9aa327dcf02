package org.corridor.app;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import org.corridor.app.cli.Cli;
import org.corridor.app.cli.CliCommands;
import org.corridor.app.cli.CliContext;
import org.corridor.settings.AppDirs;

/**
 * The jar's entry point. A command word runs headless (no JavaFX toolkit is started); anything else opens
 * the window. A plain class, because a main class that extends Application cannot start from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Cli cli = CliCommands.create(new CliContext(AppDirs.fromEnvironment(), Path.of("").toAbsolutePath()));
        if (args.length > 0 && cli.knows(args[0])) {
            int code = cli.run(List.of(args), System.out, System.err);
            System.out.flush();
            System.exit(code);
        }
        Application.launch(CorridorApp.class, args);
    }
}
