package org.corridor.corpus.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleMeta;
import org.junit.jupiter.api.Test;

/**
 * Every import format, with files made in the test: what the user gets is an article in the workspace corpus
 * that the catalog reads back with the page's or file's title, date and source, and a readable body.
 */
class ImportFormatsTest extends ImportTest {

    static final String PARAGRAPH_1 = "Pakistan and China agreed on Tuesday to speed up work on the Gwadar port and "
            + "the ML-1 railway, officials said after talks in Islamabad.";
    static final String PARAGRAPH_2 = "The two sides also reviewed security arrangements for Chinese nationals "
            + "working on projects of the China-Pakistan Economic Corridor.";

    private ImportReport importAll(Path... files) throws IOException {
        return importWith(new Importer(parser), files);
    }

    private ImportReport importWith(Importer importer, Path... files) throws IOException {
        return importer.importFiles(List.of(files), corpus(), folders.workspace(), SimilarArticles.NONE, ProgressListener.NONE);
    }

    /** The catalog entry of the one imported article, read back the way the window reads it. */
    private ArticleMeta importedMeta() throws IOException {
        return corpus().articles().stream().filter(a -> a.id().startsWith("imported/")).findFirst().orElseThrow();
    }

    private String importedBody() throws Exception {
        return corpus().open(importedMeta().id()).body();
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(folders.inbox().resolve(name), content);
    }

