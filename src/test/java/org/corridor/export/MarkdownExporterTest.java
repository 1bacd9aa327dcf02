package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.corridor.common.ProgressListener;
import org.junit.jupiter.api.Test;

class MarkdownExporterTest extends NotesFixtureTest {

    private String export(ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().write(fixture.job(options), out, ProgressListener.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void carriesFrontMatterArticlesNewestFirstQuotesTagsAndNotes() throws Exception {
        String md = export(ExportOptions.defaults());

        assertThat(md).startsWith("---\ntitle: \"Corridor notes\"\nexported-at: \"2026-03-01T12:00:00Z\"\nscope: \"all articles\"\n");
        String newest = fixture.corpus.find("000_1b5463ecf60b4d06").orElseThrow().title();
        String oldest = fixture.corpus.find("002_7fe1a2b5e3bb247c").orElseThrow().title();
        assertThat(md.indexOf("## " + MarkdownExporter.inline(newest))).isPositive()
                .isLessThan(md.indexOf("## " + MarkdownExporter.inline(oldest)));
        assertThat(md).contains("> all-weather strategic cooperative partnership\n");
        assertThat(md).contains("Tags: #Economy/CPEC #Diplomacy");
        assertThat(md).contains("Tags: #Security/Counter-terrorism");
        assertThat(md).contains("#Economy/中巴经济走廊");
        assertThat(md).contains("**Key formula**, repeated: \"all-weather\" — see also 004.\n- a list item");
        assertThat(md).contains("Urdu: پاکستان چین دوستی; 中文：中巴经济走廊");
        assertThat(md).contains("*2025-01-12");
    }

    @Test
    void aQuoteSpanningParagraphsStaysOneBlockQuote() throws Exception {
        String md = export(ExportOptions.defaults());

        assertThat(md).contains("> the two countries.\n>\n> 🤝 The agreement came\n");
        assertThat(md).doesNotContain("\r");
    }

    @Test
    void groupedByTagListsEachTagOnceWithItsPassages() throws Exception {
        String md = export(new ExportOptions(true, false, false, false, false, "By tag"));

        assertThat(md).startsWith("# By tag\n");
        assertThat(md).contains("## Diplomacy\n", "## Economy/CPEC\n", "## (untagged)\n");
        int cpec = md.indexOf("## Economy/CPEC\n");
        assertThat(md.indexOf("> China-Pakistan Economic Corridor (CPEC)")).isGreaterThan(cpec);
    }

    @Test
    void titlesCannotTurnIntoMarkdownSyntax() {
        assertThat(MarkdownExporter.inline("A *bold* [link](x) #tag")).isEqualTo("A \\*bold\\* \\[link\\](x) \\#tag");
        assertThat(MarkdownExporter.hashtag("Energy & power/Oil, gas")).isEqualTo("#Energy---power/Oil--gas");
    }

    @Test
    void aNotesOwnMarkdownStaysButCannotReshapeTheDocument() {
        String note = "# My reading\nFirst point\n---\n- a list item, **bold** kept\n```\ncode left open";

        String kept = MarkdownExporter.contained(note);

        assertThat(kept.lines()).noneMatch(line -> line.startsWith("#"));
        assertThat(kept).startsWith("**My reading**\nFirst point\n\n---\n- a list item, **bold** kept\n```\n")
                .endsWith("code left open\n```");
        // inside a fence nothing is touched
        assertThat(MarkdownExporter.contained("```\n# not a heading\n```")).isEqualTo("```\n# not a heading\n```");
        assertThat(MarkdownExporter.contained("Plain note.\r\nSecond line")).isEqualTo("Plain note.\nSecond line");
    }
}
