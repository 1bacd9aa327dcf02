package org.corridor.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.CorpusLoader;
import org.corridor.search.SearchIndex;
import org.junit.jupiter.api.Test;

/** The import report: what was added, skipped as a duplicate, flagged as a near-duplicate, or failed, and why. */
class ImportReportTest extends ImportTest {

    private static final String ORIGINAL = """
            Pakistan and China agreed on Tuesday to speed up work on the Gwadar port and the ML-1 railway, \
            officials said after two days of talks in Islamabad that also covered energy tariffs.

            The two sides reviewed security arrangements for Chinese nationals working on projects of the \
            China-Pakistan Economic Corridor and agreed to meet again in Beijing before the end of the year.

            Business leaders welcomed the decision, saying that dozens of new industrial units could be set up \
            within two years in the special economic zones if electricity prices were brought down.

            Analysts in Lahore said the announcement reflected a shift from large infrastructure loans towards             agriculture, information technology and mining, although questions about the sustainability of             the country's external debt remain unresolved and the opposition has asked for the agreements.

            The planning ministry said a joint working group on industrial cooperation would meet in Karachi             next month to prepare a list of priority projects for the five new corridors of growth, livelihood,             innovation, green development and regional connectivity announced last year.
            """;
    /** The same story as another outlet ran it: one sentence changed, a credit line added. */
    private static final String REWRITTEN = ORIGINAL.replace("agreed to meet again in Beijing before the end "
            + "of the year", "will meet again in Beijing next spring") + "\nReporting by our correspondent.\n";

    private ImportReport importAll(SimilarArticles similar, ProgressListener progress, Path... files)
            throws IOException {
        return new Importer(parser).importFiles(List.of(files), corpus(), folders.workspace(), similar, progress);
    }

    @Test
    void textAlreadyInTheCorpusIsSkippedEvenWhenSpacedAndCasedDifferently() throws Exception {
        Files.writeString(folders.corpus().resolve("kept.txt"), ORIGINAL);
        Path copy = Files.writeString(folders.inbox().resolve("copy.txt"), ORIGINAL.toUpperCase().replace("\n\n", "\n\n\n"));

        ImportReport report = importAll(SimilarArticles.NONE, ProgressListener.NONE, copy);

        assertThat(report.outcomes()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ImportOutcome.Status.DUPLICATE);
            assertThat(o.id()).isEqualTo("kept");
            assertThat(o.reason()).startsWith("Already in the corpus as “Pakistan and China agreed");
        });
        assertThat(CorpusLoader.importFolder(folders.workspace())).isEmptyDirectory();
    }

    @Test
    void theSameTextTwiceInOneImportIsAddedOnce() throws Exception {
        Path a = Files.writeString(folders.inbox().resolve("a.txt"), ORIGINAL);
        Path b = Files.writeString(folders.inbox().resolve("b.md"), ORIGINAL);

        ImportReport report = importAll(SimilarArticles.NONE, ProgressListener.NONE, a, b);

        assertThat(report.outcomes()).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.ADDED, ImportOutcome.Status.DUPLICATE);
        assertThat(report.outcomes().get(1).reason()).isEqualTo("Same text as another file of this import (imported/a).");
        assertThat(corpus().size()).isEqualTo(1);
    }

    @Test
    void nearDuplicateInTheSameImportIsAddedAndFlagged() throws Exception {
        Path a = Files.writeString(folders.inbox().resolve("dawn.txt"), ORIGINAL);
        Path b = Files.writeString(folders.inbox().resolve("tribune.txt"), REWRITTEN);
        Path other = Files.writeString(folders.inbox().resolve("other.txt"), "A different story about cricket in Lahore "
                + "where the home side won by six wickets after a late collapse.");

        ImportReport report = importAll(SimilarArticles.NONE, ProgressListener.NONE, a, b, other);

        assertThat(report.outcomes()).extracting(ImportOutcome::status).containsOnly(ImportOutcome.Status.ADDED);
        ImportOutcome flagged = report.outcomes().get(1);
        assertThat(flagged.similarTo()).isEqualTo("imported/dawn");
        assertThat(flagged.similarity()).isBetween(0.8, 1.0);
        assertThat(report.outcomes().get(2).nearDuplicate()).isFalse();
        assertThat(Files.readString(CorpusLoader.importFolder(folders.workspace()).resolve("tribune.txt")))
                .contains("@near-duplicate-of: imported/dawn");
        assertThat(report.summary()).isEqualTo("3 added (1 near-duplicate), 0 duplicates skipped, 0 failed");
    }

    @Test
    void nearDuplicateOfAnArticleAlreadyInTheCorpusIsFoundThroughTheIndex() throws Exception {
        Files.writeString(folders.corpus().resolve("original.txt"), ORIGINAL);
        Files.writeString(folders.corpus().resolve("unrelated.txt"), "Cricket in Lahore: the home side won by six "
                + "wickets after a late collapse of the visitors' middle order.");
        Path b = Files.writeString(folders.inbox().resolve("rewritten.txt"), REWRITTEN);
        try (SearchIndex index = SearchIndex.open(folders.workspace(), List.of())) {
            index.sync(corpus(), ProgressListener.NONE);

            ImportReport report = importAll(index.similarArticles(), ProgressListener.NONE, b);

            assertThat(report.outcomes()).singleElement().satisfies(o -> {
                assertThat(o.status()).isEqualTo(ImportOutcome.Status.ADDED);
                assertThat(o.similarTo()).isEqualTo("original");
            });
        }
    }

    @Test
    void missingPathsFailAndFoldersAreReadRecursivelyWithoutHiddenFiles() throws Exception {
        Path folder = Files.createDirectories(folders.inbox().resolve("2024/june"));
        Files.writeString(folder.resolve("story.txt"), ORIGINAL);
        Files.createDirectories(folders.inbox().resolve(".git"));
        Files.writeString(folders.inbox().resolve(".git/config"), "[core]");
        Path missing = folders.inbox().resolve("nowhere.html");

        ImportReport report = importAll(SimilarArticles.NONE, ProgressListener.NONE, missing, folders.inbox());

        assertThat(report.outcomes()).extracting(ImportOutcome::status)
                .containsExactly(ImportOutcome.Status.FAILED, ImportOutcome.Status.ADDED);
        assertThat(report.outcomes().get(0).reason()).isEqualTo("No such file or folder.");
        assertThat(report.count(ImportOutcome.Status.FAILED)).isEqualTo(1);
    }

    @Test
    void cancellingStopsAfterTheCurrentFileAndReportsWhatWasDone() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            files.add(Files.writeString(folders.inbox().resolve("story" + i + ".txt"), "Story number " + i
                    + " about the corridor, with its own words: " + "x".repeat(i + 1)));
        }
        List<String> seen = new ArrayList<>();
        ProgressListener cancelAfterTwo = new ProgressListener() {
            @Override
            public void progress(long done, long total, String message) {
                if (!message.isEmpty()) {
                    seen.add(done + "/" + total + " " + message);
                }
            }

            @Override
            public boolean isCancelled() {
                return seen.size() >= 2;
            }
        };

        ImportReport report = importAll(SimilarArticles.NONE, cancelAfterTwo, files.toArray(Path[]::new));

        assertThat(seen).containsExactly("0/5 story0.txt", "1/5 story1.txt");
        assertThat(report.cancelled()).isTrue();
        assertThat(report.addedIds()).containsExactly("imported/story0", "imported/story1");
        assertThat(report.summary()).endsWith("; cancelled");
    }
}
