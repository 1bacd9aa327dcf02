package org.corridor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.notes.Annotation;

/**
 * A REFI-QDA project ({@code .qdpx}): a zip with {@code project.qde} and each article's text as a UTF-8 file
 * under {@code Sources/}, referred to as {@code internal://<guid>.txt}. Sources are written with LF line
 * endings and every position counts code points of exactly that file, so readers that drop CRs or count
 * UTF-16 units cannot disagree with it (see {@link LfText}).
 */
public final class QdpxExporter implements NotesExporter {

    static final String PROJECT_ENTRY = "project.qde";
    /** The folder name the issue and the REFI-QDA exchange description use; readers here accept any case. */
    static final String SOURCES_FOLDER = "Sources/";

    @Override
    public String id() {
        return "qdpx";
    }

    @Override
    public String label() {
        return "REFI-QDA project (.qdpx: NVivo, ATLAS.ti, MAXQDA, QualCoder)";
    }

    @Override
    public String fileExtension(ExportOptions options) {
        return "qdpx";
    }

    @Override
    public boolean isText() {
        return false;
    }

    @Override
    public void write(ExportJob job, OutputStream out, ProgressListener progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
        List<QdeWriter.Source> sources = new ArrayList<>();
        List<QdeWriter.Orphan> orphans = new ArrayList<>();
        int done = 0;
        for (ArticleNotes article : job.articles()) {
            Progress.step(progress, done++, job.articles().size(), article.title());
            Optional<Article> opened = article.inCorpus() ? job.texts().open(article.id()) : Optional.empty();
            if (opened.isEmpty()) {
                article.annotations().forEach(a -> orphans.add(new QdeWriter.Orphan(article, a,
                        "the article is not in the corpus, so its text could not be included")));
                continue;
            }
            LfText lf = LfText.of(opened.get().text());
            String guid = Guids.derived("source", article.id());
            String file = guid + ".txt";
            zip.putNextEntry(new ZipEntry(ZipNames.check(SOURCES_FOLDER + file)));
            zip.write(lf.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            sources.add(new QdeWriter.Source(guid, file, article, selections(opened.get().text(), lf, article, orphans)));
        }
        zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
        try {
            new QdeWriter(job).write(zip, sources, orphans);
        } catch (XMLStreamException e) {
            throw new IOException("Could not write project.qde: " + e.getMessage(), e);
        }
        zip.closeEntry();
        zip.finish();
    }

    /** Positions in code points of the LF source; a passage whose quote is gone from the text is an orphan. */
    private static List<QdeWriter.Selection> selections(String text, LfText lf, ArticleNotes article,
                                                        List<QdeWriter.Orphan> orphans) {
        List<QdeWriter.Selection> result = new ArrayList<>();
        for (Annotation a : article.annotations()) {
            int start = QuoteFinder.find(text, a.anchor().exact(), a.anchor().prefix(), a.anchor().suffix(),
                    a.anchor().start());
            if (start < 0) {
                orphans.add(new QdeWriter.Orphan(article, a, "its passage is no longer in the article's text"));
                continue;
            }
            int lfStart = lf.toLf(start);
            int lfEnd = lf.toLf(start + a.anchor().exact().length());
            result.add(new QdeWriter.Selection(a, CodePoints.fromUtf16(lf.text(), lfStart),
                    CodePoints.fromUtf16(lf.text(), lfEnd)));
        }
        return result;
    }
}
