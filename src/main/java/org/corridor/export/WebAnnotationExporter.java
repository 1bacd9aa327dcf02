package org.corridor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corridor.common.Json;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.notes.Annotation;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * W3C Web Annotation JSON-LD: one AnnotationCollection whose first page embeds every annotation, or (option)
 * a zip holding one JSON-LD file per annotation, for tools that take annotations one at a time.
 */
public final class WebAnnotationExporter implements NotesExporter {

    private final JsonMapper mapper = Json.pretty();
    private final WebAnnotationJson json = new WebAnnotationJson(mapper);

    @Override
    public String id() {
        return "webanno";
    }

    @Override
    public String label() {
        return "W3C Web Annotation (JSON-LD)";
    }

    @Override
    public String fileExtension(ExportOptions options) {
        return options.onePerAnnotation() ? "zip" : "jsonld";
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public void write(ExportJob job, OutputStream out, ProgressListener progress) throws IOException {
        if (job.options().onePerAnnotation()) {
            writeZip(job, out, progress);
        } else {
            mapper.writeValue(new NonClosing(out), collection(job, progress));
        }
    }

    private ObjectNode collection(ExportJob job, ProgressListener progress) throws IOException {
        String seed = ExportText.iso(job.exportedAt()) + job.scopeLabel();
        ObjectNode collection = mapper.createObjectNode();
        collection.put("@context", WebAnnotationJson.CONTEXT);
        collection.put("id", "urn:uuid:" + Guids.derived("collection", seed));
        collection.put("type", "AnnotationCollection");
        collection.put("label", job.options().title());
        collection.put("total", job.annotationCount());
        collection.put("created", ExportText.iso(job.exportedAt()));
        ObjectNode page = collection.putObject("first");
        page.put("id", "urn:uuid:" + Guids.derived("page", seed));
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        int done = 0;
        for (ArticleNotes article : job.articles()) {
            Progress.step(progress, done++, job.articles().size(), article.title());
            String text = text(job, article);
            for (Annotation a : article.annotations()) {
                items.add(json.annotation(job.codebook(), article, a, text, false));
            }
        }
        return collection;
    }

    private void writeZip(ExportJob job, OutputStream out, ProgressListener progress) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(new NonClosing(out));
        int done = 0;
        for (ArticleNotes article : job.articles()) {
            Progress.step(progress, done++, job.articles().size(), article.title());
            String text = text(job, article);
            for (Annotation a : article.annotations()) {
                zip.putNextEntry(new ZipEntry(ZipNames.check("annotations/" + Guids.of(a.id()) + ".jsonld")));
                zip.write(mapper.writeValueAsBytes(json.annotation(job.codebook(), article, a, text, true)));
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static String text(ExportJob job, ArticleNotes article) throws IOException {
        if (!article.inCorpus()) {
            return null;
        }
        Optional<Article> opened = job.texts().open(article.id());
        return opened.map(Article::text).orElse(null);
    }
}
