package org.corridor.corpus.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** How the bytes of an imported article reach the disk; tests put a disk that fills up in here. */
@FunctionalInterface
public interface ImportDisk {

    ImportDisk REAL = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    /** A stream writing a new file (one that must not exist yet). */
    OutputStream create(Path file) throws IOException;
}
