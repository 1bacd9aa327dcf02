package org.corridor.ui.export;

import java.io.IOException;
import java.util.List;
import org.corridor.corpus.Corpus;
import org.corridor.notes.NotesSnapshot;

/**
 * What the window knows when the user opens the export dialog.
 *
 * @param corpus             the open corpus
 * @param openArticleId      the article in the reader, or null
 * @param selectedArticleIds the articles selected in the list
 * @param notes              reads the workspace's notes as they are now
 */
public record ExportContext(Corpus corpus, String openArticleId, List<String> selectedArticleIds, NotesSource notes) {

    public ExportContext {
        selectedArticleIds = List.copyOf(selectedArticleIds);
    }

    /** Where the notes come from: the workspace on disk, or the notes open in the window. */
    @FunctionalInterface
    public interface NotesSource {
        NotesSnapshot load() throws IOException;
    }
}
