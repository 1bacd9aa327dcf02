package org.corridor.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a notes file of either import format, telling them apart by content, not by name. */
public final class NotesFileReader {

    private NotesFileReader() {
    }

    public static ImportBatch read(Path file) throws IOException {
        return read(Files.readAllBytes(file), file.getFileName().toString());
    }

    public static ImportBatch read(byte[] bytes, String name) throws IOException {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return QdpxReader.read(bytes, name);
        }
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        if (i < bytes.length && (bytes[i] == '{' || bytes[i] == '[')) {
            return WebAnnotationReader.read(bytes, name);
        }
        throw new ExportException(name + " is neither W3C Web Annotation JSON nor a REFI-QDA .qdpx project");
    }
}
