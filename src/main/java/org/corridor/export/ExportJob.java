package org.corridor.export;

import java.time.OffsetDateTime;
import java.util.List;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;

/**
 * Everything an exporter needs: what to write (articles with their annotations in scope, the codebook),
 * how (options), and the facts every format records (when, which scope).
 *
 * @param codebook   the workspace's codebook, whole: tag paths and colours need the parents
 * @param articles   the articles in scope with their annotations, in the order formats list them
 * @param texts      opens article texts for the formats that embed or measure them
 * @param options    format options
 * @param exportedAt the time written into the export
 * @param scopeLabel a human description of the scope, e.g. "tags: Security; 2025-01-01 to 2025-03-31"
 */
public record ExportJob(Codebook codebook, List<ArticleNotes> articles, ArticleTexts texts, ExportOptions options,
                        OffsetDateTime exportedAt, String scopeLabel) {

    public ExportJob {
        articles = List.copyOf(articles);
    }

    public int annotationCount() {
        return articles.stream().mapToInt(a -> a.annotations().size()).sum();
    }

    public List<Annotation> annotations() {
        return articles.stream().flatMap(a -> a.annotations().stream()).toList();
    }
}
