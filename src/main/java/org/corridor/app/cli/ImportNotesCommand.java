package org.corridor.app.cli;

import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;
import org.corridor.export.ExportException;
import org.corridor.export.ImportReport;
import org.corridor.export.WorkspaceImporter;
import org.corridor.notes.NotesStore;

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
        List<Path> files = args.positionals().stream().map(context::resolve).toList();
        List<WorkspaceImporter.FileOutcome> outcomes;
        try {
            outcomes = new WorkspaceImporter(corpus, clock).importIntoWorkspace(workspace, files, ProgressListener.NONE);
        } catch (ExportException e) {
            err.println("corridor import-notes: " + e.getMessage());
            if (NotesStore.read(workspace).damage() != null) {
                NotesRepairCommand.tellHowToRepair(err, name(), workspace);
            }
            return FAILED;
        }
        boolean incomplete = false;
        for (WorkspaceImporter.FileOutcome outcome : outcomes) {
            if (outcome.failed()) {
                err.println("corridor import-notes: " + outcome.file() + ": " + outcome.error());
                CliContext.printJson(out, failure(outcome));
                incomplete = true;
            } else {
                print(out, outcome.file(), outcome.report());
                incomplete |= !outcome.report().unplaced().isEmpty();
            }
        }
        if (outcomes.stream().allMatch(WorkspaceImporter.FileOutcome::failed)) {
            return FAILED;
        }
        return incomplete ? PARTIAL : OK;
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

    private static Map<String, Object> failure(WorkspaceImporter.FileOutcome outcome) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", outcome.file().toString());
        row.put("status", "failed");
        row.put("error", outcome.error());
        return row;
    }
}
