package org.corridor.export;

import java.time.LocalDate;
import java.util.List;
import org.corridor.notes.Annotation;

/**
 * One article of an export with its annotations in text order. The metadata comes from the corpus when the
 * article is there, else from the hints the annotations kept (title, path), so notes of a missing file still
 * leave Corridor.
 *
 * @param id          the article's id
 * @param title       its title
 * @param date        publication date or null
 * @param source      outlet or null
 * @param path        the file, absolute, or null when unknown
 * @param inCorpus    whether the corpus has the article, i.e. its text can be opened
 * @param annotations its annotations in scope, sorted by position
 */
public record ArticleNotes(String id, String title, LocalDate date, String source, String path, boolean inCorpus,
                           List<Annotation> annotations) {

    public ArticleNotes {
        annotations = List.copyOf(annotations);
    }

    /** The file name without folders, or the id when the path is unknown. */
    public String fileName() {
        if (path == null) {
            return id;
        }
        String normalised = path.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }
}
