package org.corridor.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.corpus.Corpus;
import org.corridor.export.ArticleTexts;
import org.corridor.export.ImportBatch;
import org.corridor.export.ImportReport;
import org.corridor.export.NotesFileReader;
import org.corridor.export.NotesImporter;
import org.corridor.notes.NotesEdit;
import org.corridor.notes.NotesStore;
import org.corridor.notes.UndoHistory;

/**
 * {@code import-notes}: merges W3C Web Annotation JSON and REFI-QDA {@code .qdpx} files (told apart by content) into a
 * workspace's notes and saves them. Prints, as JSON lines, every item that could not be placed and one summary per
 * file. Exit 0 when everything was placed, 1 when some items or files were not, 2 when nothing could be done.
 */
public final class ImportNotesCommand implements CliCommand {

    private final CliContext context;
    private final Clock clock;

    public ImportNotesCommand(CliContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "import-notes";
    }

    @Override
    public String summary() {
        return "import notes from W3C Web Annotation JSON(-LD) or REFI-QDA .qdpx files into the workspace; prints the report";
    }

    @Override
    public String usage() {
        return "import-notes [--corpus DIR] --workspace DIR FILE...";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("corpus", "workspace"));
        if (args.option("workspace").isEmpty()) {
            throw new UsageException("--workspace DIR is required");
        }
        if (args.positionals().isEmpty()) {
            throw new UsageException("name at least one file to import");
        }
        Path corpusDir = context.corpusDir(args);
        Path workspace = context.workspaceDir(args, corpusDir);
        Corpus corpus;
        try {
            corpus = context.loadCorpus(args);
        } catch (NoSuchFileException | NotDirectoryException e) {
            err.println("corridor import-notes: cannot open the corpus folder " + corpusDir);
            return FAILED;
        }
        Files.createDirectories(workspace);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            if (store.notebook().isReadOnly()) {
                err.println("corridor import-notes: " + store.notebook().readOnlyReason());
                return FAILED;
            }
            NotesImporter importer = new NotesImporter(corpus, ArticleTexts.of(corpus), clock);
            UndoHistory history = new UndoHistory(store.notebook());
            int failedFiles = 0;
            boolean incomplete = false;
            List<String> files = args.positionals();
            for (String name : files) {
                Path file = context.resolve(name);
                try {
                    ImportBatch batch = NotesFileReader.read(file);
                    NotesImporter.Result result = importer.merge(store.notebook().snapshot(), batch);
                    history.perform(NotesEdit.adding("import notes from " + file.getFileName(), store.notebook().snapshot(),
                            result.newTags(), result.newAnnotations(), clock.instant()));
                    print(out, file, result.report());
                    incomplete |= !result.report().unplaced().isEmpty();
                } catch (IOException e) {
                    failedFiles++;
                    CliContext.printJson(out, failure(file, e));
                    err.println("corridor import-notes: " + file + ": " + e.getMessage());
                }
            }
            store.save();
            if (failedFiles == files.size()) {
                return FAILED;
            }
            return failedFiles > 0 || incomplete ? PARTIAL : OK;
        }
    }

    private static void print(PrintStream out, Path file, ImportReport report) {
        for (ImportReport.Unplaced u : report.unplaced()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", file.toString());
            row.put("status", "unplaced");
            row.put("item", u.item());
            row.put("source", u.source());
            row.put("reason", u.reason());
            CliContext.printJson(out, row);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file.toString());
        row.put("status", "imported");
        row.put("format", report.format());
        row.put("read", report.read());
        row.put("imported", report.imported());
        row.put("duplicates", report.duplicates());
        row.put("unplaced", report.unplaced().size());
        row.put("tagsCreated", report.tagsCreated());
        CliContext.printJson(out, row);
    }

    private static Map<String, Object> failure(Path file, IOException e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file.toString());
        row.put("status", "failed");
        row.put("error", e instanceof NoSuchFileException ? "no such file" : e.getMessage());
        return row;
    }
}
