package org.corridor.export;

import java.io.IOException;
import java.io.OutputStream;
import org.corridor.common.ProgressListener;

/**
 * One output format of "Export notes". An exporter only turns a prepared {@link ExportJob} into bytes;
 * choosing what to export ({@link ExportScope}) and writing the file safely ({@link ExportRunner}) happen
 * elsewhere, once for every format.
 */
public interface NotesExporter {

    /** The name the command line and the settings use, e.g. "md" or "qdpx". */
    String id();

    /** A short label for the dialog's format list. */
    String label();

    /** The file name extension without the dot, for the given options (some options change the container). */
    String fileExtension(ExportOptions options);

    /** True for formats whose first lines are worth previewing as text. */
    boolean isText();

    /** Writes the job to {@code out}; does not close it. Checks {@code progress.isCancelled()} between articles. */
    void write(ExportJob job, OutputStream out, ProgressListener progress) throws IOException;
}
