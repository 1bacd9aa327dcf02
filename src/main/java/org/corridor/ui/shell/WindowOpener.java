package org.corridor.ui.shell;

import java.io.IOException;
import java.nio.file.Path;

/** Opens a new main window on a corpus folder and a workspace (made by the composition root). */
public interface WindowOpener {

    MainWindow open(Path corpus, Path workspace) throws IOException;

    /** The workspace a corpus folder gets when the user names none. */
    Path defaultWorkspace(Path corpus);
}
