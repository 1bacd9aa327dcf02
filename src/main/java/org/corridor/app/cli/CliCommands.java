package org.corridor.app.cli;

import java.util.List;
import org.corridor.entities.EntityRecogniser;
import org.corridor.entities.Recognisers;

/** Every headless command, in the order {@code --help} lists them. */
public final class CliCommands {

    private CliCommands() {
    }

    public static Cli create(CliContext context) {
        return new Cli(List.of(
                new ListCommand(context),
                new AnnotateCommand(context),
                new NotesCommand(context),
                new CompareCommand(context, workspace -> new EntityRecogniser(Recognisers.lexiconFor(workspace))),
                new SearchCommand(context),
                new ImportCommand(context)));
    }
}
