package org.corridor.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.corpus.Corpus;
import org.corridor.notes.AnnotationPlacer;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesStore;
import org.corridor.notes.Placement;
import org.corridor.notes.Tag;
import org.corridor.notes.WorkspaceRead;

/**
 * {@code notes}: the workspace's annotations as JSON lines, each placed in the corpus as it is now (orphan when
 * its passage or article is gone). Reads without locking or changing anything; a damaged, locked or newer
 * workspace is reported on stderr, as the window reports it, and makes the exit code non-zero.
 */
public final class NotesCommand implements CliCommand {

    private final CliContext context;

    public NotesCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public String summary() {
        return "print the workspace's annotations as JSON lines (id, articleId, quote, start, end, tags, note,"
                + " created, modified, orphan)";
    }

    @Override
    public String usage() {
        return "notes [--corpus DIR] --workspace DIR [--article ID] [--tag T]";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("corpus", "workspace", "article", "tag"));
        if (args.option("workspace").isEmpty()) {
            throw new UsageException("--workspace DIR is required");
        }
        Path corpusDir = context.corpusDir(args);
        Path workspace = context.workspaceDir(args, corpusDir);
        if (!Files.isDirectory(workspace)) {
            err.println("corridor notes: no such workspace folder: " + workspace);
            return FAILED;
        }
        Corpus corpus;
        try {
            corpus = context.loadCorpus(args);
        } catch (NoSuchFileException | NotDirectoryException e) {
            err.println("corridor notes: cannot open the corpus folder " + corpusDir);
            return FAILED;
        }
        WorkspaceRead read = NotesStore.read(workspace);
        NotesRepairCommand.warnUnlessHealthy(err, name(), workspace, read);
        Codebook codebook = read.snapshot().codebook();
        Optional<String> tagFilter = args.option("tag");
        Set<String> wanted = tagFilter.map(t -> matchingTags(codebook, t)).orElse(null);
        if (wanted != null && wanted.isEmpty()) {
            err.println("corridor notes: no tag named " + tagFilter.get() + " in the codebook");
            return FAILED;
        }
        Optional<String> article = args.option("article");
        List<Placement> placed = AnnotationPlacer.placeAll(corpus, read.snapshot().annotations()).stream()
                .filter(p -> article.isEmpty() || article.get().equals(p.annotation().articleId())
                        || article.get().equals(p.articleId()))
                .filter(p -> wanted == null || p.annotation().tagIds().stream().anyMatch(wanted::contains))
                .sorted(Comparator.comparing((Placement p) -> p.articleId() == null ? p.annotation().articleId()
                        : p.articleId()).thenComparing(AnnotationPlacer.TEXT_ORDER))
                .toList();
        placed.forEach(p -> CliContext.printJson(out, row(p, codebook)));
        return read.healthy() ? OK : PARTIAL;
    }

    /** The tag named (by id, name or "Parent/Child" path, any case) and every tag under it. */
    private static Set<String> matchingTags(Codebook codebook, String wanted) {
        String w = wanted.toLowerCase(Locale.ROOT);
        return codebook.tags().stream()
                .filter(t -> t.id().equals(wanted) || t.name().toLowerCase(Locale.ROOT).equals(w)
                        || codebook.path(t.id()).toLowerCase(Locale.ROOT).equals(w))
                .map(Tag::id)
                .flatMap(id -> codebook.subtree(id).stream())
                .collect(java.util.stream.Collectors.toSet());
    }

    private static Map<String, Object> row(Placement p, Codebook codebook) {
        var a = p.annotation();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", a.id());
        row.put("articleId", p.articleId() == null ? a.articleId() : p.articleId());
        row.put("quote", a.anchor().exact());
        row.put("start", p.start());
        row.put("end", p.end());
        row.put("tags", a.tagIds().stream().map(codebook::path).toList());
        row.put("note", a.note());
        row.put("created", a.created() == null ? null : a.created().toString());
        row.put("modified", a.modified() == null ? null : a.modified().toString());
        row.put("orphan", p.orphan());
        return row;
    }
}
