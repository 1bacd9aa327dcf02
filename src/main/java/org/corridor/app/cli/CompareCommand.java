package org.corridor.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.corridor.common.ProgressListener;
import org.corridor.compare.Comparer;
import org.corridor.compare.Comparison;
import org.corridor.compare.ComparisonJson;
import org.corridor.compare.CorpusComparers;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.TextDecoder;
import org.corridor.corpus.UnreadableFileException;
import org.corridor.entities.Recogniser;

/**
 * {@code compare A B}: one JSON object comparing two articles, each named by its id in the corpus, a unique
 * id prefix ("000"), or a file path. Phrase frequencies count the corpus's articles; the index behind them is
 * cached in the workspace.
 */
public final class CompareCommand implements CliCommand {

    private final CliContext context;
    private final RecogniserFactory recognisers;

    public CompareCommand(CliContext context, RecogniserFactory recognisers) {
        this.context = context;
        this.recognisers = recognisers;
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "compare two articles: shared and unique entities, shared phrases, aligned sentences (one JSON object)";
    }

    @Override
    public String usage() {
        return "compare [--corpus DIR] [--workspace DIR] A B   (A, B: article ids or file paths)";
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("corpus", "workspace"));
        List<String> names = args.positionals();
        if (names.size() != 2) {
            throw new UsageException("give exactly two articles to compare");
        }
        Corpus corpus = context.loadCorpus(args);
        Optional<Article> a = resolve(corpus, names.get(0), err);
        Optional<Article> b = resolve(corpus, names.get(1), err);
        if (a.isEmpty() || b.isEmpty()) {
            return FAILED;
        }
        Path workspace = context.workspaceDir(args, corpus.root());
        Recogniser recogniser = recognisers.forWorkspace(workspace);
        Comparer comparer = new CorpusComparers(workspace).forCorpus(corpus, ProgressListener.NONE);
        Comparison comparison = comparer.compare(a.get(), recogniser.recognise(a.get()),
                b.get(), recogniser.recognise(b.get()));
        CliContext.printJson(out, ComparisonJson.of(comparison, a.get().text(), b.get().text()));
        return OK;
    }

    private Optional<Article> resolve(Corpus corpus, String name, PrintStream err) throws IOException {
        try {
            Path file = context.resolve(name);
            Optional<ArticleMeta> meta = corpus.find(name).or(() -> byFile(corpus, file))
                    .or(() -> byPrefix(corpus, name));
            if (meta.isPresent()) {
                return Optional.of(corpus.open(meta.get().id()));
            }
            if (Files.isRegularFile(file)) {
                String text = TextDecoder.read(file).text();
                String id = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
                return Optional.of(new ArticleParser().parse(id, file, text));
            }
            err.println("corridor compare: no article or file named " + name + " (in " + corpus.root() + ")");
        } catch (UnreadableFileException e) {
            err.println("corridor compare: cannot read " + name + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** A file of the corpus named by its path keeps its corpus id. */
    private static Optional<ArticleMeta> byFile(Corpus corpus, Path file) {
        String path = file.toString();
        return corpus.articles().stream().filter(m -> m.path().equals(path)).findFirst();
    }

    private static Optional<ArticleMeta> byPrefix(Corpus corpus, String prefix) {
        List<ArticleMeta> matches = corpus.articles().stream().filter(m -> m.id().startsWith(prefix)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
