package org.corridor.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.corridor.app.DefaultCorpus;
import org.corridor.common.Json;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.settings.AppDirs;

/** What every command needs: where things live, how to open the corpus, how to print a JSON line. */
public final class CliContext {

    private final AppDirs dirs;
    private final Path workingDir;

    public CliContext(AppDirs dirs, Path workingDir) {
        this.dirs = dirs;
        this.workingDir = workingDir;
    }

    public AppDirs dirs() {
        return dirs;
    }

    /** The folder named by {@code --corpus}, or the default corpus. */
    public Path corpusDir(Args args) throws IOException {
        var named = args.option("corpus");
        if (named.isPresent()) {
            return workingDir.resolve(named.get()).toAbsolutePath().normalize();
        }
        return DefaultCorpus.locate(workingDir, dirs.dataDir());
    }

    /** The folder named by {@code --workspace}, or the corpus's default workspace. */
    public Path workspaceDir(Args args, Path corpusDir) {
        return args.option("workspace")
                .map(w -> workingDir.resolve(w).toAbsolutePath().normalize())
                .orElseGet(() -> dirs.defaultWorkspace(corpusDir));
    }

    /** A path given on the command line, relative to the working directory. */
    public Path resolve(String path) {
        return workingDir.resolve(path).toAbsolutePath().normalize();
    }

    public Corpus loadCorpus(Args args) throws IOException {
        return new CorpusLoader(new ArticleParser()).load(corpusDir(args), ProgressListener.NONE);
    }

    public static void printJson(PrintStream out, Object value) {
        out.println(Json.compact().writeValueAsString(value));
    }
}
