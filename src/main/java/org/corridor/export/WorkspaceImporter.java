package org.corridor.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;
import org.corridor.notes.Annotation;
import org.corridor.notes.NotesEdit;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.NotesStore;
import org.corridor.notes.Tag;
import org.corridor.notes.UndoHistory;

/**
 * Imports notes files: {@link #prepare} reads and merges them (slow, any thread) against the notes as they are,
 * each file against the notes plus what the files before it added, so files that share annotations do not
 * duplicate them; the result is then added as one edit, so one undo takes the whole import back. One file
 * failing does not stop the others.
 */
public final class WorkspaceImporter {

    /** What happened to one file: its report, or why it could not be read. */
    public record FileOutcome(Path file, ImportReport report, String error) {

        public boolean failed() {
            return report == null;
        }
    }

    /** The files' outcomes and everything they add. */
    public record Prepared(List<FileOutcome> outcomes, List<Tag> newTags, List<Annotation> newAnnotations) {

        public Prepared {
            outcomes = List.copyOf(outcomes);
            newTags = List.copyOf(newTags);
            newAnnotations = List.copyOf(newAnnotations);
        }

        public boolean changesNothing() {
            return newTags.isEmpty() && newAnnotations.isEmpty();
        }

        /** The one edit that adds it all. */
        public NotesEdit edit(NotesSnapshot base, Clock clock) {
            return NotesEdit.adding("import notes", base, newTags, newAnnotations, clock.instant());
        }
    }

    private final NotesImporter importer;
    private final Clock clock;

    public WorkspaceImporter(Corpus corpus, Clock clock) {
        this.importer = new NotesImporter(corpus, ArticleTexts.of(corpus), clock);
        this.clock = clock;
    }

    public Prepared prepare(NotesSnapshot base, List<Path> files, ProgressListener progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        List<Tag> tags = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        NotesSnapshot current = base;
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            Path file = files.get(i);
            progress.progress(i, files.size(), "Importing " + file.getFileName());
            try {
                NotesImporter.Result result = importer.merge(current, NotesFileReader.read(file));
                current = result.applyTo(current);
                tags.addAll(result.newTags());
                annotations.addAll(result.newAnnotations());
                outcomes.add(new FileOutcome(file, result.report(), null));
            } catch (NoSuchFileException e) {
                outcomes.add(new FileOutcome(file, null, "no such file"));
            } catch (AccessDeniedException e) {
                outcomes.add(new FileOutcome(file, null, "permission denied"));
            } catch (FileSystemException e) {
                // its message starts with the path, which the report already names
                outcomes.add(new FileOutcome(file, null, e.getReason() != null ? e.getReason() : "cannot be read"));
            } catch (IOException e) {
                outcomes.add(new FileOutcome(file, null, e.getMessage()));
            }
        }
        return new Prepared(outcomes, tags, annotations);
    }

    /**
     * Into a workspace on disk (the command line): opens it, taking its lock, imports, saves, releases it.
     *
     * @throws ExportException when the workspace cannot be written (open in a Corridor window, newer format…)
     */
    public List<FileOutcome> importIntoWorkspace(Path workspace, List<Path> files, ProgressListener progress)
            throws IOException {
        Files.createDirectories(workspace);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            if (store.notebook().isReadOnly()) {
                throw new ExportException(store.damage().map(d -> d.describe(store.file()))
                        .orElse(store.notebook().readOnlyReason()));
            }
            Prepared prepared = prepare(store.notebook().snapshot(), files, progress);
            if (!prepared.changesNothing()) {
                new UndoHistory(store.notebook()).perform(prepared.edit(store.notebook().snapshot(), clock));
                store.save();
            }
            return prepared.outcomes();
        }
    }
}
