package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corridor.app.cli.CliCommand;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.CorpusLoader;
import org.corridor.search.SearchIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several command-line processes started together on a fresh workspace share one index: each gives the full answer,
 * or says plainly why it cannot; none answers from a half-built index as if it were complete, none wipes the index
 * another is building.
 */
class SharedIndexProcessesTest {

    private static final int ARTICLES = 200;
    private static final int PROCESSES = 4;
    private static final int ROUNDS = 1;

    @TempDir
    Path home;

    @Test
    void searchesStartedTogetherOnAFreshWorkspaceEachGiveTheFullCountOrAClearRefusal() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        for (int i = 0; i < ARTICLES; i++) {
            Files.writeString(corpus.resolve(String.format("article-%03d.txt", i)), "Gwadar report number " + i
                    + "\n\nThe port of Gwadar handled cargo number " + i + " on a busy day, officials said, and "
                    + "traders from Karachi and Quetta watched the unloading of shipment " + i + " closely.\n");
        }
        for (int round = 0; round < ROUNDS; round++) {
            Path workspace = home.resolve("ws-" + round);
            List<Process> processes = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                processes.add(start(p + "-" + round, "search", "--corpus", corpus.toString(), "--workspace",
                        workspace.toString(), "--limit", "1000", "gwadar"));
            }
            for (int p = 0; p < PROCESSES; p++) {
                Process process = processes.get(p);
                assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
                String out = Files.readString(home.resolve("out-" + p + "-" + round), StandardCharsets.UTF_8);
                String err = Files.readString(home.resolve("err-" + p + "-" + round), StandardCharsets.UTF_8);
                String what = "process " + p + " of round " + round + " (exit " + process.exitValue() + "): " + err;
                assertThat(err).as(what).doesNotContain("write.lock").doesNotContain("Exception")
                        .doesNotContain("window");
                if (process.exitValue() == 0) {
                    assertThat(out.lines().count()).as(what).isEqualTo(ARTICLES);
                    assertThat(err).as(what).contains(ARTICLES + " of " + ARTICLES + " matching articles");
                } else {
                    assertThat(process.exitValue()).as(what).isEqualTo(2);
                    assertThat(err).as(what).contains("another process");
                }
            }
            Process after = start("after-" + round, "search", "--corpus", corpus.toString(), "--workspace",
                    workspace.toString(), "--limit", "1000", "gwadar");
            assertThat(after.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(after.exitValue()).isZero();
            assertThat(Files.readString(home.resolve("err-after-" + round))).contains(ARTICLES + " of " + ARTICLES)
                    .doesNotContain("Rebuilding");
        }
    }

    @Test
    void aSearchOverAnIndexAnotherProcessOwnsAndHasNotFinishedSaysSoWithItsOwnExitCode() throws Exception {
        Path corpus = Files.createDirectories(home.resolve("corpus"));
        Path workspace = home.resolve("ws");
        for (int i = 0; i < 5; i++) {
            Files.writeString(corpus.resolve("early-" + i + ".txt"), "Gwadar note " + i + "\n\nGwadar port "
                    + "handled cargo number " + i + ", officials said in Karachi.\n");
        }
        CorpusLoader loader = new CorpusLoader(new ArticleParser());
        // The owner indexed five articles, then stopped making progress while holding the index.
        try (SearchIndex owner = SearchIndex.open(workspace, List.of())) {
            owner.sync(loader.load(corpus, workspace, ProgressListener.NONE), ProgressListener.NONE);
            for (int i = 0; i < 200; i++) {
                Files.writeString(corpus.resolve("late-" + i + ".txt"), "Gwadar update " + i + "\n\nGwadar port "
                        + "expects vessel number " + i + " next week, officials said in Karachi.\n");
            }

            CliRun run = CliRun.of(home, "search", "--corpus", corpus.toString(), "--workspace",
                    workspace.toString(), "gwadar");

            assertThat(run.code()).isEqualTo(CliCommand.INCOMPLETE);
            assertThat(run.err()).contains("5 of 5 matching articles")
                    .contains("another process owns the search index and has not indexed 200 of the corpus's 205 "
                            + "articles; these results may be incomplete");
        }
    }

    private Process start(String name, String... argv) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                Launcher.class.getName()));
        command.addAll(List.of(argv));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(home.resolve("out-" + name).toFile())
                .redirectError(home.resolve("err-" + name).toFile());
        builder.environment().put("CORRIDOR_HOME", home.resolve("corridor-home").toString());
        Process p = builder.start();
        p.getOutputStream().close();
        return p;
    }
}
