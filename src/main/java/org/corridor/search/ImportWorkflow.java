package org.corridor.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.AlreadyClosedException;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.corpus.importing.ImportReport;
import org.corridor.corpus.importing.Importer;

/**
 * An import as the user sees it, the same from the window and the command line: the files are imported (checked
 * against the corpus and its index for duplicates), then the catalog is re-read (only new files are parsed) and
 * the index takes in the new articles, and only those.
 */
public final class ImportWorkflow {

    /**
     * The report, the corpus with the new articles (the same corpus when nothing was added), and why the index could
     * not take them in (null when it did): the articles are imported either way, and the next sync indexes them.
     */
    public record Result(ImportReport report, Corpus corpus, String indexProblem) {

        /** The report's summary, with the index problem when there was one. */
        public String summary() {
            return report.summary() + (indexProblem == null ? "" : ". " + indexProblem);
        }
    }

    private final Importer importer;
    private final CorpusLoader loader;

    public ImportWorkflow(Importer importer, CorpusLoader loader) {
        this.importer = importer;
        this.loader = loader;
    }

    public Result run(List<Path> inputs, Corpus current, Path workspace, SearchIndex index, ProgressListener progress)
            throws IOException {
        ImportReport report = importer.importFiles(inputs, current, workspace, index.similarArticles(), progress);
        if (report.addedIds().isEmpty()) {
            return new Result(report, current, null);
        }
        // The catalog and the index take the added files in even when the import was cancelled part-way.
        Corpus updated = loader.load(current.root(), workspace, ProgressListener.NONE);
        try {
            // Only the new articles go to the index: no need to compare all the others with the catalog.
            index.refresh(updated, report.addedIds());
        } catch (IOException | AlreadyClosedException e) {
            // A full disk fails the index after the articles were written: they stay imported, and the report
            // must still reach the user.
            return new Result(report, updated, "The search index could not take the new articles in ("
                    + e.getMessage() + "); they are indexed the next time the index is brought up to date.");
        }
        return new Result(report, updated, null);
    }
}