    @Test
    void htmlPageWithMetadataGivesHeadlineDateOutletAndMainTextOnly() throws Exception {
        Path page = write("cpec-talks.html", """
                <html><head><title>Talks end with pledges | Daily Ledger</title>
                <meta property="og:title" content="Pakistan, China pledge faster CPEC work">
                <meta property="og:site_name" content="The Daily Ledger">
                <meta property="article:published_time" content="2024-06-05T09:30:00+05:00">
                <script>var tracking = "gwadar analytics";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Pakistan, China pledge faster CPEC work</h1>
                <p>%s</p><p>%s</p>
                <aside>Related: cricket scores</aside></article>
                <footer>© The Daily Ledger. Share on social media.</footer></body></html>
                """.formatted(PARAGRAPH_1, PARAGRAPH_2));

        ImportReport report = importAll(page);

        assertThat(report.outcomes()).singleElement().extracting(ImportOutcome::status)
                .isEqualTo(ImportOutcome.Status.ADDED);
        ArticleMeta meta = importedMeta();
        assertThat(meta.title()).isEqualTo("Pakistan, China pledge faster CPEC work");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2024, 6, 5));
        assertThat(meta.source()).isEqualTo("The Daily Ledger");
        String body = importedBody();
        assertThat(body).contains(PARAGRAPH_1).contains(PARAGRAPH_2)
                .doesNotContain("Home").doesNotContain("cricket").doesNotContain("tracking").doesNotContain("©");
        assertThat(Files.readString(Path.of(meta.path()))).contains("@original: cpec-talks.html");
    }

    @Test
    void jsonLdNewsArticleIsReadWhenThePageHasNoMetaTags() throws Exception {
        Path page = write("story.htm", """
                <html><head><title>page</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"ignored"},
                  {"@type":["NewsArticle"],"headline":"Corridor projects reviewed in Beijing",
                   "datePublished":"2023-11-02","publisher":{"@type":"Organization","name":"Xinhua"}}]}</script>
                </head><body><div class="story"><p>%s</p><p>%s</p></div></body></html>
                """.formatted(PARAGRAPH_1, PARAGRAPH_2));

        importAll(page);

        ArticleMeta meta = importedMeta();
        assertThat(meta.title()).isEqualTo("Corridor projects reviewed in Beijing");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2023, 11, 2));
        assertThat(meta.source()).isEqualTo("Xinhua");
    }

    @Test
    void htmlWithoutMetadataTakesTitleAndOutletFromTheTitleTagAndTheLargestTextBlock() throws Exception {
        Path page = write("plain.html", """
                <html><head><title>Railway upgrade approved - Karachi Courier</title></head>
                <body><div id="menu"><p>Subscribe</p></div>
                <div id="content"><p>%s</p><p>%s</p></div></body></html>
                """.formatted(PARAGRAPH_1, PARAGRAPH_2));

        importAll(page);

        ArticleMeta meta = importedMeta();
        assertThat(meta.title()).isEqualTo("Railway upgrade approved");
        assertThat(meta.source()).isEqualTo("Karachi Courier");
        assertThat(meta.date()).isNull();
        assertThat(importedBody()).startsWith(PARAGRAPH_1).doesNotContain("Subscribe");
    }

    @Test
    void pdfTextIsImportedAsOneArticleWithItsDocumentTitle() throws Exception {
        Path pdf = folders.inbox().resolve("briefing.pdf");
        Files.write(pdf, pdf("Gwadar briefing", "Pakistan and China agreed on Tuesday to speed up work",
                "on the Gwadar port and the ML-1 railway."));

        importAll(pdf);

        ArticleMeta meta = importedMeta();
        assertThat(meta.title()).isEqualTo("Gwadar briefing");
        assertThat(importedBody()).contains("speed up work on the Gwadar port and the ML-1 railway");
    }

    @Test
    void markdownFrontMatterHeadingAndMarkupBecomePlainArticleText() throws Exception {
        Path md = write("notes.md", """
                ---
                title: "Five corridors of CPEC 2.0"
                date: 2024-03-10
                source: Planning Commission
                ---
                # A heading that the front matter overrides

                The **growth** corridor and the [innovation corridor](https://example.org) were discussed.

                - green corridor
                - livelihood corridor
                """);

        importAll(md);

        ArticleMeta meta = importedMeta();
        assertThat(meta.title()).isEqualTo("Five corridors of CPEC 2.0");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2024, 3, 10));
        assertThat(meta.source()).isEqualTo("Planning Commission");
        assertThat(importedBody()).contains("The growth corridor and the innovation corridor were discussed.")
                .contains("green corridor").doesNotContain("**").doesNotContain("https://").doesNotContain("#");
    }

    @Test
    void seedFormatTextKeepsItsDateHeadlineAndAgency() throws Exception {
        Path txt = write("seed.txt", " date 2020-08-21 Xi meets envoy\n\nBEIJING, AUG 21 (DNA) – " + PARAGRAPH_1
                + "\n\n" + PARAGRAPH_2 + "\n");

        importAll(txt);

        ArticleMeta meta = importedMeta();
        assertThat(meta.title()).isEqualTo("Xi meets envoy");
        assertThat(meta.date()).isEqualTo(LocalDate.of(2020, 8, 21));
        assertThat(meta.source()).isEqualTo("DNA");
        assertThat(meta.dateline()).isEqualTo("BEIJING, AUG 21");
    }

    @Test
    void brokenFilesFailWithReasonsAUserUnderstandsAndNeverStopTheOthers() throws Exception {
        byte[] pdf = pdf("Whole", "A complete PDF.");
        Path truncated = folders.inbox().resolve("truncated.pdf");
        Files.write(truncated, Arrays.copyOf(pdf, pdf.length / 3));
        byte[] noise = new byte[8192];
        new Random(3).nextBytes(noise);
        Path binary = folders.inbox().resolve("photo.html");
        Files.write(binary, noise);
        Path empty = Files.write(folders.inbox().resolve("empty.md"), new byte[0]);
        Path huge = folders.inbox().resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(80L * 1024 * 1024); // sparse: takes no disk space, but is over the 8 MB limit
        }
        Path word = write("letter.docx", "PK not really a docx");
        Path good = write("good.txt", PARAGRAPH_1 + "\n\n" + PARAGRAPH_2);

        ImportReport report = importAll(truncated, binary, empty, huge, word, good);

        assertThat(report.outcomes()).extracting(ImportOutcome::status).containsExactly(
                ImportOutcome.Status.FAILED, ImportOutcome.Status.FAILED, ImportOutcome.Status.FAILED,
                ImportOutcome.Status.FAILED, ImportOutcome.Status.FAILED, ImportOutcome.Status.ADDED);
        assertThat(report.outcomes()).extracting(ImportOutcome::reason).containsExactly(
                "The PDF is damaged or incomplete and cannot be read.",
                "This is not a text file (it contains binary data).",
                "The file is empty.",
                "The file is too large (80 MB); files over 8 MB are not imported.",
                "Corridor cannot import .docx files; save the article as text, Markdown, HTML or PDF first.",
                null);
        assertThat(importedMeta().title()).startsWith("Pakistan and China agreed on Tuesday");
    }

    /** A one-page PDF with a document title and one line of text per string. */
    static byte[] pdf(String title, String... lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.setLeading(15);
                text.newLineAtOffset(72, 700);
                for (String line : lines) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
