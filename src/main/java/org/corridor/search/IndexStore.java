package org.corridor.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * The index folder on disk. The process that owns it ({@link IndexOwnerLock}) opens it as it is when it is sound,
 * or wipes and recreates it when it is missing, damaged or of another schema version, and writes to it. Any other
 * process (a window open while the command line searches, two commands started together) opens it read-only, sees
 * what the owner has committed, and may {@link #tryTakeOver take over} once the owner is gone.
 */
final class IndexStore implements AutoCloseable {

    private static final double RAM_BUFFER_MB = 48;

    private final Path folder;
    private final Analyzer analyzer;
    private IndexOwnerLock owner;
    private Directory directory;
    private volatile IndexWriter writer;
    /** Null while read-only and the owner has not committed anything yet. */
    private volatile SearcherManager searchers;
    private String rebuildReason;

    private IndexStore(Path folder, Analyzer analyzer) {
        this.folder = folder;
        this.analyzer = analyzer;
    }

    static IndexStore open(Path folder, Analyzer analyzer) throws IOException {
        IndexStore store = new IndexStore(folder, analyzer);
        Optional<IndexOwnerLock> owner = IndexOwnerLock.tryAcquire(folder);
        if (owner.isEmpty()) {
            store.openReadOnly();
        } else {
            store.openAsOwner(owner.get());
        }
        return store;
    }

    /**
     * Becomes the owner when the one that held the index has gone (finished, or died half-way: what it committed
     * is kept, the rest is built by the next sync). Returns true when this store can now write.
     */
    synchronized boolean tryTakeOver() throws IOException {
        if (writer != null) {
            return true;
        }
        Optional<IndexOwnerLock> lock = IndexOwnerLock.tryAcquire(folder);
        if (lock.isEmpty()) {
            return false;
        }
        closeIfOpen(searchers);
        directory.close();
        openAsOwner(lock.get());
        return writer != null;
    }

    private void openAsOwner(IndexOwnerLock lock) throws IOException {
        owner = lock;
        IndexWriter opened = null;
        try {
            String problem = problem(folder);
            if (problem != null) {
                wipe(folder);
            }
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCommitOnClose(true);
            opened = new IndexWriter(directory, config);
            // Every commit carries the schema version, so the next open can tell a foreign index from ours, and
            // keeps what else the last one recorded (the facet contributors' stamps).
            Map<String, String> data = committed(opened);
            data.put(IndexSchema.VERSION_KEY, IndexSchema.VERSION);
            opened.setLiveCommitData(data.entrySet());
            opened.commit();
            searchers = new SearcherManager(opened, null);
            writer = opened;
            rebuildReason = problem;
        } catch (LockObtainFailedException e) {
            // A Corridor from before the owner lock writes here: read what it has committed.
            letGo();
            openReadOnly();
        } catch (IOException | RuntimeException e) {
            // Kept, the ownership of an index this store cannot write would leave every later open read-only.
            if (opened != null) {
                IOUtils.closeWhileHandlingException(opened::rollback);
            }
            letGo();
            throw e;
        }
    }

    /** Gives up the ownership of an index this store could not open for writing. */
    private void letGo() {
        IOUtils.closeWhileHandlingException(directory, owner);
        owner = null;
    }

    private void openReadOnly() throws IOException {
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        refresh();
    }

    /** Read-only: picks up what the owner committed since; returns whether there is anything to search. */
    synchronized boolean refresh() throws IOException {
        if (searchers != null) {
            searchers.maybeRefreshBlocking();
        } else if (DirectoryReader.indexExists(directory)) {
            searchers = new SearcherManager(directory, null);
        }
        return searchers != null;
    }

    /** The commit generation the searchers see, to tell whether the owner is still making progress; -1 if none. */
    long generation() throws IOException {
        SearcherManager current = searchers;
        if (current == null) {
            return -1;
        }
        IndexSearcher searcher = current.acquire();
        try {
            return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getGeneration();
        } finally {
            current.release(searcher);
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

    /** False while read-only and the owner has committed nothing yet. */
    boolean searchable() {
        return searchers != null;
    }

    /** The searchers over the index; fails with a plain message while another process has committed nothing. */
    SearcherManager searchers() throws IOException {
        SearcherManager current = searchers;
        if (current == null) {
            throw new IOException("The search index is being built by another process and holds nothing yet; "
                    + "try again when it has finished.");
        }
        return current;
    }

    /** Why the index was rebuilt from scratch on this open, or null when it was reused (or new). */
    String rebuildReason() {
        return rebuildReason;
    }

    @Override
    public synchronized void close() throws IOException {
        closeIfOpen(searchers);
        try {
            if (writer != null) {
                writer.close();
            }
            directory.close();
        } finally {
            if (owner != null) {
                owner.close();
            }
        }
    }

    private static void closeIfOpen(SearcherManager manager) throws IOException {
        if (manager != null) {
            manager.close();
        }
    }
}
