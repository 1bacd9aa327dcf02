package org.corridor.app.cli;

import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.LoadProblem;

/** {@code list}: one JSON object per article of the corpus; unreadable files are reported on stderr. */
public final class ListCommand implements CliCommand {

    private final CliContext context;

    public ListCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "print the corpus's articles as JSON lines (id, title, date, source, dateline, words, path)";
    }

    @Override
    public String usage() {
        return "list [--corpus DIR]";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("corpus"));
        Corpus corpus;
        try {
            corpus = context.loadCorpus(args);
        } catch (NoSuchFileException e) {
            err.println("corridor list: no such folder: " + e.getFile());
            return FAILED;
        } catch (NotDirectoryException e) {
            err.println("corridor list: not a folder: " + e.getFile());
            return FAILED;
        }
        for (ArticleMeta a : corpus.articles()) {
            CliContext.printJson(out, row(a));
        }
        for (LoadProblem p : corpus.problems()) {
            err.println((p.skipped() ? "skipped " : "warning ") + p.path() + ": " + p.message());
        }
        return OK;
    }

    private static Map<String, Object> row(ArticleMeta a) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", a.id());
        row.put("title", a.title());
        row.put("date", a.date() == null ? null : a.date().toString());
        row.put("source", a.source());
        row.put("dateline", a.dateline());
        row.put("words", a.words());
        row.put("path", a.path());
        return row;
    }
}
