package org.corridor.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.export.TagLookup;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.NotesStore;
import org.corridor.notes.Tag;
import org.corridor.notes.WorkspaceRead;
import org.corridor.search.ClosestValue;
import org.corridor.search.EntityFacet;
import org.corridor.search.LiveFacet;
import org.corridor.search.QuerySyntaxException;
import org.corridor.search.SearchHit;
import org.corridor.search.SearchIndex;
import org.corridor.search.SearchRequest;
import org.corridor.search.SearchResults;
import org.corridor.search.TagFacet;

/** {@code search}: ranked full-text hits as JSON lines; builds or updates the workspace's index first. */
public final class SearchCommand implements CliCommand {

    private static final int DEFAULT_LIMIT = 20;

    private final CliContext context;

    public SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "search";
    }

    @Override
    public String summary() {
        return "full-text search: ranked hits as JSON lines (id, title, date, source, score, snippet)";
    }

    @Override
    public String usage() {
        return "search [--corpus DIR] [--workspace DIR] [--from DATE] [--to DATE] [--source S]... [--entity ID]... [--tag NAME-or-ID]... [--limit N] QUERY\n"
                + "  --entity: an entity id (person:sun-weidong) or a group (group:cpec2-corridors); "
                + "--tag: a tag of the workspace's notes, its child tags included";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("corpus", "workspace", "from", "to", "source", "entity", "tag", "limit"));
        String query = String.join(" ", args.positionals());
        Path corpusDir = context.corpusDir(args);
        Path workspace = context.workspaceDir(args, corpusDir);
        Map<String, Set<String>> filters = new HashMap<>();
        putIfAny(filters, "source", args.options("source"));
        putIfAny(filters, EntityFacet.DIMENSION, args.options("entity"));
        List<LiveFacet> live = List.of();
        boolean notesHealthy = true;
        if (!args.options("tag").isEmpty()) {
            WorkspaceRead read = NotesStore.read(workspace);
            NotesRepairCommand.warnUnlessHealthy(err, name(), workspace, read);
            notesHealthy = read.healthy();
            NotesSnapshot notes = read.snapshot();
            List<String> tagIds = new ArrayList<>();
            for (String name : args.options("tag")) {
                Optional<Tag> tag = TagLookup.find(notes.codebook(), name);
                if (tag.isEmpty()) {
                    err.println("corridor search: no tag named " + name + " in the codebook of " + workspace);
                    return FAILED;
                }
                tagIds.add(tag.get().id());
            }
            filters.put(TagFacet.DIMENSION, Set.copyOf(tagIds));
            live = List.of(TagFacet.of(notes));
        }
        SearchRequest request = new SearchRequest(query, date(args, "from"), date(args, "to"), filters, limit(args),
                live);
        Corpus corpus = new CorpusLoader(new ArticleParser()).load(corpusDir, workspace, ProgressListener.NONE);
        EntityFacet entities = EntityFacet.forWorkspace(workspace);
        try (SearchIndex index = SearchIndex.open(workspace, List.of(entities))) {
            if (index.rebuildReason() != null) {
                err.println("corridor search: " + index.rebuildReason() + " Rebuilding it.");
            }
            SearchIndex.Changes changes = index.sync(corpus, new StderrProgress(err, "indexing"));
            String unknown = unknownEntity(args.options("entity"), entities, index);
            if (unknown != null) {
                err.println("corridor search: " + unknown);
                return FAILED;
            }
            SearchResults results;
            try {
                results = index.search(request);
            } catch (QuerySyntaxException e) {
                err.println("corridor search: " + e.getMessage());
                return FAILED;
            }
            for (SearchHit hit : results.hits()) {
                CliContext.printJson(out, row(hit));
            }
            err.printf("%d of %,d matching articles%n", results.hits().size(), results.total());
            if (changes.incomplete()) {
                err.println("corridor search: " + incompleteIndex(changes, corpus));
                return INCOMPLETE;
            }
        }
        // the tag filter answered from what could be read of the notes
        return notesHealthy ? OK : PARTIAL;
    }

    /**
     * Why an {@code --entity} value can match nothing, with the closest known value when one is near; null when
     * every value is an entity of the lexicon or of some indexed article.
     */
    private static String unknownEntity(List<String> wanted, EntityFacet entities, SearchIndex index)
            throws IOException {
        if (wanted.isEmpty()) {
            return null;
        }
        Set<String> known = new HashSet<>(entities.lexiconValues());
        known.addAll(index.values(EntityFacet.DIMENSION));
        for (String value : wanted) {
            if (!known.contains(value)) {
                return "no entity " + value + " in the lexicon or in any article"
                        + ClosestValue.to(value, known).map(v -> "; did you mean " + v + "?").orElse("")
                        + " (ids look like person:sun-weidong or group:cpec2-corridors; `annotate` shows them)";
            }
        }
        return null;
    }

    /** Why the answer may lack articles; said by the commands that search or import through a shared index. */
    static String incompleteIndex(SearchIndex.Changes changes, Corpus corpus) {
        return String.format("another process owns the search index and has not indexed %,d of the corpus's %,d "
                + "articles; these results may be incomplete. Run the command again when it has finished.",
                changes.missing(), corpus.articles().size());
    }

    private static void putIfAny(Map<String, Set<String>> filters, String dimension, List<String> values) {
        if (!values.isEmpty()) {
            filters.put(dimension, Set.copyOf(values));
        }
    }

    private static Map<String, Object> row(SearchHit hit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", hit.id());
        row.put("title", hit.title());
        row.put("date", hit.date() == null ? null : hit.date().toString());
        row.put("source", hit.source());
        row.put("score", Math.round(hit.score() * 1000) / 1000.0);
        row.put("snippet", hit.snippet().markdown());
        return row;
    }

    private static LocalDate date(Args args, String name) throws UsageException {
        var value = args.option(name);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value.get());
        } catch (DateTimeParseException e) {
            throw new UsageException("--" + name + " needs a date as YYYY-MM-DD, not " + value.get());
        }
    }

    private static int limit(Args args) throws UsageException {
        var value = args.option("limit");
        try {
            int n = value.map(Integer::parseInt).orElse(DEFAULT_LIMIT);
            if (n < 1) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--limit needs a positive whole number");
        }
    }
}
