package org.corridor.app.cli;

import java.time.Clock;
import java.util.List;
import org.corridor.entities.EntityRecogniser;
import org.corridor.entities.Recognisers;

/** Every headless command, in the order {@code --help} lists them. */
public final class CliCommands {

    private CliCommands() {
    }

    public static Cli create(CliContext context) {
        RecogniserFactory recognisers = workspace -> new EntityRecogniser(Recognisers.lexiconFor(workspace));
        return new Cli(List.of(
                new ListCommand(context),
                new AnnotateCommand(context),
                new NotesCommand(context),
                new CompareCommand(context, recognisers),
                new SearchCommand(context),
                new ImportCommand(context),
                new ExportCommand(context, recognisers),
                new ImportNotesCommand(context, Clock.systemDefaultZone()),
                new NotesRepairCommand(context, Clock.systemDefaultZone())));
    }
}
