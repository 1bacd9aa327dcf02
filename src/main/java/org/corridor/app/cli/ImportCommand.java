package org.corridor.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.corpus.importing.ImportOutcome;
import org.corridor.corpus.importing.ImportReport;
import org.corridor.corpus.importing.Importer;
import org.corridor.search.EntityFacet;
import org.corridor.search.ImportWorkflow;
import org.corridor.search.SearchIndex;

/** {@code import}: files and folders into the workspace corpus; one JSON line per file, then a summary line. */
public final class ImportCommand implements CliCommand {

    private final CliContext context;

    public ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import .txt, .md, .html and .pdf files (or folders) into the workspace; prints the import report";
    }

    @Override
    public String usage() {
        return "import [--corpus DIR] --workspace DIR PATH...";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("corpus", "workspace"));
        if (args.positionals().isEmpty()) {
            throw new UsageException("name at least one file or folder to import");
        }
        List<Path> inputs = args.positionals().stream().map(p -> Path.of(p).toAbsolutePath().normalize()).toList();
        Path corpusDir = context.corpusDir(args);
        Path workspace = context.workspaceDir(args, corpusDir);
        ArticleParser parser = new ArticleParser();
        CorpusLoader loader = new CorpusLoader(parser);
        Corpus corpus = loader.load(corpusDir, workspace, ProgressListener.NONE);
        ImportWorkflow.Result result;
        SearchIndex index = SearchIndex.open(workspace, List.of(EntityFacet.forWorkspace(workspace)));
        try {
            // Near-duplicates are found through the index, so it must know the corpus first.
            index.sync(corpus, new StderrProgress(err, "indexing"));
            result = new ImportWorkflow(new Importer(parser), loader)
                    .run(inputs, corpus, workspace, index, new StderrProgress(err, "importing"));
            if (index.readOnly()) {
                err.println("corridor import: another process owns the search index; the new articles are searchable "
                        + "once it (or the next command run after it ends) brings the index up to date.");
            }
        } finally {
            close(index, err);
        }
        ImportReport report = result.report();
        for (ImportOutcome o : report.outcomes()) {
            CliContext.printJson(out, row(o));
        }
        CliContext.printJson(out, Map.of("summary", summary(report)));
        err.println(result.summary());
        long failed = report.count(ImportOutcome.Status.FAILED);
        if (failed == report.outcomes().size() && failed > 0) {
            return FAILED;
        }
        return failed == 0 && result.indexProblem() == null ? OK : PARTIAL;
    }

    /** The articles are written by now: an index that cannot be closed (a full disk) must not hide the report. */
    private static void close(SearchIndex index, PrintStream err) {
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            err.println("corridor import: the search index could not be closed (" + e.getMessage() + "); the next "
                    + "command checks it and rebuilds it if needed.");
        }
    }

    private static Map<String, Object> row(ImportOutcome o) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", o.file());
        row.put("status", o.status().name().toLowerCase(Locale.ROOT));
        row.put("id", o.id());
        row.put("title", o.title());
        row.put("reason", o.reason());
        if (o.nearDuplicate()) {
            row.put("nearDuplicateOf", o.similarTo());
            row.put("similarity", Math.round(o.similarity() * 100) / 100.0);
        }
        return row;
    }

    private static Map<String, Object> summary(ImportReport report) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("added", report.count(ImportOutcome.Status.ADDED));
        s.put("nearDuplicates", report.nearDuplicates());
        s.put("duplicates", report.count(ImportOutcome.Status.DUPLICATE));
        s.put("failed", report.count(ImportOutcome.Status.FAILED));
        s.put("cancelled", report.cancelled());
        return s;
    }
}
