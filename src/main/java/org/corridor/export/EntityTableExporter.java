package org.corridor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.entities.Mention;
import org.corridor.entities.Recogniser;

/**
 * The entities of the articles in scope as a CSV table: one row per entity with how often it is mentioned
 * and in how many articles. Mentions of the same canonical entity count together whatever their surface
 * text; mentions the recogniser could not link count by their text.
 */
public final class EntityTableExporter implements NotesExporter {

    static final List<String> HEADER = List.of("entity", "category", "kind", "group", "mentions", "articles");

    private final Recogniser recogniser;

    public EntityTableExporter(Recogniser recogniser) {
        this.recogniser = Objects.requireNonNull(recogniser);
    }

    @Override
    public String id() {
        return "entities";
    }

    @Override
    public String label() {
        return "Entity table (CSV)";
    }

    @Override
    public String fileExtension(ExportOptions options) {
        return "csv";
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public void write(ExportJob job, OutputStream out, ProgressListener progress) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        int done = 0;
        for (ArticleNotes article : job.articles()) {
            Progress.step(progress, done++, job.articles().size(), article.title());
            Optional<Article> opened = job.texts().open(article.id());
            if (opened.isPresent()) {
                count(rows, article.id(), recogniser.recognise(opened.get()));
            }
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.start(writer, job.options(), HEADER);
        for (Row row : sorted(rows)) {
            csv.row(List.of(row.name, row.category, ExportText.orEmpty(row.kind), ExportText.orEmpty(row.group),
                    Integer.toString(row.mentions), Integer.toString(row.articles.size())));
        }
        writer.flush();
    }

    /** Adds one article's mentions to the table. */
    static void count(Map<String, Row> rows, String articleId, List<Mention> mentions) {
        for (Mention m : mentions) {
            String key = m.entityId() != null ? m.entityId()
                    : m.category().json() + "\u0000" + m.text().strip().toLowerCase(Locale.ROOT);
            Row row = rows.computeIfAbsent(key, k -> new Row(m.label() != null ? m.label() : m.text().strip(),
                    m.category().json(), m.kind(), m.group()));
            row.mentions++;
            row.articles.add(articleId);
        }
    }

    /** Most mentioned first, then by name, so the table reads from the most to the least prominent. */
    static List<Row> sorted(Map<String, Row> rows) {
        return rows.values().stream()
                .sorted(Comparator.comparingInt((Row r) -> -r.mentions).thenComparing(r -> r.name))
                .toList();
    }

    /** One line of the table while it is being counted. */
    static final class Row {
        final String name;
        final String category;
        final String kind;
        final String group;
        int mentions;
        final Set<String> articles = new HashSet<>();

        Row(String name, String category, String kind, String group) {
            this.name = name;
            this.category = category;
            this.kind = kind;
            this.group = group;
        }
    }
}
