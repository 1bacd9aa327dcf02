package org.corridor.app.cli;

import java.io.PrintStream;
import java.util.Set;

/** One headless command of {@code corridor.jar}: it prints JSON lines on {@code out} and messages on {@code err}. */
public interface CliCommand {

    /** Exit code for success. */
    int OK = 0;
    /** Exit code when some inputs failed but the others were processed. */
    int PARTIAL = 1;
    /** Exit code for a usage error or a failure that stopped the command. */
    int FAILED = 2;
    /** Exit code when the answer came from a search index another process has not finished building. */
    int INCOMPLETE = 3;

    String name();

    /** One line for {@code --help}. */
    String summary();

    /** The synopsis, e.g. {@code list [--corpus DIR]}. */
    String usage();

    /** The options of this command that take no value, besides {@code --help}. */
    default Set<String> flags() {
        return Set.of();
    }

    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
