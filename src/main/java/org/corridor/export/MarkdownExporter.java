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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            md.append(line.isBlank() ? ">" : "> " + literalLine(line.strip())).append('\n');
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
     * A note's own Markdown, kept, but unable to change the document around it or reach into other notes:
     * <ul>
     * <li>its headings become bold lines (they would otherwise enter the export's outline at the level of the
     * articles), and a line of dashes or equals signs under text cannot turn that text into a heading;</li>
     * <li>a code fence ({@code ```}, {@code ~~~}, any length) left open is closed, so it does not swallow the
     * rest of the file;</li>
     * <li>{@code <} outside code is escaped: raw HTML, which CommonMark passes through and whose blocks
     * ({@code <!--}, {@code <pre>}, {@code <script>}…) run to the end of the document when left open, shows as
     * the text the user typed;</li>
     * <li>a link reference definition is escaped, because definitions are global and would turn {@code [x]} in
     * every other note into a link; a link to anything but a web, mail or relative address (such as
     * {@code javascript:}) is shown as text.</li>
     * </ul>
     */
    static String contained(String note) {
        List<String> out = new ArrayList<>();
        String openFence = null;
        for (String line : note.strip().split("\r\n|\r|\n", -1)) {
            Matcher fence = FENCE.matcher(line);
            boolean isFence = fence.matches() && !(fence.group(1).startsWith("`") && fence.group(2).contains("`"));
            if (openFence == null && isFence) {
                openFence = fence.group(1);
                out.add(line);
            } else if (openFence != null) {
                if (isFence && fence.group(1).charAt(0) == openFence.charAt(0)
                        && fence.group(1).length() >= openFence.length() && fence.group(2).isBlank()) {
                    openFence = null;
                }
                out.add(line);
            } else {
                addOutsideCode(out, line);
            }
        }
        if (openFence != null) {
            out.add(openFence);
        }
        return String.join("\n", out);
    }

    private static void addOutsideCode(List<String> out, String line) {
        Matcher heading = NOTE_HEADING.matcher(line);
        if (heading.matches()) {
            String title = heading.group(1) == null ? "" : heading.group(1).replaceAll("(^|[ \t]+)#+[ \t]*$", "").strip();
            out.add(title.isEmpty() ? "\\" + inlineSafe(line.strip()) : "**" + inlineSafe(title) + "**");
        } else if (UNDERLINE.matcher(line).matches() && !out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
            out.add("");
            out.add(line.strip().startsWith("=") ? line.replace("=", "\\=") : line);
        } else if (REFERENCE_DEFINITION.matcher(line).matches()) {
            int bracket = line.indexOf('[');
            out.add(line.substring(0, bracket) + "\\" + inlineSafe(line.substring(bracket)));
        } else {
            out.add(inlineSafe(line));
        }
    }

    /** Escapes {@code <} and disarms unsafe link targets in a line, leaving its code spans as they are. */
    private static String inlineSafe(String line) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int plainFrom = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = i;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            String ticks = line.substring(i, run);
            int close = closingRun(line, ticks, run);
            if (close < 0) {
                i = run;
                continue;
            }
            out.append(disarmed(line.substring(plainFrom, i))).append(line, i, close + ticks.length());
            i = close + ticks.length();
            plainFrom = i;
        }
        return out.append(disarmed(line.substring(plainFrom))).toString();
    }

    /** Where a run of exactly as many backticks starts, or -1. */
    private static int closingRun(String line, String ticks, int from) {
        for (int at = line.indexOf(ticks, from); at >= 0; at = line.indexOf(ticks, at + 1)) {
            int end = at + ticks.length();
            boolean longer = (end < line.length() && line.charAt(end) == '`') || line.charAt(at - 1) == '`';
            if (!longer) {
                return at;
            }
            while (at + 1 < line.length() && line.charAt(at + 1) == '`') {
                at++;
            }
        }
        return -1;
    }

    private static String disarmed(String text) {
        Matcher link = LINK_TARGET.matcher(text.replace("<", "\\<"));
        StringBuilder out = new StringBuilder();
        while (link.find()) {
            String target = link.group(1);
            boolean safe = SAFE_TARGET.matcher(target).matches() || (target.indexOf(':') < 0 && target.indexOf('&') < 0);
            link.appendReplacement(out, Matcher.quoteReplacement(safe ? link.group() : "]\\(" + link.group().substring(2)));
        }
        link.appendTail(out);
        return out.toString();
    }

    /**
     * One line of quoted article text, shown literally: inline syntax is escaped everywhere and a block marker
     * (heading, list item, thematic break, setext underline) at the start of the line.
     */
    static String literalLine(String line) {
        String escaped = escaped(line);
        if (!escaped.isEmpty() && "#-+=".indexOf(escaped.charAt(0)) >= 0) {
            return "\\" + escaped;
        }
        Matcher ordered = ORDERED_ITEM.matcher(escaped);
        return ordered.lookingAt() ? ordered.group(1) + "\\" + escaped.substring(ordered.group(1).length()) : escaped;
    }

    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)");
    private static final Pattern NOTE_HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \t]+(.*))?");
    private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(=+|-+)[ \t]*");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile(" {0,3}\\[.*\\]:.*");
    /** The target of an inline link or image, after the {@code (} (escaped {@code <} already in place). */
    private static final Pattern LINK_TARGET = Pattern.compile("]\\(\\s*(?:\\\\<)?([^\\s)>]*)");
    private static final Pattern SAFE_TARGET = Pattern.compile("(?i)(https?://|mailto:)[^&]*");
    private static final Pattern ORDERED_ITEM = Pattern.compile("(\\d{1,9})[.)]");

    /** {@code #Parent/Child}: hashtags stop at spaces and punctuation, so those become dashes. */
    static String hashtag(String path) {
        StringBuilder tag = new StringBuilder("#");
        path.codePoints().forEach(c -> tag.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '/' || c == '_' || c == '-' ? c : '-'));
        return tag.toString();
    }

    /** Text on one line where Markdown syntax must read literally (titles, tag names). */
    static String inline(String text) {
        return escaped(text.replaceAll("\\s+", " ").strip());
    }

    /** Backslash before every character that can start inline syntax, an entity or a table cell. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>#|&~".indexOf(c) >= 0) {
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
