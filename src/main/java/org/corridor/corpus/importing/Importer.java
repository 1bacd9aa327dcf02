package org.corridor.corpus.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.corpus.ImportTempFiles;
import org.corridor.corpus.MinHash;
import org.corridor.corpus.TextDecoder;
import org.corridor.corpus.UnreadableFileException;

/**
 * Imports files (or whole folders) into the workspace corpus, where each article is stored as a text file in the
 * seed format with a small metadata header ({@link ImportedArticleFile}). Texts already in the corpus are skipped;
 * near-duplicates are added and flagged. A failure on one file never stops the others, and the report says for
 * every file what happened.
 */
public final class Importer {

    private final ArticleParser parser;
    private final long maxBytes;
    private final ImportDisk disk;
    private final Map<String, DocumentReader> readers = new HashMap<>();

    public Importer(ArticleParser parser) {
        this(parser, TextDecoder.MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused before they are read */
    public Importer(ArticleParser parser, long maxBytes) {
        this(parser, maxBytes, ImportDisk.REAL);
    }

    /** @param disk where the imported articles are written (tests pass one that fills up) */
    public Importer(ArticleParser parser, long maxBytes, ImportDisk disk) {
        this.parser = parser;
        this.maxBytes = maxBytes;
        this.disk = disk;
        DocumentReader text = new PlainTextReader(parser);
        DocumentReader markdown = new MarkdownReader();
        DocumentReader html = new HtmlReader();
        for (String ext : List.of("txt", "text", "")) {
            readers.put(ext, text);
        }
        readers.put("md", markdown);
        readers.put("markdown", markdown);
        readers.put("html", html);
        readers.put("htm", html);
        readers.put("xhtml", html);
        readers.put("pdf", new PdfReader());
    }

    public ImportReport importFiles(List<Path> inputs, Corpus corpus, Path workspace, SimilarArticles similar,
                                    ProgressListener progress) throws IOException {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = ImportSources.expand(inputs, outcomes);
        Path target = CorpusLoader.importFolder(workspace.toAbsolutePath().normalize());
        Files.createDirectories(target);
        ImportTempFiles.removeStale(target);
        Batch batch = new Batch(new ImportTarget(target, disk), new HashMap<>(),
                new NearDuplicates(corpus, similar, id -> reopen(target, id)));
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                return new ImportReport(outcomes, true);
            }
            Path file = files.get(i);
            progress.progress(i, files.size(), file.getFileName().toString());
            outcomes.add(importOne(file, corpus, batch));
        }
        progress.progress(files.size(), files.size(), "");
        return new ImportReport(outcomes, false);
    }

    /** What one import remembers between files: where it writes, what it added, what resembles what. */
    private record Batch(ImportTarget target, Map<String, String> fingerprints, NearDuplicates near) {
    }

    private ImportOutcome importOne(Path file, Corpus corpus, Batch batch) {
        String shown = file.toString();
        try {
            ImportedDocument doc = readDocument(file);
            String name = file.getFileName().toString();
            String unflagged = ImportedArticleFile.compose(doc, name, null);
            Article parsed = parser.parse("new", file, unflagged);
            String fingerprint = parsed.meta().fingerprint();
            String title = parsed.meta().title();
            var existing = corpus.withFingerprint(fingerprint);
            if (!existing.isEmpty()) {
                return new ImportOutcome(shown, ImportOutcome.Status.DUPLICATE, existing.get(0).id(), title,
                        "Already in the corpus as “" + existing.get(0).title() + "”.", null, 0);
            }
            String earlier = batch.fingerprints().get(fingerprint);
            if (earlier != null) {
                return new ImportOutcome(shown, ImportOutcome.Status.DUPLICATE, earlier, title,
                        "Same text as another file of this import (" + earlier + ").", null, 0);
            }
            Path unfinished = batch.target().unfinishedCopy(name, unflagged);
            String repairedId = unfinished == null ? null : idOf(unfinished);
            long[] signature = MinHash.signature(parsed.body());
            // The unfinished copy resembles the whole article, but it is the same one, not a near-duplicate.
            NearDuplicates.Match match = batch.near().find(parsed.body(), signature, repairedId);
            String content = ImportedArticleFile.compose(doc, name, match == null ? null : match.id());
            Path written;
            if (unfinished == null) {
                written = batch.target().writeNew(name, content);
            } else {
                batch.target().replace(unfinished, content);
                written = unfinished;
            }
            String id = idOf(written);
            batch.fingerprints().put(fingerprint, id);
            batch.near().remember(id, signature);
            return new ImportOutcome(shown, ImportOutcome.Status.ADDED, id, title,
                    unfinished == null ? null : "Completed the unfinished copy an earlier import left.",
                    match == null ? null : match.id(), match == null ? 0 : match.similarity());
        } catch (ImportTarget.WriteFailedException e) {
            return ImportOutcome.failed(shown, "Could not be saved in the workspace (" + e.getMessage()
                    + "); nothing of it was kept.");
        } catch (UnreadableFileException e) {
            return ImportOutcome.failed(shown, e.getMessage());
        } catch (NoSuchFileException e) {
            return ImportOutcome.failed(shown, "The file disappeared before it could be read.");
        } catch (IOException e) {
            return ImportOutcome.failed(shown, "Could not be read or written: " + e.getMessage());
        } catch (RuntimeException e) {
            // A parser library tripping over a strange file must not end the import of the others.
            return ImportOutcome.failed(shown, "The file could not be understood (" + e.getClass().getSimpleName()
                    + "); it may be damaged.");
        }
    }

    private ImportedDocument readDocument(Path file) throws IOException, UnreadableFileException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        DocumentReader reader = readers.get(ext);
        if (reader == null) {
            throw new UnreadableFileException("Corridor cannot import ." + ext + " files; save the article as "
                    + "text, Markdown, HTML or PDF first.");
        }
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new UnreadableFileException(String.format(Locale.ROOT, "The file is too large (%,d MB); "
                    + "files over %,d MB are not imported.", size >> 20, maxBytes >> 20));
        }
        if (size == 0) {
            throw new UnreadableFileException("The file is empty.");
        }
        return reader.read(name, Files.readAllBytes(file));
    }

    private static String idOf(Path written) {
        return CorpusLoader.IMPORTED_PREFIX + ImportedArticleFile.baseName(written);
    }

    private Article reopen(Path target, String id) {
        Path file = target.resolve(id.substring(CorpusLoader.IMPORTED_PREFIX.length()) + ".txt");
        try {
            return parser.parse(id, file, TextDecoder.decode(Files.readAllBytes(file)).text());
        } catch (IOException | UnreadableFileException e) {
            return null;
        }
    }
}
