package org.corridor.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

    /** The report, and the corpus with the new articles (the same corpus when nothing was added). */
    public record Result(ImportReport report, Corpus corpus) {
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
            return new Result(report, current);
        }
        // The catalog and the index take the added files in even when the import was cancelled part-way.
        Corpus updated = loader.load(current.root(), workspace, ProgressListener.NONE);
        // Only the new articles go to the index: no need to compare all the others with the catalog.
        index.refresh(updated, report.addedIds());
        return new Result(report, updated);
    }
}
