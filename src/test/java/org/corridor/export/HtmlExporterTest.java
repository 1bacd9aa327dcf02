package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlExporterTest extends NotesFixtureTest {

    private String export(ExportJob job) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlExporter().write(job, out, ProgressListener.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void isAStandaloneReportWithEveryPassageTagAndNote() throws Exception {
        String html = export(fixture.job(ExportOptions.defaults()));
        Document doc = Jsoup.parse(html);

        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(doc.select("script, link, img, iframe, object")).isEmpty();
        assertThat(doc.select("style")).hasSize(1);
        assertThat(doc.select("section.article")).hasSize(5);
        assertThat(doc.select("div.annotation")).hasSize(fixture.notes.annotations().size());
        List<String> quotes = doc.select("blockquote.passage").eachText();
        assertThat(quotes).contains("all-weather strategic cooperative partnership", "China-Pakistan Economic Corridor (CPEC)");
        assertThat(doc.select("span.tag").eachText()).contains("Economy/CPEC", "Security/Counter terrorism", "Economy/中巴经济走廊");
        assertThat(doc.select("div.note").eachText()).anyMatch(n -> n.contains("Urdu: پاکستان چین دوستی"));
        assertThat(doc.selectFirst("style").data()).contains("border-color:#d62728", "border-left-color:#98df8a");
    }

    @Test
    void theReportPassesTheW3cNuCheckerAndDeclaresItsLanguageHonestly() throws Exception {
        String html = export(fixture.job(ExportOptions.defaults()));

        assertThat(NuHtmlChecker.problems(html)).isEmpty();
        // the report's own words are English; quotes, titles, tags and notes may be in any language, so they
        // say "undetermined" rather than inherit a guess
        Document doc = Jsoup.parse(html);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.select("h2, blockquote.passage, span.tag, div.note"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.attr("lang")).isEqualTo("und"));
    }

    @Test
    void theCheckerIsNotBlind() throws Exception {
        assertThat(NuHtmlChecker.problems("<!DOCTYPE html>\n<html lang=\"und\"><head><title>t</title></head>"
                + "<body><p><div>x</div></p></body></html>")).isNotEmpty();
    }

    @Test
    void nothingInANoteCanInjectMarkup() throws Exception {
        Document doc = Jsoup.parse(export(fixture.job(ExportOptions.defaults())));

        assertThat(doc.select("script, b")).isEmpty();
        Element hostile = doc.select("div.note").stream()
                .filter(n -> n.wholeText().contains("alert")).findFirst().orElseThrow();
        assertThat(hostile.wholeText()).isEqualTo(NotesFixture.HOSTILE_NOTE);
        assertThat(hostile.children()).isEmpty();
    }

    @Test
    void aHostileTagColourOrNameStaysOutOfTheStyleSheet() throws Exception {
        Tag evil = new Tag("6f1c9a52-0b6e-4c39-8d3e-7a2f51c0e0ff", "</style><script>x()</script>", null,
                "red;}</style><script>y()</script>", "");
        NotesSnapshot notes = new NotesSnapshot(1, new Codebook(List.of(evil)), List.of(
                NotesFixture.annotation(fixture.corpus, "004_f7e47c8c0e29e705", "CPEC", 0, List.of(evil.id()), "n", 1)));
        ExportJob job = new ExportJob(notes.codebook(), ExportScope.all().selectNotes(notes, fixture.corpus),
                ArticleTexts.of(fixture.corpus), ExportOptions.defaults(), NotesFixture.EXPORTED_AT, "all");

        Document doc = Jsoup.parse(export(job));

        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.selectFirst("style").data()).doesNotContain("red").contains("#888888");
        assertThat(doc.select("span.tag").text()).isEqualTo("</style><script>x()</script>");
    }
}
