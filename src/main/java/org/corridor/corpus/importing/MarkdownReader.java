package org.corridor.corpus.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.corpus.TextDecoder;
import org.corridor.corpus.UnreadableFileException;

/**
 * Markdown notes and clippings: an optional front-matter block ({@code title:}, {@code date:}, {@code source:}),
 * the first level-one heading as title, and the text with its markup removed so that it reads like an article.
 */
final class MarkdownReader implements DocumentReader {

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\r?\\n(.*?)\\r?\\n---\\r?\\n", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("(?m)^(\\w+):\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|_|`)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern LINE_MARKUP = Pattern.compile("(?m)^\\s{0,3}(?:#{1,6}\\s+|>\\s?|[-*+]\\s+|```.*$)");

    @Override
    public ImportedDocument read(String fileName, byte[] bytes) throws UnreadableFileException {
        String text = TextDecoder.decode(bytes).text();
        Map<String, String> fields = new HashMap<>();
        Matcher front = FRONT_MATTER.matcher(text);
        if (front.find()) {
            Matcher f = FIELD.matcher(front.group(1));
            while (f.find()) {
                fields.put(f.group(1).toLowerCase(java.util.Locale.ROOT), f.group(2));
            }
            text = text.substring(front.end());
        }
        String title = fields.get("title");
        Matcher heading = HEADING.matcher(text);
        if (heading.find()) {
            if (title == null) {
                title = plain(heading.group(1));
            }
            text = text.substring(0, heading.start()) + text.substring(heading.end());
        }
        String body = plain(text).replaceAll("\\n{3,}", "\n\n").strip();
        if (body.isEmpty()) {
            throw new UnreadableFileException("The Markdown file has no text besides its heading.");
        }
        return new ImportedDocument(title, DateText.parse(fields.get("date")),
                firstNonBlank(fields.get("source"), fields.get("publisher")), body);
    }

    private static String plain(String markdown) {
        String s = IMAGE.matcher(markdown).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = LINE_MARKUP.matcher(s).replaceAll("");
        return EMPHASIS.matcher(s).replaceAll("$2");
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
