package org.corridor.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;
import org.corridor.notes.NotesEdit;
import org.corridor.notes.NotesStore;
import org.corridor.notes.UndoHistory;

/**
 * Imports notes files into a workspace: each file is read, merged with the notes as they are at that moment and
 * added as one undoable edit, so files that share annotations do not duplicate them. One file failing does not
 * stop the others.
 */
public final class WorkspaceImporter {

    /** What happened to one file: its report, or why it could not be read. */
    public record FileOutcome(Path file, ImportReport report, String error) {

        public boolean failed() {
            return report == null;
        }
    }

    private final NotesImporter importer;
    private final Clock clock;

    public WorkspaceImporter(Corpus corpus, Clock clock) {
        this.importer = new NotesImporter(corpus, ArticleTexts.of(corpus), clock);
        this.clock = clock;
    }

    /** Into notes that are open already (the window's, or a workspace's), each file as one undoable edit. */
    public List<FileOutcome> importFiles(OpenNotes notes, List<Path> files, ProgressListener progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            Path file = files.get(i);
            progress.progress(i, files.size(), "Importing " + file.getFileName());
            try {
                ImportBatch batch = NotesFileReader.read(file);
                NotesImporter.Result result = importer.merge(notes.snapshot(), batch);
                notes.apply(NotesEdit.adding("import notes from " + file.getFileName(),
                        notes.snapshot(), result.newTags(), result.newAnnotations(), clock.instant()));
                outcomes.add(new FileOutcome(file, result.report(), null));
            } catch (NoSuchFileException e) {
                outcomes.add(new FileOutcome(file, null, "no such file"));
            } catch (IOException e) {
                outcomes.add(new FileOutcome(file, null, e.getMessage()));
            }
        }
        return outcomes;
    }

    /**
     * Into a workspace on disk: opens it (taking its lock), imports, saves, releases it.
     *
     * @throws ExportException when the workspace cannot be written (open in another Corridor, newer format…)
     */
    public List<FileOutcome> importIntoWorkspace(Path workspace, List<Path> files, ProgressListener progress)
            throws IOException {
        Files.createDirectories(workspace);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            if (store.notebook().isReadOnly()) {
                throw new ExportException(store.notebook().readOnlyReason());
            }
            List<FileOutcome> outcomes = importFiles(OpenNotes.of(new UndoHistory(store.notebook())), files, progress);
            store.save();
            return outcomes;
        }
    }
}
