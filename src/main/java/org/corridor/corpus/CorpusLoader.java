package org.corridor.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;

/**
 * Reads every article file of a folder (recursively) into a {@link Corpus}. A file that cannot be read is
 * reported and skipped; it never stops the others.
 *
 * <p>With a workspace, the articles imported into it ({@code <workspace>/corpus/}, ids prefixed with
 * {@code imported/}) join the catalog, and the catalog is cached there: a file whose size and modification time
 * are unchanged since the last open is not read again, so reopening 100,000 articles costs one directory walk.
 */
public final class CorpusLoader {

    /** Where imports are written inside a workspace. */
    public static final String IMPORT_FOLDER = "corpus";
    /** Id prefix of imported articles, so they never collide with the corpus folder's own ids. */
    public static final String IMPORTED_PREFIX = "imported/";

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "");

    private final ArticleParser parser;

    public CorpusLoader(ArticleParser parser) {
        this.parser = parser;
    }

    public static Path importFolder(Path workspace) {
        return workspace.resolve(IMPORT_FOLDER);
    }

    /** The folder alone, read in full, with no cache. */
    public Corpus load(Path folder, ProgressListener progress) throws IOException {
        return load(folder, null, progress);
    }

    /** The folder plus the workspace's imported articles, through the workspace's catalog cache. */
    public Corpus load(Path folder, Path workspace, ProgressListener progress) throws IOException {
        Path root = checkedRoot(folder);
        List<Path> roots = roots(root, workspace);
        if (workspace != null) {
            ImportTempFiles.removeStale(importFolder(workspace.toAbsolutePath().normalize()));
        }
        progress.progress(0, -1, "Listing files…");
        List<FileStat> files = new ArrayList<>();
        for (int r = 0; r < roots.size(); r++) {
            files.addAll(listFiles(r, roots.get(r)));
        }
        CatalogCache cache = workspace == null ? null : new CatalogCache(workspace);
        Map<String, CatalogCache.Entry> cached = cache == null ? Map.of() : cache.read(roots);
        CatalogCache.Entry[] entries = new CatalogCache.Entry[files.size()];
        List<Integer> stale = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileStat f = files.get(i);
            CatalogCache.Entry e = cached.get(f.key());
            if (e != null && e.matches(f.size(), f.modified())) {
                entries[i] = e;
            } else {
                stale.add(i);
            }
        }
        parseAll(files, stale, entries, progress);
        if (cache != null && (!stale.isEmpty() || cached.size() != files.size())) {
            cache.write(roots, Arrays.asList(entries));
        }
        progress.progress(files.size(), files.size(), "");
        return assemble(root, roots, files, entries);
    }

    /**
     * The catalog exactly as the workspace's cache last saw it, without looking at a single file: what lets a
     * window show 100,000 articles at once. It may be stale; follow it with {@link #load(Path, Path,
     * ProgressListener)} in the background, which verifies every file and returns the up-to-date catalog.
     * Empty when there is no usable cache (first open, other folder, damaged file).
     */
    public Optional<Corpus> loadCached(Path folder, Path workspace) throws IOException {
        Path root = checkedRoot(folder);
        List<Path> roots = roots(root, workspace);
        Map<String, CatalogCache.Entry> cached = new CatalogCache(workspace).read(roots);
        if (cached.isEmpty()) {
            return Optional.empty();
        }
        List<FileStat> files = new ArrayList<>(cached.size());
        for (CatalogCache.Entry e : cached.values()) {
            int slash = e.key().indexOf('/');
            int r = Integer.parseInt(e.key().substring(0, slash));
            Path file = roots.get(r).resolve(e.key().substring(slash + 1));
            files.add(new FileStat(r, file, e.key(), e.size(), e.modified()));
        }
        return Optional.of(assemble(root, roots, files, cached.values().toArray(CatalogCache.Entry[]::new)));
    }

    private static List<Path> roots(Path root, Path workspace) {
        List<Path> roots = new ArrayList<>(List.of(root));
        if (workspace != null) {
            // Listed even before it exists (a missing folder lists no files): the catalog cache is keyed by the
            // roots, so the first import must not make the next open re-parse the whole corpus.
            Path imported = importFolder(workspace.toAbsolutePath().normalize());
            if (!imported.equals(root)) {
                roots.add(imported);
            }
        }
        return roots;
    }

    private record FileStat(int root, Path file, String key, long size, long modified) {
    }

    /** Parses the new and changed files on all cores: on a first open this is nearly all the work. */
    private void parseAll(List<FileStat> files, List<Integer> stale, CatalogCache.Entry[] entries,
                          ProgressListener progress) {
        AtomicInteger done = new AtomicInteger();
        stale.parallelStream().forEach(i -> {
            if (progress.isCancelled()) {
                return;
            }
            FileStat f = files.get(i);
            entries[i] = readOne(f);
            progress.progress(done.incrementAndGet(), stale.size(), f.file().getFileName().toString());
        });
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
    }

    private CatalogCache.Entry readOne(FileStat f) {
        String extension = extension(f.file());
        if (!TEXT_EXTENSIONS.contains(extension)) {
            return new CatalogCache.Entry(f.key(), f.size(), f.modified(), null, "Not a text article (."
                    + extension + "); use File ▸ Import… for HTML and PDF files.");
        }
        try {
            TextDecoder.Decoded decoded = TextDecoder.read(f.file());
            ArticleMeta meta = parser.parse(f.key(), f.file(), decoded.text()).meta();
            return new CatalogCache.Entry(f.key(), f.size(), f.modified(), meta, decoded.warning());
        } catch (UnreadableFileException e) {
            return new CatalogCache.Entry(f.key(), f.size(), f.modified(), null, e.getMessage());
        } catch (IOException e) {
            // Not cached as unreadable for good: size and time are unchanged when the next open retries it.
            return new CatalogCache.Entry(f.key(), -1, -1, null, "Could not be read: " + e.getMessage());
        }
    }

    /** Gives each article its id and absolute path, in file order, and turns failures into the load report. */
    private Corpus assemble(Path root, List<Path> roots, List<FileStat> files, CatalogCache.Entry[] entries) {
        List<ArticleMeta> articles = new ArrayList<>(files.size());
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            FileStat f = files.get(i);
            CatalogCache.Entry e = entries[i];
            Path base = roots.get(f.root());
            String shown = f.root() == 0 ? base.relativize(f.file()).toString() : f.file().toString();
            if (e.meta() == null) {
                problems.add(new LoadProblem(shown, e.message(), true));
                continue;
            }
            String prefix = f.root() == 0 ? "" : IMPORTED_PREFIX;
            String id = uniqueId(prefix + ArticleIds.of(base, f.file()), extension(f.file()), ids);
            ArticleMeta m = e.meta();
            articles.add(new ArticleMeta(id, m.title(), m.date(), m.source(), m.dateline(), m.words(),
                    f.file().toString(), m.fingerprint()));
            if (e.message() != null) {
                problems.add(new LoadProblem(shown, e.message(), false));
            }
        }
        return new Corpus(root, articles, problems, parser);
    }

    private static Path checkedRoot(Path folder) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "the corpus folder does not exist");
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        return root;
    }

    private static String uniqueId(String id, String extension, Set<String> ids) {
        String candidate = ids.contains(id) ? id + "." + extension : id;
        ids.add(candidate);
        return candidate;
    }

    /** Every visible regular file under the root with its size and time, read in the same walk (one stat each). */
    private static List<FileStat> listFiles(int rootIndex, Path root) throws IOException {
        List<FileStat> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isHidden(file)) {
                    String key = rootIndex + "/" + root.relativize(file).toString().replace('\\', '/');
                    found.add(new FileStat(rootIndex, file, key, attrs.size(), attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(FileStat::file));
        return found;
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
