package org.corridor.corpus.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.corridor.corpus.TextDecoder;
import org.corridor.corpus.UnreadableFileException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A saved web page: the article's main text without menus, footers and scripts, and its headline, date and outlet
 * from the page's metadata (JSON-LD NewsArticle, Open Graph and {@code article:published_time} tags, the
 * {@code <title>}), each falling back to the next when absent.
 */
final class HtmlReader implements DocumentReader {

    private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, [role=navigation], [aria-hidden=true], .share, .social, .related, .comments";
    private static final String PARAGRAPHS = "p, h2, h3, h4, li, blockquote, pre";
    /** "Headline | Outlet", "Headline - Outlet", "Headline — Outlet". */
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—]\\s+");

    @Override
    public ImportedDocument read(String fileName, byte[] bytes) throws UnreadableFileException {
        Document page = Jsoup.parse(TextDecoder.decode(bytes).text());
        JsonLdArticle jsonLd = JsonLdArticle.find(page);
        String pageTitle = page.title().strip();
        String source = first(meta(page, "og:site_name"), jsonLd.publisher(), titleSuffix(pageTitle));
        String title = first(jsonLd.headline(), meta(page, "og:title"), text(page.selectFirst("h1")),
                withoutSuffix(pageTitle));
        LocalDate date = DateText.parse(first(meta(page, "article:published_time"), jsonLd.datePublished(),
                meta(page, "date"), meta(page, "pubdate"), meta(page, "dc.date.issued"),
                attr(page.selectFirst("time[datetime]"), "datetime")));

        page.select(NOISE).remove();
        String body = mainText(page);
        if (body.isBlank()) {
            throw new UnreadableFileException("No article text was found in this web page.");
        }
        return new ImportedDocument(title, date, source, body);
    }

    /** The text of the {@code <article>} element, or else of the element holding the most paragraph text. */
    private static String mainText(Document page) {
        Element container = page.selectFirst("article");
        if (container == null) {
            container = largestParagraphParent(page);
        }
        if (container == null) {
            return page.body() == null ? "" : page.body().text();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element e : container.select(PARAGRAPHS)) {
            // A list item or quotation made of paragraphs is read through those paragraphs.
            if (!e.select("p").isEmpty() && !e.tagName().equals("p")) {
                continue;
            }
            String t = e.text().strip();
            if (!t.isEmpty()) {
                paragraphs.add(t);
            }
        }
        return paragraphs.isEmpty() ? container.text() : String.join("\n\n", paragraphs);
    }

    private static Element largestParagraphParent(Document page) {
        Element best = null;
        int bestLength = 0;
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = 0;
            for (Element sibling : parent.children()) {
                if (sibling.tagName().equals("p")) {
                    length += sibling.text().length();
                }
            }
            if (length > bestLength) {
                best = parent;
                bestLength = length;
            }
        }
        return best;
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return attr(e, "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String titleSuffix(String pageTitle) {
        String[] parts = TITLE_SUFFIX.split(pageTitle);
        return parts.length > 1 ? parts[parts.length - 1] : null;
    }

    private static String withoutSuffix(String pageTitle) {
        String[] parts = TITLE_SUFFIX.split(pageTitle);
        return parts.length > 1 ? pageTitle.substring(0, pageTitle.lastIndexOf(parts[parts.length - 1]))
                .replaceAll("[\\s|\\-–—]+$", "") : pageTitle;
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
