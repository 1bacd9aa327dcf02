package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown export read back by an independent CommonMark parser (commonmark-java): hostile notes and
 * article text that looks like Markdown must not change the document's shape.
 */
class MarkdownReadBackTest {

    /** Each opens a construct that, left alone, runs to the end of the document or reaches into other notes. */
    static final List<String> HOSTILE_NOTES = List.of(
            "<!-- a comment never closed",
            "<pre>\npreformatted, never closed",
            "<script>alert('x')",
            "<? processing instruction",
            "<!DOCTYPE html",
            "<![CDATA[ never closed",
            "~~~\ntilde fence left open",
            "````\nfour-backtick fence left open",
            "```\nfence left open",
            "[x]: https://evil.invalid/defined-in-one-note",
            "A reference [x] in another note",
            "[click me](javascript:alert(1))",
            "<javascript:alert(2)>",
            "#",
            "# A heading in a note",
            "<div>\na div never closed",
            "<textarea>\nnever closed",
            "Ends with a backslash\\",
            "- a list\n- of two",
            "> a quote in a note",
            "Text\n===",
            "    indented code at the end",
            "Plain last note");
    static final String ARTICLE = """
            A passage that looks like Markdown

            These are the points:
            * item one
            * item two
            # 1 priority is <independent> review & [audit](javascript:x) of `code` and *stars*
            1. numbered
            ---
            > not a quote
            ~~~
            """;

    /** YAML front matter is for tools that know it; a plain CommonMark reader sees a rule and a heading. */
    private static final ExportOptions WITHOUT_FRONT_MATTER = new ExportOptions(false, false, false, false, false, "Notes");

    @TempDir
    Path dir;
    Corpus corpus;

    @BeforeEach
    void aCorpusWithMarkdownLookingText() throws Exception {
        Path corpusDir = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpusDir.resolve("md.txt"), ARTICLE, StandardCharsets.UTF_8);
        corpus = new CorpusLoader(new ArticleParser()).load(corpusDir, ProgressListener.NONE);
    }

    private Document exported(List<Annotation> annotations) throws Exception {
        NotesSnapshot notes = new NotesSnapshot(NotesSnapshot.CURRENT_SCHEMA, new Codebook(List.of()), annotations);
        ExportJob job = new ExportJob(notes.codebook(), ExportScope.all().selectNotes(notes, corpus),
                ArticleTexts.of(corpus), WITHOUT_FRONT_MATTER, NotesFixture.EXPORTED_AT, "all");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MarkdownExporter().write(job, out, ProgressListener.NONE);
        return (Document) Parser.builder().build().parse(out.toString(StandardCharsets.UTF_8));
    }

    private Annotation annotation(String quote, String note, int n) throws Exception {
        return NotesFixture.annotation(corpus, "md", quote, 0, List.of(), note, n);
    }

    private static <T extends Node> List<T> all(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        root.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                if (type.isInstance(parent)) {
                    found.add(type.cast(parent));
                }
                super.visitChildren(parent);
            }
        });
        return found;
    }

    /** The text a reader sees in a node: literal text and code, line breaks as spaces. */
    private static String text(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(FencedCodeBlock c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(IndentedCodeBlock c) {
                text.append(c.getLiteral());
            }

            @Override
            public void visit(HtmlInline h) {
                text.append(h.getLiteral());
            }

            @Override
            public void visit(HtmlBlock h) {
                text.append(h.getLiteral());
            }

            @Override
            public void visit(org.commonmark.node.SoftLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(org.commonmark.node.HardLineBreak b) {
                text.append(' ');
            }

            @Override
            public void visit(Paragraph p) {
                text.append(' ');
                visitChildren(p);
            }
        });
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void everyAnnotationStaysItsOwnBlockWhateverItsNoteHolds() throws Exception {
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < HOSTILE_NOTES.size(); i++) {
            annotations.add(annotation("These are the points:", HOSTILE_NOTES.get(i), i + 1));
        }

        Document doc = exported(annotations);

        List<BlockQuote> passages = all(doc, BlockQuote.class).stream()
                .filter(q -> q.getParent() == doc && text(q).equals("These are the points:")).toList();
        assertThat(passages).hasSize(HOSTILE_NOTES.size());
        assertThat(all(doc, ThematicBreak.class)).hasSize(HOSTILE_NOTES.size());
        long stamps = all(doc, Emphasis.class).stream().filter(e -> text(e).startsWith("created ")).count();
        assertThat(stamps).isEqualTo(HOSTILE_NOTES.size());
        assertThat(all(doc, HtmlBlock.class)).isEmpty();
        assertThat(all(doc, HtmlInline.class)).isEmpty();
        assertThat(all(doc, Link.class)).isEmpty();
        assertThat(all(doc, Heading.class)).allSatisfy(h -> assertThat(text(h)).isNotBlank());
        assertThat(all(doc, Heading.class)).hasSize(2); // the document's title and the article's
        String everything = text(doc);
        for (String note : List.of("<!-- a comment never closed", "<script>alert('x')", "<!DOCTYPE html",
                "[x]: https://evil.invalid/defined-in-one-note", "A reference [x] in another note",
                "[click me](javascript:alert(1))", "<javascript:alert(2)>", "<div> a div never closed",
                "Ends with a backslash\\", "Plain last note")) {
            assertThat(everything).contains(flat(note));
        }
    }

    @Test
    void aQuotedPassageRendersAsTheTextItQuotes() throws Exception {
        String body = ARTICLE.substring(ARTICLE.indexOf("These are"), ARTICLE.indexOf("~~~") + 3);

        Document doc = exported(List.of(annotation(body, "", 1), annotation("These are the points:", "after", 2)));

        List<BlockQuote> passages = all(doc, BlockQuote.class).stream().filter(q -> q.getParent() == doc).toList();
        assertThat(passages).hasSize(2);
        BlockQuote longest = passages.stream().filter(q -> text(q).length() > 30).findFirst().orElseThrow();
        assertThat(text(longest)).isEqualTo(flat(body));
        assertThat(all(longest, Node.class)).allSatisfy(n -> assertThat(n)
                .isInstanceOfAny(BlockQuote.class, Paragraph.class, Text.class,
                        org.commonmark.node.SoftLineBreak.class));
    }
}
