package org.corridor.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.corridor.app.cli.Cli;
import org.corridor.app.cli.CliCommands;
import org.corridor.app.cli.CliContext;
import org.corridor.common.Json;
import org.corridor.settings.AppDirs;
import tools.jackson.databind.JsonNode;

/** One in-process run of the command line, with its exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {

    /** Runs {@code argv} with settings and data folders under {@code home}, from the repository folder. */
    static CliRun of(Path home, String... argv) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Cli cli = CliCommands.create(new CliContext(new AppDirs(home.resolve("c"), home.resolve("d")),
                Path.of("").toAbsolutePath()));
        int code = cli.run(List.of(argv), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Standard output, one JSON value per line. */
    List<JsonNode> lines() {
        return out.lines().map(l -> Json.compact().readTree(l)).toList();
    }
}
