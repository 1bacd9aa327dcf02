package org.corridor.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.search.ImportWorkflow;
import org.corridor.search.SearchIndex;
import org.corridor.search.SearchRequest;
import org.junit.jupiter.api.Test;

/** An import that runs out of disk space keeps no partial article, and importing again repairs instead of copying. */
class ImportFaultsTest extends ImportTest {

    private static final String PORT = """
            Gwadar port handles first transit cargo

            Gwadar port in Balochistan handled its first transit cargo for Afghanistan on Monday, officials said, \
            after months of delays caused by customs procedures and security checks along the coastal highway.

            The shipment of fertiliser was unloaded by Chinese operators and trucked north overnight, a \
            spokesman said, adding that two more vessels were expected before the end of the month at Gwadar.
            """;
    private static final String RAIL = """
            Railway upgrade talks resume in Islamabad

            Talks on the ML-1 railway upgrade resumed in Islamabad on Wednesday, with both sides reviewing the \
            financing terms that stalled the project last year, the planning ministry said in a statement.

            Officials said the first section between Karachi and Hyderabad could be tendered next spring if the \
            lenders agreed, and that a feasibility review of the northern section was under way in Peshawar.
            """;
    private static final String DAMS = """
            Dam financing deal signed for Diamer-Bhasha

            A financing agreement for the Diamer-Bhasha dam was signed in Islamabad on Friday, the water ministry \
            said, after talks with a group of lenders that lasted most of the year and covered power tariffs.

            Engineers said the main wall could rise above the riverbed within three years, and the resettlement \
            of families from the reservoir area would be completed by the provincial government of Gilgit.
            """;

    @Test
    void aDiskThatFillsUpLeavesNoPartOfAnArticleAndEachUnfinishedFileIsReported() throws Exception {
        Path port = Files.writeString(folders.inbox().resolve("port.txt"), PORT);
        Path rail = Files.writeString(folders.inbox().resolve("rail.txt"), RAIL);
        Path dams = Files.writeString(folders.inbox().resolve("dams.txt"), DAMS);
        // Room for the first article and 150 bytes more: the second is cut short, the third cannot start.
        ImportDisk filling = new FillingDisk(PORT.length() + 200 + 150);

        ImportReport report = new Importer(parser, Integer.MAX_VALUE, filling)
                .importFiles(List.of(port, rail, dams), corpus(), folders.workspace(), SimilarArticles.NONE,
                        ProgressListener.NONE);

        assertThat(report.outcomes()).extracting(ImportOutcome::status).containsExactly(ImportOutcome.Status.ADDED,
                ImportOutcome.Status.FAILED, ImportOutcome.Status.FAILED);
        assertThat(report.outcomes().subList(1, 3)).allSatisfy(o -> assertThat(o.reason())
                .contains("No space left on device").contains("nothing of it was kept"));
        assertThat(filesIn(CorpusLoader.importFolder(folders.workspace()))).containsExactly("port.txt");
        Corpus after = corpus();
        assertThat(after.articles()).singleElement().satisfies(meta -> assertThat(after.open(meta.id()).body())
                .contains("two more vessels were expected before the end of the month at Gwadar."));
    }

    @Test
    void importingAgainRepairsCopiesAnEarlierImportLeftUnfinishedInsteadOfAddingDashTwoCopies() throws Exception {
        Path port = Files.writeString(folders.inbox().resolve("port.txt"), PORT);
        Path rail = Files.writeString(folders.inbox().resolve("rail.txt"), RAIL);
        Path imported = CorpusLoader.importFolder(folders.workspace());
        try (SearchIndex index = SearchIndex.open(folders.workspace(), List.of())) {
            workflow().run(List.of(port, rail), corpus(), folders.workspace(), index, ProgressListener.NONE);
        }
        byte[] fullPort = Files.readAllBytes(imported.resolve("port.txt"));
        byte[] fullRail = Files.readAllBytes(imported.resolve("rail.txt"));
        // What an older import on a full disk left: one article cut in its body, one empty file.
        Files.write(imported.resolve("port.txt"), java.util.Arrays.copyOf(fullPort, fullPort.length / 2));
        Files.write(imported.resolve("rail.txt"), new byte[0]);

        try (SearchIndex index = SearchIndex.open(folders.workspace(), List.of())) {
            Corpus damaged = corpus();
            index.sync(damaged, ProgressListener.NONE);
            assertThat(index.search(request("vessels")).total()).isZero();

            ImportReport report = workflow().run(List.of(port, rail), damaged, folders.workspace(), index,
                    ProgressListener.NONE).report();

            assertThat(report.outcomes()).extracting(ImportOutcome::status)
                    .containsExactly(ImportOutcome.Status.ADDED, ImportOutcome.Status.ADDED);
            assertThat(report.outcomes()).extracting(ImportOutcome::id)
                    .containsExactly("imported/port", "imported/rail");
            assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.reason()).contains("unfinished"));
            assertThat(filesIn(imported)).containsExactlyInAnyOrder("port.txt", "rail.txt");
            assertThat(Files.readAllBytes(imported.resolve("port.txt"))).isEqualTo(fullPort);
            assertThat(Files.readAllBytes(imported.resolve("rail.txt"))).isEqualTo(fullRail);
            assertThat(index.search(request("vessels")).hits()).singleElement()
                    .satisfies(h -> assertThat(h.id()).isEqualTo("imported/port"));
        }
    }

    private ImportWorkflow workflow() {
        return new ImportWorkflow(new Importer(parser), loader);
    }

    private static SearchRequest request(String query) {
        return new SearchRequest(query, null, null, java.util.Map.of(), 10, List.of());
    }

    /** Every file in the folder, hidden ones (temporary files) included. */
    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A disk with room for so many bytes in all: the write that would pass the limit fails as a full disk does. */
    private static final class FillingDisk implements ImportDisk {

        private final AtomicLong room;

        FillingDisk(long bytes) {
            this.room = new AtomicLong(bytes);
        }

        @Override
        public OutputStream create(Path file) throws IOException {
            return new FilterOutputStream(ImportDisk.REAL.create(file)) {
                @Override
                public void write(int b) throws IOException {
                    if (room.decrementAndGet() < 0) {
                        throw new IOException("No space left on device");
                    }
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    for (int i = off; i < off + len; i++) {
                        write(b[i]);
                    }
                }
            };
        }
    }
}
