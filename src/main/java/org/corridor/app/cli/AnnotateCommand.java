package org.corridor.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.TextDecoder;
import org.corridor.corpus.UnreadableFileException;
import org.corridor.entities.EntityRecogniser;
import org.corridor.entities.Mention;
import org.corridor.entities.Recogniser;
import org.corridor.entities.Recognisers;

/**
 * {@code annotate}: one JSON line per file with the article's metadata and its mentions. Offsets are UTF-16
 * indices into the file's full decoded text. Unreadable files give an error line and a non-zero exit.
 */
public final class AnnotateCommand implements CliCommand {

    private final CliContext context;

    public AnnotateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public String summary() {
        return "print the actors, initiatives, places and dates of article files as JSON lines";
    }

    @Override
    public String usage() {
        return "annotate [--workspace DIR] FILE...";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("workspace"));
        List<String> files = args.positionals();
        if (files.isEmpty()) {
            throw new UsageException("name at least one FILE");
        }
        Path workspace = args.option("workspace").map(context::resolve).orElse(null);
        Recogniser recogniser = new EntityRecogniser(Recognisers.lexiconFor(workspace));
        ArticleParser parser = new ArticleParser();
        int failed = 0;
        for (String name : files) {
            Path file = context.resolve(name);
            try {
                CliContext.printJson(out, annotate(file, parser, recogniser));
            } catch (IOException | UnreadableFileException e) {
                failed++;
                String reason = reason(e);
                err.println("corridor annotate: " + file + ": " + reason);
                Map<String, Object> error = new LinkedHashMap<>();
                error.put("file", file.toString());
                error.put("error", reason);
                CliContext.printJson(out, error);
            }
        }
        if (failed == 0) {
            return OK;
        }
        return failed == files.size() ? FAILED : PARTIAL;
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Map<String, Object> annotate(Path file, ArticleParser parser, Recogniser recogniser)
            throws IOException, UnreadableFileException {
        if (Files.isDirectory(file)) {
            throw new IOException("is a folder, not a file");
        }
        String text = TextDecoder.read(file).text();
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        Article article = parser.parse(dot > 0 ? fileName.substring(0, dot) : fileName, file, text);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", file.toString());
        row.put("article", meta(article.meta()));
        List<Map<String, Object>> mentions = new ArrayList<>();
        for (Mention m : recogniser.recognise(article)) {
            mentions.add(mention(m));
        }
        row.put("mentions", mentions);
        return row;
    }

    private static Map<String, Object> meta(ArticleMeta a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("title", a.title());
        m.put("date", a.date() == null ? null : a.date().toString());
        m.put("source", a.source());
        return m;
    }

    private static Map<String, Object> mention(Mention m) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("category", m.category().json());
        row.put("kind", m.kind());
        row.put("text", m.text());
        row.put("start", m.start());
        row.put("end", m.end());
        row.put("entity", m.entityId());
        row.put("label", m.label());
        row.put("group", m.group());
        row.put("normalized", m.normalized());
        return row;
    }
}
