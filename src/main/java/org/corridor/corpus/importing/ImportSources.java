package org.corridor.corpus.importing;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns what the user chose or dropped (files and folders) into the list of files to import. */
final class ImportSources {

    private ImportSources() {
    }

    /**
     * Folders are read recursively, hidden files and folders left out, symbolic links followed (a link back into a
     * folder being read is not). Whatever cannot be read (a missing path, a broken link, a loop, a file that
     * vanished while the folder was read) becomes a failed outcome, and the rest is still imported.
     */
    static List<Path> expand(List<Path> inputs, List<ImportOutcome> failures) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isRegularFile(input)) {
                files.add(input);
            } else if (Files.isDirectory(input)) {
                List<Path> found = new ArrayList<>();
                try {
                    Files.walkFileTree(input, Set.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                            new Collector(input, found, failures));
                } catch (IOException e) {
                    failures.add(ImportOutcome.failed(input.toString(), "The folder could not be read completely: "
                            + e.getMessage()));
                }
                found.sort(null);
                files.addAll(found);
            } else {
                failures.add(ImportOutcome.failed(input.toString(), "No such file or folder."));
            }
        }
        return files;
    }

    /** Collects the visible regular files of one folder and reports, without stopping, what it cannot read. */
    private static final class Collector extends SimpleFileVisitor<Path> {

        private final Path root;
        private final List<Path> files;
        private final List<ImportOutcome> failures;

        Collector(Path root, List<Path> files, List<ImportOutcome> failures) {
            this.root = root;
            this.files = files;
            this.failures = failures;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return hidden(root, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
            if (hidden(root, file)) {
                return FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                files.add(file);
            } else if (attrs.isSymbolicLink()) {
                // Attributes of the link itself: the walk could not follow it.
                failures.add(ImportOutcome.failed(file.toString(), "A broken symbolic link: it points to "
                        + Files.readSymbolicLink(file) + ", which does not exist."));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!hidden(root, file)) {
                failures.add(ImportOutcome.failed(file.toString(), reason(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) {
                failures.add(ImportOutcome.failed(dir.toString(), "The folder could not be read completely: "
                        + reason(e)));
            }
            return FileVisitResult.CONTINUE;
        }

        private static String reason(IOException e) {
            if (e instanceof FileSystemLoopException) {
                return "Skipped: a symbolic link back into a folder already being imported (a loop).";
            }
            if (e instanceof NoSuchFileException) {
                return "The file disappeared before it could be read.";
            }
            return "Could not be read: " + e.getMessage();
        }
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
