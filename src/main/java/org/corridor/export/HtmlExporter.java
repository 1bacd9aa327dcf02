package org.corridor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.common.Plural;
import org.corridor.common.ProgressListener;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.Tag;

/**
 * A standalone, printable report: one HTML file with its CSS inline, no scripts, no external resources,
 * so it opens the same in a browser, a word processor or an archive years later. Tag colours become CSS
 * classes declared once in the head; every piece of user text is escaped. The report's own words are English
 * (the app's language), so the document says {@code lang="en"}; the articles' titles, quoted passages, tag names
 * and notes may be in any language and Corridor does not detect it, so each says {@code lang="und"}
 * (undetermined) instead of inheriting a claim that may be false.
 */
public final class HtmlExporter implements NotesExporter {

    private static final String CSS = """
            body{font-family:Georgia,'Times New Roman',serif;max-width:48em;margin:2em auto;padding:0 1em;color:#222;line-height:1.45}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin:1.8em 0 .2em;border-bottom:1px solid #ccc}
            .meta{color:#555;font-size:.9em;margin:.2em 0 1em}
            .annotation{margin:1em 0 1.4em;page-break-inside:avoid;break-inside:avoid}
            blockquote{margin:0;padding:.3em .8em;border-left:.35em solid #888;background:#f6f6f6;white-space:pre-wrap}
            .tags{margin:.4em 0}.tag{display:inline-block;font-family:sans-serif;font-size:.8em;padding:.05em .5em;margin-right:.3em;border:1px solid;border-radius:.8em}
            .note{white-space:pre-wrap;margin:.4em 0}.times{color:#777;font-size:.8em;font-family:sans-serif}
            @media print{body{margin:0;max-width:none}h2{page-break-after:avoid;break-after:avoid}}
            """;

    private static final String UNKNOWN_LANGUAGE = "lang=\"und\"";

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String label() {
        return "HTML report (printable)";
    }

    @Override
    public String fileExtension(ExportOptions options) {
        return "html";
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public void write(ExportJob job, OutputStream out, ProgressListener progress) throws IOException {
        Map<String, String> tagClasses = tagClasses(job.codebook());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(head(job, tagClasses));
        int done = 0;
        for (ArticleNotes article : job.articles()) {
            Progress.step(progress, done++, job.articles().size(), article.title());
            writer.write(section(job.codebook(), tagClasses, article));
        }
        writer.write("</body>\n</html>\n");
        writer.flush();
    }

    /** Each tag gets a class "t0", "t1"…: the colour lives in the style sheet, not in the user's text. */
    private static Map<String, String> tagClasses(Codebook codebook) {
        Map<String, String> classes = new LinkedHashMap<>();
        for (Tag tag : codebook.tags()) {
            classes.put(tag.id(), "t" + classes.size());
        }
        return classes;
    }

    private static String head(ExportJob job, Map<String, String> tagClasses) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(job.options().title())).append("</title>\n<style>\n").append(CSS);
        for (Tag tag : job.codebook().tags()) {
            String colour = Html.safeColour(tag.color());
            String cls = tagClasses.get(tag.id());
            html.append(".tag.").append(cls).append("{border-color:").append(colour).append(";background:")
                    .append(colour).append("22}\n");
            html.append("blockquote.").append(cls).append("{border-left-color:").append(colour).append("}\n");
        }
        html.append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(job.options().title())).append("</h1>\n")
                .append("<p class=\"meta\">Exported ").append(Html.escape(ExportText.stamp(job.exportedAt())))
                .append(" · ").append(Plural.of(job.annotationCount(), "annotation")).append(" · ")
                .append(Html.escape(job.scopeLabel())).append("</p>\n");
        return html.toString();
    }

    private static String section(Codebook codebook, Map<String, String> tagClasses, ArticleNotes article) {
        StringBuilder html = new StringBuilder("<section class=\"article\">\n<h2 " + UNKNOWN_LANGUAGE + ">")
                .append(Html.escape(article.title())).append("</h2>\n<p class=\"meta\">");
        List<String> meta = new ArrayList<>();
        if (article.date() != null) {
            meta.add(article.date().toString());
        }
        if (article.source() != null) {
            meta.add(Html.escape(article.source()));
        }
        meta.add(Html.escape(article.fileName()));
        html.append(String.join(" · ", meta)).append("</p>\n");
        for (Annotation a : article.annotations()) {
            String firstTag = a.tagIds().stream().map(tagClasses::get).filter(c -> c != null).findFirst().orElse("");
            html.append("<div class=\"annotation\">\n<blockquote class=\"passage ").append(firstTag).append("\" ")
                    .append(UNKNOWN_LANGUAGE).append(">")
                    .append(Html.escape(a.anchor().exact())).append("</blockquote>\n");
            if (!a.tagIds().isEmpty()) {
                html.append("<p class=\"tags\">");
                for (String tagId : a.tagIds()) {
                    html.append("<span class=\"tag ").append(tagClasses.getOrDefault(tagId, "")).append("\" ")
                            .append(UNKNOWN_LANGUAGE).append(">")
                            .append(Html.escape(codebook.path(tagId))).append("</span>");
                }
                html.append("</p>\n");
            }
            if (!a.note().isBlank()) {
                html.append("<div class=\"note\" ").append(UNKNOWN_LANGUAGE).append(">").append(Html.escape(a.note().strip())).append("</div>\n");
            }
            html.append("<p class=\"times\">created ").append(Html.escape(ExportText.stamp(a.created())))
                    .append(" · modified ").append(Html.escape(ExportText.stamp(a.modified()))).append("</p>\n</div>\n");
        }
        return html.append("</section>\n").toString();
    }
}
