package org.corridor.app;

import java.io.IOException;
import java.nio.file.Path;
import org.corridor.settings.AppDirs;

/**
 * The corpus folder and workspace a window opens with: the arguments when given ({@code --corpus},
 * {@code --workspace}, relative to the working directory), else the bundled seeds and the corpus's default
 * workspace.
 */
record StartupPaths(Path corpus, Path workspace) {

    static StartupPaths resolve(AppDirs dirs, Path cwd, String corpusArg, String workspaceArg) throws IOException {
        Path corpus = corpusArg != null ? cwd.resolve(corpusArg).toAbsolutePath().normalize()
                : DefaultCorpus.locate(cwd, dirs.dataDir());
        Path workspace = workspaceArg != null ? cwd.resolve(workspaceArg).toAbsolutePath().normalize()
                : dirs.defaultWorkspace(corpus);
        return new StartupPaths(corpus, workspace);
    }
}
