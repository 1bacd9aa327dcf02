package org.corridor.corpus.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The three folders of an import test: the corpus folder, its workspace (not created), and the files to import. */
record ImportFolders(Path corpus, Path workspace, Path inbox) {

    static ImportFolders in(Path dir) throws IOException {
        return new ImportFolders(Files.createDirectories(dir.resolve("corpus")), dir.resolve("workspace"),
                Files.createDirectories(dir.resolve("inbox")));
    }
}
