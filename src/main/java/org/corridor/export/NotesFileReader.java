package org.corridor.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a notes file of either import format, telling them apart by content, not by name. */
public final class NotesFileReader {

    /**
     * A Web Annotation file is read as a JSON tree, which takes about 30 times the file's size in memory; 16 MB
     * (some 15,000 annotations) stays well inside the app's 1 GB heap.
     */
    static final long MAX_JSON_BYTES = 16L * 1024 * 1024;
    /** A .qdpx archive is read whole into memory before it is unpacked (within {@link QdpxReader}'s own caps). */
    static final long MAX_QDPX_BYTES = 128L * 1024 * 1024;

    private NotesFileReader() {
    }

    /**
     * Checks the file's size for its format before reading it, so that a huge file is refused, not an OOM. The
     * readers' messages say what is wrong without naming the file: the caller names it, by the path it was given.
     */
    public static ImportBatch read(Path file) throws IOException {
        long limit = isZip(head(file)) ? MAX_QDPX_BYTES : MAX_JSON_BYTES;
        long size = Files.size(file);
        if (size > limit) {
            throw new ExportException(String.format(Locale.ROOT, "too large (%,d MB); notes files of this "
                    + "format over %d MB are not imported: split it into smaller files", size >> 20, limit >> 20));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new ExportException("it grew while it was read; try again when it is complete");
            }
            return read(bytes, file.getFileName().toString());
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        }
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static ImportBatch read(byte[] bytes, String name) throws IOException {
        if (isZip(bytes)) {
            return QdpxReader.read(bytes, name);
        }
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && (bytes[i] == '{' || bytes[i] == '[')) {
            return WebAnnotationReader.read(bytes, name);
        }
        throw new ExportException("neither W3C Web Annotation JSON nor a REFI-QDA .qdpx project");
    }
}
