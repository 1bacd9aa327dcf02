package org.corridor.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;
import org.corridor.export.ArticleNotes;
import org.corridor.export.ArticleTexts;
import org.corridor.export.EmptyScopeException;
import org.corridor.export.ExportException;
import org.corridor.export.ExportJob;
import org.corridor.export.ExportOptions;
import org.corridor.export.ExportRunner;
import org.corridor.export.ExportScope;
import org.corridor.export.Exporters;
import org.corridor.export.NotesExporter;
import org.corridor.export.TagLookup;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesStore;
import org.corridor.notes.Tag;
import org.corridor.notes.WorkspaceRead;

/**
 * {@code export}: writes the workspace's notes (or the corpus's entity table) in one format to one file, through a
 * temporary file and an atomic move; an unknown format, an empty scope or an unwritable destination is a clear
 * error and writes nothing. Prints one JSON line saying what was written.
 */
public final class ExportCommand implements CliCommand {

    private static final Set<String> OPTIONS = Set.of("corpus", "workspace", "format", "tag", "article", "from", "to",
            "out", "title", "group-by", "front-matter", "rows", "bom", "webanno", "csv-raw");

    private final CliContext context;
    private final RecogniserFactory recognisers;

    public ExportCommand(CliContext context, RecogniserFactory recognisers) {
        this.context = context;
        this.recognisers = recognisers;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "export notes as md, csv, html, webanno (W3C JSON-LD), qdpx or qdc (REFI-QDA), or the entity table";
    }

    @Override
    public Set<String> flags() {
        return Set.of("csv-raw");
    }

    @Override
    public String usage() {
        return "export [--corpus DIR] --workspace DIR --format " + String.join("|", Exporters.knownIds())
                + " [--tag T]... [--article ID]... [--from DATE] [--to DATE] --out FILE [--title T]"
                + " [--group-by article|tag] [--front-matter yes|no] [--rows annotation|tag] [--bom yes|no]"
                + " [--webanno collection|files] [--csv-raw]";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(OPTIONS);
        String format = required(args, "format");
        if (!Exporters.knownIds().contains(format)) {
            throw new UsageException("unknown format " + format + " (known: " + String.join(", ", Exporters.knownIds()) + ")");
        }
        required(args, "workspace");
        Path target = context.resolve(required(args, "out"));
        ExportOptions options = options(args);
        ExportScope scope = new ExportScope(Set.copyOf(args.options("article")), Set.of(), date(args, "from"), date(args, "to"));
        Path corpusDir = context.corpusDir(args);
        Path workspace = context.workspaceDir(args, corpusDir);
        if (!Files.isDirectory(workspace)) {
            err.println("corridor export: no such workspace folder: " + workspace);
            return FAILED;
        }
        Corpus corpus;
        try {
            corpus = context.loadCorpus(args);
        } catch (NoSuchFileException | NotDirectoryException e) {
            err.println("corridor export: cannot open the corpus folder " + corpusDir);
            return FAILED;
        }
        WorkspaceRead read = NotesStore.read(workspace);
        NotesRepairCommand.warnUnlessHealthy(err, name(), workspace, read);
        Codebook codebook = read.snapshot().codebook();
        Set<String> tagIds = new LinkedHashSet<>();
        for (String name : args.options("tag")) {
            Optional<Tag> tag = TagLookup.find(codebook, name);
            if (tag.isEmpty()) {
                err.println("corridor export: no tag named " + name + " in the codebook");
                return FAILED;
            }
            tagIds.add(tag.get().id());
        }
        scope = new ExportScope(scope.articleIds(), tagIds, scope.from(), scope.to());
        NotesExporter exporter = exporter(format, workspace);
        try {
            List<ArticleNotes> articles = Exporters.isArticleTable(format) ? scope.selectArticles(read.snapshot(), corpus)
                    : scope.selectNotes(read.snapshot(), corpus);
            ExportJob job = new ExportJob(codebook, articles, ArticleTexts.of(corpus), options, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS),
                    scope.label(codebook));
            ExportRunner.run(exporter, job, target, ProgressListener.NONE);
            CliContext.printJson(out, summary(format, target, job));
        } catch (EmptyScopeException e) {
            err.println("corridor export: " + e.getMessage() + "; nothing was written");
            return FAILED;
        } catch (ExportException e) {
            err.println("corridor export: " + e.getMessage() + "; nothing was written");
            return FAILED;
        } catch (IOException e) {
            err.println("corridor export: cannot write " + target + ": " + e.getMessage());
            return FAILED;
        }
        return read.healthy() ? OK : PARTIAL;
    }

    private NotesExporter exporter(String format, Path workspace) throws IOException {
        Exporters exporters = new Exporters(Exporters.isArticleTable(format)
                ? Optional.of(recognisers.forWorkspace(workspace)) : Optional.empty());
        return exporters.find(format).orElseThrow();
    }

    private static Map<String, Object> summary(String format, Path target, ExportJob job) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("format", format);
        row.put("out", target.toString());
        row.put("articles", job.articles().size());
        row.put("annotations", job.annotationCount());
        row.put("scope", job.scopeLabel());
        return row;
    }

    private static ExportOptions options(Args args) throws UsageException {
        return new ExportOptions(
                choice(args, "group-by", "article", "tag"),
                !choice(args, "front-matter", "yes", "no"),
                choice(args, "rows", "annotation", "tag"),
                choice(args, "bom", "no", "yes"),
                choice(args, "webanno", "collection", "files"),
                args.option("title").orElse(null),
                args.flag("csv-raw"));
    }

    /** True when the option has its second value; the first is the default. */
    private static boolean choice(Args args, String name, String first, String second) throws UsageException {
        String value = args.option(name).orElse(first);
        if (!value.equals(first) && !value.equals(second)) {
            throw new UsageException("--" + name + " takes " + first + " or " + second + ", not " + value);
        }
        return value.equals(second);
    }

    private static LocalDate date(Args args, String name) throws UsageException {
        Optional<String> value = args.option(name);
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " takes a date as YYYY-MM-DD, not " + value.get());
        }
    }

    private static String required(Args args, String name) throws UsageException {
        return args.option(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
    }
}
