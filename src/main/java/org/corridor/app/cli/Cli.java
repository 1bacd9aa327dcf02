package org.corridor.app.cli;

import java.io.PrintStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Dispatches {@code corridor.jar COMMAND ...} to its command and turns failures into clear messages. */
public final class Cli {

    private final Map<String, CliCommand> commands = new LinkedHashMap<>();

    public Cli(List<CliCommand> commands) {
        commands.forEach(c -> this.commands.put(c.name(), c));
    }

    public boolean knows(String word) {
        return commands.containsKey(word) || Set.of("--help", "-h", "help", "--version").contains(word);
    }

    public int run(List<String> argv, PrintStream out, PrintStream err) {
        String name = argv.get(0);
        if (Set.of("--help", "-h", "help").contains(name)) {
            printHelp(out);
            return CliCommand.OK;
        }
        if (name.equals("--version")) {
            out.println("corridor " + Version.current());
            return CliCommand.OK;
        }
        CliCommand command = commands.get(name);
        List<String> rest = argv.subList(1, argv.size());
        if (rest.contains("--help")) {
            out.println("usage: corridor " + command.usage());
            out.println(command.summary());
            return CliCommand.OK;
        }
        try {
            Set<String> flags = new HashSet<>(command.flags());
            flags.add("help");
            return command.run(Args.parse(rest, flags), out, err);
        } catch (UsageException e) {
            err.println("corridor " + name + ": " + e.getMessage());
            err.println("usage: corridor " + command.usage());
            return CliCommand.FAILED;
        } catch (Exception e) {
            err.println("corridor " + name + ": " + describe(e));
            return CliCommand.FAILED;
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private void printHelp(PrintStream out) {
        out.println("Corridor " + Version.current() + " — a research reader for news corpora");
        out.println();
        out.println("usage: java -jar corridor.jar                      open the window");
        out.println("       java -jar corridor.jar [--corpus DIR] [--workspace DIR]");
        out.println("       java -jar corridor.jar COMMAND [OPTIONS]    run headless, print JSON lines");
        out.println();
        out.println("commands:");
        for (CliCommand c : commands.values()) {
            out.printf("  %-14s %s%n", c.name(), c.summary());
            out.printf("  %-14s   %s%n", "", "corridor " + c.usage());
        }
        out.println();
        out.println("Settings and workspaces live under CORRIDOR_HOME when it is set, else in the usual");
        out.println("per-user folders (~/.config/corridor and ~/.local/share/corridor on Linux).");
    }
}
