package org.corridor.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.common.AtomicFiles;
import org.corridor.common.ProgressListener;

/**
 * Writes an export to its destination safely: the bytes go to a temporary file in the destination folder and
 * replace the destination in one move only when the exporter finished; a failure or a cancel leaves the old
 * file (or no file) and no half-written one.
 */
public final class ExportRunner {

    private ExportRunner() {
    }

    /** The file system's reason in words ("Permission denied", "No space left on device"), not just a path. */
    private static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e instanceof NoSuchFileException ? "the folder does not accept new files" : e.getClass().getSimpleName();
    }

    public static void run(NotesExporter exporter, ExportJob job, Path destination, ProgressListener progress)
            throws IOException {
        if (job.articles().isEmpty()) {
            throw new EmptyScopeException("Nothing to export: the scope holds no articles");
        }
        Path folder = destination.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ExportException("Cannot write " + destination + ": the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(destination)) {
            throw new ExportException("Cannot write " + destination + ": it is a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new ExportException("Cannot write " + destination + ": the folder is not writable");
        }
        try {
            AtomicFiles.write(destination, out -> exporter.write(job, out, progress));
        } catch (FileSystemException e) {
            throw new ExportException("Cannot write " + destination + ": " + reason(e), e);
        }
        progress.progress(job.articles().size(), job.articles().size(), "Exported to " + destination.getFileName());
    }
}
