package org.corridor.compare;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.corridor.common.AtomicFiles;

/**
 * Keeps a {@link ShingleIndex} on disk (in the workspace's cache folder) so it is built once per corpus state.
 * The file carries the corpus signature it was built from; a different corpus or a changed article makes it
 * stale, and it is rebuilt. It is a cache: deleting it loses nothing.
 */
public final class ShingleIndexStore {

    private static final int MAGIC = 0x43525348; // "CRSH"
    private static final int FORMAT = 1;

    private final Path file;

    public ShingleIndexStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The stored index if it was built from a corpus with this signature; empty when missing, stale or damaged. */
    public Optional<ShingleIndex> load(String signature) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(signature)) {
                return Optional.empty();
            }
            int documents = in.readInt();
            int words = in.readInt();
            Map<String, Integer> frequencies = new HashMap<>(words * 2);
            for (int i = 0; i < words; i++) {
                frequencies.put(in.readUTF(), in.readInt());
            }
            long[] postings = new long[in.readInt()];
            for (int i = 0; i < postings.length; i++) {
                postings[i] = in.readLong();
            }
            return Optional.of(new ShingleIndex(documents, postings, Map.copyOf(frequencies)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // A damaged or older cache is rebuilt, never trusted.
            return Optional.empty();
        }
    }

    public void save(ShingleIndex index, String signature) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + index.postings().length * 8);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(signature);
            out.writeInt(index.documents());
            Map<String, Integer> frequencies = index.wordFrequencies();
            out.writeInt(frequencies.size());
            for (Map.Entry<String, Integer> e : frequencies.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue());
            }
            out.writeInt(index.postings().length);
            for (long p : index.postings()) {
                out.writeLong(p);
            }
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
