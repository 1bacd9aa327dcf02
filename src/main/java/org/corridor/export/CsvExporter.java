package org.corridor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.notes.Annotation;

/**
 * Notes as a spreadsheet: RFC 4180, UTF-8 (optionally with a byte-order mark for Excel), one row per
 * annotation or per annotation and tag. Positions are the workspace's own (UTF-16 offsets into the file's
 * text), the same numbers the {@code notes} command prints.
 */
public final class CsvExporter implements NotesExporter {

    static final List<String> HEADER = List.of("article_id", "title", "date", "source", "file", "quote", "start", "end",
            "tags", "note", "created", "modified");

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String label() {
        return "CSV spreadsheet";
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
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.start(writer, job.options(), HEADER);
        int done = 0;
        for (ArticleNotes article : job.articles()) {
            Progress.step(progress, done++, job.articles().size(), article.title());
            for (Annotation a : article.annotations()) {
                List<String> tags = ExportText.tagPaths(job.codebook(), a);
                if (job.options().rowPerTag() && !tags.isEmpty()) {
                    for (String tag : tags) {
                        csv.row(row(article, a, tag));
                    }
                } else {
                    csv.row(row(article, a, String.join("; ", tags)));
                }
            }
        }
        writer.flush();
    }

    private static List<String> row(ArticleNotes article, Annotation a, String tags) {
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(article.id());
        row.add(article.title());
        row.add(ExportText.date(article.date()));
        row.add(ExportText.orEmpty(article.source()));
        row.add(ExportText.orEmpty(article.path()));
        row.add(a.anchor().exact());
        row.add(Integer.toString(a.anchor().start()));
        row.add(Integer.toString(a.anchor().end()));
        row.add(tags);
        row.add(a.note());
        row.add(ExportText.stamp(a.created()));
        row.add(ExportText.stamp(a.modified()));
        return row;
    }
}
