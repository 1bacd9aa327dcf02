package org.corridor.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index folder on disk: opened as it is when it is sound, wiped and recreated when it is missing, damaged or
 * of another schema version. When another Corridor process holds the write lock (the app is open while the
 * command line searches), the index is opened read-only instead.
 */
final class IndexStore implements AutoCloseable {

    private static final double RAM_BUFFER_MB = 48;

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final String rebuildReason;

    private IndexStore(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers,
                       String rebuildReason) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.rebuildReason = rebuildReason;
    }

    static IndexStore open(Path folder, Analyzer analyzer) throws IOException {
        String problem = problem(folder);
        if (problem != null) {
            wipe(folder);
        }
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(true);
        try {
            IndexWriter writer = new IndexWriter(directory, config);
            // Every commit carries the schema version, so the next open can tell a foreign index from ours, and
            // keeps what else the last one recorded (the facet contributors' stamps).
            Map<String, String> data = committed(writer);
            data.put(IndexSchema.VERSION_KEY, IndexSchema.VERSION);
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
            return new IndexStore(folder, directory, writer, new SearcherManager(writer, null), problem);
        } catch (LockObtainFailedException e) {
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                throw new IOException("The search index is being built by another Corridor window; try again "
                        + "when it has finished.", e);
            }
            return new IndexStore(folder, directory, null, new SearcherManager(directory, null), problem);
        }
    }

    private static Map<String, String> committed(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return data;
    }

    /** What the index's commits record besides the documents; empty when the index is open read-only. */
    Map<String, String> commitData() {
        return writer == null ? Map.of() : committed(writer);
    }

    /** Records these values with the next commit (the others stay as they are). */
    void recordOnCommit(Map<String, String> values) {
        Map<String, String> data = committed(writer);
        data.putAll(values);
        writer.setLiveCommitData(data.entrySet());
    }

    /** Why the folder cannot be used as it is, or null when it is a sound index of this schema (or absent). */
    private static String problem(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Files.exists(folder) ? "The index location is not a folder." : null;
        }
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return isEmpty(folder) ? null : "The index folder holds no readable index.";
            }
            SegmentInfos infos = SegmentInfos.readLatestCommit(dir);
            if (!IndexSchema.VERSION.equals(infos.getUserData().get(IndexSchema.VERSION_KEY))) {
                return "The index was written by another version of Corridor.";
            }
            // Opening every segment reads their headers and footers: truncated or foreign files fail here.
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return "The index could not be read (" + e.getClass().getSimpleName() + ").";
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.findAny().isEmpty();
        }
    }

    /** Deletes the index folder's content: it is derived data, rebuilt from the corpus. */
    private static void wipe(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            Files.delete(folder);
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(folder)).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }

    Path folder() {
        return folder;
    }

    /** Null when the index is open read-only. */
    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** Why the index was rebuilt from scratch on this open, or null when it was reused (or new). */
    String rebuildReason() {
        return rebuildReason;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
