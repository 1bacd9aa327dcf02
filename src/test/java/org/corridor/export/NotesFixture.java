package org.corridor.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;
import org.corridor.notes.TextAnchor;

/**
 * A workspace built from the seed articles, with the awkward content exports must survive: a tag hierarchy
 * with colours, a non-Latin tag, notes with Markdown, commas, quotes, newlines, emoji, non-Latin text and
 * markup, overlapping passages, and one article rewritten with CRLF line endings and an emoji before its
 * annotated passages.
 */
final class NotesFixture {

    static final String CRLF_ARTICLE = "003_60cf1057216bd83b";
    static final OffsetDateTime EXPORTED_AT = OffsetDateTime.parse("2026-03-01T12:00:00Z");
    static final String HOSTILE_NOTE = "<script>alert('x')</script> & </blockquote><b>bold</b> ]]> <!-- x -->";

    final Path corpusDir;
    final Corpus corpus;
    final NotesSnapshot notes;

    static final Tag SECURITY = new Tag("6f1c9a52-0b6e-4c39-8d3e-7a2f51c0e001", "Security", null, "#d62728", "Threats, defence, terrorism");
    static final Tag TERRORISM = new Tag("6f1c9a52-0b6e-4c39-8d3e-7a2f51c0e002", "Counter terrorism", SECURITY.id(), "#ff9896", "");
    static final Tag ECONOMY = new Tag("6f1c9a52-0b6e-4c39-8d3e-7a2f51c0e003", "Economy", null, "#2ca02c", "Trade, \"investment\" & <growth>");
    static final Tag CPEC = new Tag("6f1c9a52-0b6e-4c39-8d3e-7a2f51c0e004", "CPEC", ECONOMY.id(), "#98df8a", "");
    static final Tag DIPLOMACY = new Tag("6f1c9a52-0b6e-4c39-8d3e-7a2f51c0e005", "Diplomacy", null, "#1f77b4", "");
    static final Tag CORRIDOR_ZH = new Tag("6f1c9a52-0b6e-4c39-8d3e-7a2f51c0e006", "中巴经济走廊", ECONOMY.id(), "#9467bd", "");

    private NotesFixture(Path corpusDir, Corpus corpus, NotesSnapshot notes) {
        this.corpusDir = corpusDir;
        this.corpus = corpus;
        this.notes = notes;
    }

    static NotesFixture create(Path dir) throws IOException {
        Path corpusDir = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpusDir.resolve(seed.getFileName()));
            }
        }
        Path crlf = corpusDir.resolve(CRLF_ARTICLE + ".txt");
        String text = Files.readString(crlf, StandardCharsets.UTF_8)
                .replace("The agreement came", "🤝 The agreement came").replace("\n", "\r\n");
        Files.writeString(crlf, text, StandardCharsets.UTF_8);
        Corpus corpus = new CorpusLoader(new ArticleParser()).load(corpusDir, ProgressListener.NONE);
        return new NotesFixture(corpusDir, corpus, new NotesSnapshot(NotesSnapshot.CURRENT_SCHEMA,
                new Codebook(List.of(SECURITY, TERRORISM, ECONOMY, CPEC, DIPLOMACY, CORRIDOR_ZH)),
                annotations(corpus)));
    }

    private static List<Annotation> annotations(Corpus corpus) throws IOException {
        List<Annotation> list = new ArrayList<>();
        list.add(annotation(corpus, "000_1b5463ecf60b4d06", "all-weather strategic cooperative partnership", 0,
                List.of(DIPLOMACY.id()), "**Key formula**, repeated: \"all-weather\" — see also 004.\n- a list item\n- another", 1));
        list.add(annotation(corpus, "000_1b5463ecf60b4d06",
                "strategic cooperative partnership, including high-quality development", 0,
                List.of(CPEC.id(), DIPLOMACY.id()), "Overlaps the first 🚀; Urdu: پاکستان چین دوستی; 中文：中巴经济走廊", 2));
        list.add(annotation(corpus, CRLF_ARTICLE, "the two countries.\r\n\r\n🤝 The agreement came", 0,
                List.of(SECURITY.id()), HOSTILE_NOTE, 3));
        list.add(annotation(corpus, CRLF_ARTICLE, "Sartaj Aziz and Cheng Guoping", 0,
                List.of(TERRORISM.id()), "After the emoji and the CRLFs", 4));
        list.add(annotation(corpus, "004_f7e47c8c0e29e705", "China-Pakistan Economic Corridor (CPEC)", 0,
                List.of(CPEC.id()), "", 5));
        list.add(annotation(corpus, "001_873c68e08173f6cd", "strategic partnership between the two nations", 0,
                List.of(), "Note, with comma, and \"quotes\"\r\nand a CRLF newline", 6));
        list.add(annotation(corpus, "002_7fe1a2b5e3bb247c", "all-weather strategic cooperative partnership", 0,
                List.of(CORRIDOR_ZH.id(), ECONOMY.id()), "Same formula as in 000", 7));
        return list;
    }

    /** An annotation on the {@code occurrence}-th place of {@code quote} in the article's text. */
    static Annotation annotation(Corpus corpus, String articleId, String quote, int occurrence, List<String> tags,
                                 String note, int n) throws IOException {
        var article = ArticleTexts.of(corpus).open(articleId).orElseThrow();
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = article.text().indexOf(quote, start + 1);
        }
        if (start < 0) {
            throw new IllegalStateException("quote not in " + articleId + ": " + quote);
        }
        OffsetDateTime created = OffsetDateTime.parse("2026-02-0" + Math.min(n, 9) + "T09:1" + (n % 10) + ":05.123+05:00");
        return new Annotation(String.format("0c4a7d2e-1111-4a5b-9c8d-%012d", n), articleId, article.meta().title(),
                article.meta().path(), article.meta().fingerprint(), tags, note, created, created.plusHours(n),
                TextAnchor.of(article.text(), start, start + quote.length()));
    }

    /** The same corpus with other notes. */
    NotesFixture with(NotesSnapshot otherNotes) {
        return new NotesFixture(corpusDir, corpus, otherNotes);
    }

    ExportJob job(ExportScope scope, ExportOptions options) throws IOException {
        return new ExportJob(notes.codebook(), scope.selectNotes(notes, corpus), ArticleTexts.of(corpus), options,
                EXPORTED_AT, scope.label(notes.codebook()));
    }

    ExportJob job(ExportOptions options) throws IOException {
        return job(ExportScope.all(), options);
    }
}
