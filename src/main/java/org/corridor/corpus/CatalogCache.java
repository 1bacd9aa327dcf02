package org.corridor.corpus;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.common.AtomicFiles;

/**
 * The catalog as it was last read, kept in the workspace so that opening a large corpus again only needs to
 * look at each file's size and modification time instead of parsing it. A compact binary file: it is a cache
 * the program rebuilds at will (delete it and the next open parses everything), not data the user owns.
 * Unreadable files are remembered too, so a broken file is not re-read on every open.
 */
final class CatalogCache {

    static final String FILE_NAME = "catalog.bin";
    private static final int MAGIC = 0x43524443; // "CRDC"
    /** Bump when the parser's output changes, so every cached record is re-derived. */
    private static final int VERSION = 4; // 4: a byline is no title; 3: datelines no longer taken from a quoted speaker
    private static final long NO_DATE = Long.MIN_VALUE;
    /** DataOutputStream.writeUTF stops at 64 KB; no title or warning needs more. */
    private static final int MAX_STRING = 16_000;

    /**
     * What the catalog knew of one file.
     *
     * @param key     the file's root number and path inside that root, e.g. {@code 0/2024/a.txt}
     * @param meta    the parsed record (id and path are recomputed on open), or null when unreadable
     * @param message the load warning, or the reason the file is unreadable
     */
    record Entry(String key, long size, long modified, ArticleMeta meta, String message) {

        boolean matches(long otherSize, long otherModified) {
            return size == otherSize && modified == otherModified;
        }
    }

    private final Path file;

    CatalogCache(Path workspace) {
        this.file = workspace.resolve("cache").resolve(FILE_NAME);
    }

    /** The cached entries by key in file order, or none when the cache is missing, stale or damaged (it is only a cache). */
    Map<String, Entry> read(List<Path> roots) {
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION || !roots.toString().equals(in.readUTF())) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Entry> entries = new LinkedHashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                Entry e = readEntry(in);
                entries.put(e.key(), e);
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    void write(List<Path> roots, List<Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.size() * 200 + 64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(roots.toString());
            out.writeInt(entries.size());
            for (Entry e : entries) {
                writeEntry(out, e);
            }
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    private static Entry readEntry(DataInputStream in) throws IOException {
        String key = in.readUTF();
        long size = in.readLong();
        long modified = in.readLong();
        String message = readNullable(in);
        if (!in.readBoolean()) {
            return new Entry(key, size, modified, null, message);
        }
        String title = in.readUTF();
        long day = in.readLong();
        String source = readNullable(in);
        String dateline = readNullable(in);
        int words = in.readInt();
        String fingerprint = in.readUTF();
        LocalDate date = day == NO_DATE ? null : LocalDate.ofEpochDay(day);
        return new Entry(key, size, modified, new ArticleMeta(null, title, date, source, dateline, words, null,
                fingerprint), message);
    }

    private static void writeEntry(DataOutputStream out, Entry e) throws IOException {
        out.writeUTF(e.key());
        out.writeLong(e.size());
        out.writeLong(e.modified());
        writeNullable(out, e.message());
        ArticleMeta m = e.meta();
        out.writeBoolean(m != null);
        if (m != null) {
            out.writeUTF(cap(m.title()));
            out.writeLong(m.date() == null ? NO_DATE : m.date().toEpochDay());
            writeNullable(out, m.source());
            writeNullable(out, m.dateline());
            out.writeInt(m.words());
            out.writeUTF(m.fingerprint());
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void writeNullable(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            out.writeUTF(cap(s));
        }
    }

    private static String cap(String s) {
        return s.length() <= MAX_STRING ? s : s.substring(0, MAX_STRING);
    }
}
