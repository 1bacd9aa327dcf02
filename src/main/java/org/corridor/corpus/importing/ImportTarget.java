package org.corridor.corpus.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.corridor.corpus.ImportTempFiles;
import org.corridor.corpus.MetadataHeader;

/**
 * The folder imported articles are written to. Each file is written under a temporary hidden name and moved into
 * place whole, so a full disk or a crash never leaves part of an article where the corpus would read it. A file an
 * earlier import left unfinished (empty, or cut short) is found again by its name and content and replaced, so
 * importing again repairs it instead of adding a "-2" copy beside it.
 */
final class ImportTarget {

    /** A write into the workspace that failed; nothing of the article was kept. */
    static final class WriteFailedException extends IOException {
        WriteFailedException(IOException cause) {
            super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
        }
    }

    private final Path folder;
    private final ImportDisk disk;

    ImportTarget(Path folder, ImportDisk disk) {
        this.folder = folder;
        this.disk = disk;
    }

    /**
     * The file an earlier import of a file of this name began but did not finish: its content is the start of
     * {@code content} (the near-duplicate flag aside, which may differ from one import to the next); null if none.
     */
    Path unfinishedCopy(String originalName, String content) throws IOException {
        String wanted = withoutFlag(content);
        for (int n = 1; ; n++) {
            Path candidate = candidate(originalName, n);
            if (!Files.exists(candidate)) {
                return null;
            }
            if (Files.size(candidate) < content.getBytes(StandardCharsets.UTF_8).length
                    && wanted.startsWith(withoutFlag(readCut(candidate)))) {
                return candidate;
            }
        }
    }

    /** Writes the article under the first free name made from the original's; returns the file. */
    Path writeNew(String originalName, String content) throws IOException {
        for (int n = 1; ; n++) {
            Path candidate = candidate(originalName, n);
            if (Files.exists(candidate)) {
                continue;
            }
            try {
                writeThenMove(candidate, content, false);
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // another import took this name meanwhile: try the next number
            }
        }
    }

    /** Replaces an unfinished file with the whole article. */
    void replace(Path file, String content) throws IOException {
        writeThenMove(file, content, true);
    }

    private Path candidate(String originalName, int n) {
        String base = ImportedArticleFile.slug(originalName);
        return folder.resolve((n == 1 ? base : base + "-" + n) + ".txt");
    }

    /**
     * Without fsync: unlike notes, an imported copy can always be made again from its original, and one fsync per
     * file would make a 1,000-file import several times slower. The move alone keeps a partial file out of sight.
     */
    private void writeThenMove(Path target, String content, boolean replace) throws IOException {
        Path tmp = ImportTempFiles.newIn(folder);
        try {
            try (OutputStream out = disk.create(tmp)) {
                out.write(content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new WriteFailedException(e);
            }
            if (replace) {
                moveReplacing(tmp, target);
            } else {
                Files.move(tmp, target); // refuses an existing target; the rename itself is atomic
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void moveReplacing(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file's text, without the replacement characters a cut in the middle of a UTF-8 sequence leaves. */
    private static String readCut(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\uFFFD') {
            end--;
        }
        return text.substring(0, end);
    }

    private static String withoutFlag(String text) {
        return text.replaceAll("(?m)^@" + MetadataHeader.NEAR_DUPLICATE_OF + ":[^\\n]*\\n?", "");
    }
}
