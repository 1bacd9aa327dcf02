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
import org.corridor.common.ProgressListener;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;

/**
 * One Markdown document, readable as plain text and rendered: articles newest first (or tags), each passage
 * as a block quote, its tags as {@code #Parent/Child} hashtags (Obsidian and similar tools index them) and
 * the note as the user wrote it (it is Markdown already). Optional YAML front matter.
 */
public final class MarkdownExporter implements NotesExporter {

    private static final String UNTAGGED = "(untagged)";

    @Override
    public String id() {
        return "md";
    }

    @Override
    public String label() {
        return "Markdown document";
    }

    @Override
    public String fileExtension(ExportOptions options) {
        return "md";
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public void write(ExportJob job, OutputStream out, ProgressListener progress) throws IOException {
        StringBuilder md = new StringBuilder();
        if (job.options().frontMatter()) {
            md.append("---\n")
                    .append("title: ").append(yaml(job.options().title())).append('\n')
                    .append("exported-at: ").append(yaml(ExportText.stamp(job.exportedAt()))).append('\n')
                    .append("scope: ").append(yaml(job.scopeLabel())).append('\n')
                    .append("annotations: ").append(job.annotationCount()).append('\n')
                    .append("---\n\n");
        }
        md.append("# ").append(inline(job.options().title())).append("\n\n");
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(md.toString());
        if (job.options().groupByTag()) {
            writeByTag(job, writer, progress);
        } else {
            writeByArticle(job, writer, progress);
        }
        writer.flush();
    }

    private static void writeByArticle(ExportJob job, Writer writer, ProgressListener progress) throws IOException {
        int done = 0;
        for (ArticleNotes article : job.articles()) {
            Progress.step(progress, done++, job.articles().size(), article.title());
            StringBuilder md = new StringBuilder();
            md.append("## ").append(inline(article.title())).append("\n\n").append(articleLine(article)).append("\n\n");
            for (Annotation a : article.annotations()) {
                annotation(md, job.codebook(), a);
            }
            writer.write(md.toString());
        }
    }

    private static void writeByTag(ExportJob job, Writer writer, ProgressListener progress) throws IOException {
        Map<String, List<Map.Entry<ArticleNotes, Annotation>>> byTag = new LinkedHashMap<>();
        for (ArticleNotes article : job.articles()) {
            for (Annotation a : article.annotations()) {
                List<String> tags = ExportText.tagPaths(job.codebook(), a);
                for (String tag : tags.isEmpty() ? List.of(UNTAGGED) : tags) {
                    byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(Map.entry(article, a));
                }
            }
        }
        List<String> order = byTag.keySet().stream().sorted().toList();
        int done = 0;
        for (String tag : order) {
            Progress.step(progress, done++, order.size(), tag);
            StringBuilder md = new StringBuilder();
            md.append("## ").append(inline(tag)).append("\n\n");
            for (Map.Entry<ArticleNotes, Annotation> entry : byTag.get(tag)) {
                md.append("### ").append(inline(entry.getKey().title())).append("\n\n")
                        .append(articleLine(entry.getKey())).append("\n\n");
                annotation(md, job.codebook(), entry.getValue());
            }
            writer.write(md.toString());
        }
    }

    private static String articleLine(ArticleNotes article) {
        List<String> parts = new ArrayList<>();
        if (article.date() != null) {
            parts.add(article.date().toString());
        }
        if (article.source() != null) {
            parts.add(inline(article.source()));
        }
        parts.add("`" + article.fileName().replace("`", "'") + "`");
        return "*" + String.join(" · ", parts) + "*";
    }

    private static void annotation(StringBuilder md, Codebook codebook, Annotation a) {
        for (String line : a.anchor().exact().split("\r\n|\r|\n", -1)) {
            md.append(line.isBlank() ? ">" : "> " + line.strip()).append('\n');
        }
        md.append('\n');
        List<String> tags = ExportText.tagPaths(codebook, a);
        if (!tags.isEmpty()) {
            md.append("Tags: ").append(String.join(" ", tags.stream().map(MarkdownExporter::hashtag).toList()))
                    .append("\n\n");
        }
        if (!a.note().isBlank()) {
            md.append(contained(a.note())).append("\n\n");
        }
        md.append("*created ").append(ExportText.stamp(a.created()))
                .append(", modified ").append(ExportText.stamp(a.modified())).append("*\n\n---\n\n");
    }

    /**
     * A note's own Markdown, kept, but unable to change the document around it: its headings become bold lines
     * (they would otherwise enter the export's outline at the level of the articles), a line of dashes or equals
     * signs under text cannot turn that text into a heading, and a code fence left open is closed so it does not
     * swallow the rest of the file.
     */
    static String contained(String note) {
        List<String> out = new ArrayList<>();
        boolean inFence = false;
        for (String line : note.strip().split("\r\n|\r|\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                inFence = !inFence;
                out.add(line);
                continue;
            }
            if (inFence) {
                out.add(line);
                continue;
            }
            java.util.regex.Matcher heading = NOTE_HEADING.matcher(line);
            if (heading.matches()) {
                out.add(heading.group(1).isBlank() ? "" : "**" + heading.group(1).strip() + "**");
            } else if (UNDERLINE.matcher(line).matches() && !out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                out.add("");
                out.add(line.strip().startsWith("=") ? line.replace("=", "\\=") : line);
            } else {
                out.add(line);
            }
        }
        if (inFence) {
            out.add("```");
        }
        return String.join("\n", out);
    }

    private static final java.util.regex.Pattern NOTE_HEADING = java.util.regex.Pattern.compile(
            " {0,3}#{1,6}[ \t]+(.*?)[ \t#]*");
    private static final java.util.regex.Pattern UNDERLINE = java.util.regex.Pattern.compile(" {0,3}(=+|-+)[ \t]*");

    /** {@code #Parent/Child}: hashtags stop at spaces and punctuation, so those become dashes. */
    static String hashtag(String path) {
        StringBuilder tag = new StringBuilder("#");
        path.codePoints().forEach(c -> tag.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-' ? c : '-'));
        return tag.toString();
    }

    /** Text on one line where Markdown syntax must read literally (titles, tag names). */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.replaceAll("\\s+", " ").strip().toCharArray()) {
            if ("\\`*_[]<>#|".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String yaml(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r") + '"';
    }
}
