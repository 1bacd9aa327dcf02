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
        MetadataHeader.Result header = header(text, dateLine);
        int start = skipWhitespace(text, header.end(), text.length());
        int end = ShareBoilerplate.trailingStart(text, start, text.length());

        String title;
        int bodyStart;
        Optional<Dateline> opening = Dateline.find(text, start, end);
        // A first paragraph that opens with a dateline is the story itself, however short.
        int headlineEnd = opening.isPresent() ? -1 : Headline.headlineEnd(text, start, end);
        String headerTitle = header.get(MetadataHeader.TITLE);
        Optional<Dateline> dateline;
        if (headerTitle != null) {
            title = headerTitle;
            bodyStart = start;
            dateline = opening;
        } else if (headlineEnd > 0) {
            title = text.substring(start, headlineEnd).strip();
            bodyStart = skipWhitespace(text, headlineEnd, end);
            dateline = Dateline.find(text, bodyStart, end);
        } else {
            bodyStart = start;
            dateline = opening;
            title = Headline.fromOpening(text, dateline.map(Dateline::end).orElse(bodyStart), end);
        }
        if (title.isBlank()) {
            title = fallbackTitle(origin);
        }
        String source = Optional.ofNullable(header.get(MetadataHeader.SOURCE))
                .or(() -> dateline.map(Dateline::agency))
                .or(() -> AgencyCredit.find(text, bodyStart, end))
                .orElse(null);
        String body = text.substring(bodyStart, end);
        LocalDate date = dateLine.date();
        ArticleMeta meta = new ArticleMeta(id, title, date, source, dateline.map(Dateline::text).orElse(null),
                WordCount.of(body), origin.toAbsolutePath().toString(), Fingerprint.of(body));
        return new Article(meta, text, bodyStart, end);
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
