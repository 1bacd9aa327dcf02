package org.corridor.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.corridor.settings.AppDirs;
import org.corridor.settings.Settings;

/**
 * The corpus folder and workspace a window opens with: the arguments when given ({@code --corpus},
 * {@code --workspace}, relative to the working directory); else the ones the window last had open, when they
 * still exist; else the bundled seeds. A corpus without a workspace gets its own default one.
 */
record StartupPaths(Path corpus, Path workspace) {

    static StartupPaths resolve(AppDirs dirs, Path cwd, String corpusArg, String workspaceArg, Settings remembered)
            throws IOException {
        Path corpus;
        Path workspace = workspaceArg == null ? null : cwd.resolve(workspaceArg).toAbsolutePath().normalize();
        Path last = existingFolder(remembered.lastCorpus);
        if (corpusArg != null) {
            corpus = cwd.resolve(corpusArg).toAbsolutePath().normalize();
        } else if (last != null) {
            corpus = last;
            if (workspace == null && remembered.lastWorkspace != null) {
                workspace = Path.of(remembered.lastWorkspace);
            }
        } else {
            corpus = DefaultCorpus.locate(cwd, dirs.dataDir());
        }
        return new StartupPaths(corpus, workspace != null ? workspace : dirs.defaultWorkspace(corpus));
    }

    private static Path existingFolder(String path) {
        try {
            return path != null && Files.isDirectory(Path.of(path)) ? Path.of(path) : null;
        } catch (InvalidPathException e) {
            return null; // a settings file edited by hand: start as if nothing were remembered
        }
    }
}
