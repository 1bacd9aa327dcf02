package org.corridor.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.corridor.entities.Recogniser;

/**
 * Makes the entity recogniser for a workspace, so that the user's corrections stored there apply to what
 * a command prints. The composition of the recogniser stays in {@link CliCommands}.
 */
@FunctionalInterface
public interface RecogniserFactory {

    Recogniser forWorkspace(Path workspace) throws IOException;
}
