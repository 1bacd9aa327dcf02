package org.corridor.corpus.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns what the user chose or dropped (files and folders) into the list of files to import. */
final class ImportSources {

    private ImportSources() {
    }

    /** Folders are read recursively, hidden files and folders left out; missing paths become failed outcomes. */
    static List<Path> expand(List<Path> inputs, List<ImportOutcome> failures) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !hidden(input, p))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    failures.add(ImportOutcome.failed(input.toString(), "The folder could not be read completely: "
                            + e.getMessage()));
                }
            } else {
                failures.add(ImportOutcome.failed(input.toString(), "No such file or folder."));
            }
        }
        return files;
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
