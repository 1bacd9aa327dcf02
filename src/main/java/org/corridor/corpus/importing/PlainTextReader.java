package org.corridor.corpus.importing;

import java.nio.file.Path;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.TextDecoder;
import org.corridor.corpus.UnreadableFileException;

/** Plain text and the seed format: the article parser already knows their date line, headline and source. */
final class PlainTextReader implements DocumentReader {

    private final ArticleParser parser;

    PlainTextReader(ArticleParser parser) {
        this.parser = parser;
    }

    @Override
    public ImportedDocument read(String fileName, byte[] bytes) throws UnreadableFileException {
        String text = TextDecoder.decode(bytes).text();
        Article article = parser.parse(fileName, Path.of(fileName), text);
        String body = article.body().strip();
        if (body.isEmpty()) {
            throw new UnreadableFileException("The file has a title but no article text.");
        }
        return new ImportedDocument(article.meta().title(), article.meta().date(), article.meta().source(), body);
    }
}
