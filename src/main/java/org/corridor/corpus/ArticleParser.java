package org.corridor.corpus;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads the structure of a news article out of its plain text: the seed format's date line,
 * headline or opening sentence as title, dateline, agency credit, and the body without
 * share-button boilerplate.
 */
public final class ArticleParser {

    public Article parse(String id, Path origin, String text) {
        SeedDateLine.Result dateLine = SeedDateLine.read(text);
        Layout layout = layout(text, dateLine);
        String title = layout.title().isBlank() ? fallbackTitle(origin) : layout.title();
        int bodyStart = layout.bodyStart();
        int end = layout.bodyEnd();
        Optional<Dateline> dateline = layout.dateline();
        String source = Optional.ofNullable(layout.header().get(MetadataHeader.SOURCE))
                .or(() -> dateline.map(Dateline::agency))
                .or(() -> AgencyCredit.find(text, bodyStart, end))
                .orElse(null);
        String body = text.substring(bodyStart, end);
        LocalDate date = dateLine.date();
        ArticleMeta meta = new ArticleMeta(id, title, date, source, dateline.map(Dateline::text).orElse(null),
                WordCount.of(body), origin.toAbsolutePath().toString(), Fingerprint.of(body));
        return new Article(meta, text, bodyStart, end);
    }

    /**
     * The heading the reader shows above {@code article}: its headline, or, for an untitled article, its whole
     * first sentence where the catalog's title is shortened for the list.
     */
    static String heading(Article article) {
        Layout layout = layout(article.text(), SeedDateLine.read(article.text()));
        return layout.heading().isBlank() ? article.meta().title() : layout.heading();
    }

    /**
     * Where the parts of an article are.
     *
     * @param title   the catalog's title (a long opening sentence shortened), blank when the text gives none
     * @param heading the same title in full
     */
    private record Layout(MetadataHeader.Result header, String title, String heading, int bodyStart, int bodyEnd,
                          Optional<Dateline> dateline) {
    }

    private static Layout layout(String text, SeedDateLine.Result dateLine) {
        MetadataHeader.Result header = header(text, dateLine);
        int start = skipWhitespace(text, header.end(), text.length());
        int end = ShareBoilerplate.trailingStart(text, start, text.length());
        // A byline ("By Amna Baloch") is credit, not title: the headline or first sentence comes after it.
        int titleStart = Headline.afterBylines(text, start, end);

        Optional<Dateline> opening = Dateline.find(text, titleStart, end);
        // A first paragraph that opens with a dateline is the story itself, however short.
        int headlineEnd = opening.isPresent() ? -1 : Headline.headlineEnd(text, titleStart, end);
        String headerTitle = header.get(MetadataHeader.TITLE);
        if (headerTitle != null) {
            return new Layout(header, headerTitle, headerTitle, start, end, opening);
        }
        if (headlineEnd > 0) {
            String headline = text.substring(titleStart, headlineEnd).strip();
            int bodyStart = skipWhitespace(text, headlineEnd, end);
            return new Layout(header, headline, headline, bodyStart, end, Dateline.find(text, bodyStart, end));
        }
        String sentence = Headline.openingSentence(text, opening.map(Dateline::end).orElse(titleStart), end);
        return new Layout(header, Headline.shorten(sentence), sentence, start, end, opening);
    }

    /** The "@key: value" lines an import wrote after the date line; none in a file that was not imported. */
    static MetadataHeader.Result header(String text) {
        return header(text, SeedDateLine.read(text));
    }

    private static MetadataHeader.Result header(String text, SeedDateLine.Result dateLine) {
        return MetadataHeader.read(text, skipWhitespace(text, dateLine.textStart(), text.length()));
    }

    private static String fallbackTitle(Path origin) {
        String name = origin.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static int skipWhitespace(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
