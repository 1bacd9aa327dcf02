package org.corridor.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.corridor.corpus.Corpus;
import org.corridor.entities.Recogniser;
import org.corridor.export.Exporters;
import org.corridor.export.WorkspaceImporter;
import org.corridor.notes.NotesSnapshot;
import org.corridor.settings.Settings;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.FileDialogs;
import org.corridor.ui.notes.NotesSession;

/**
 * The window's two doors for notes: File ▸ Export notes… exports the notes open in the window (as they are when
 * the dialog opens) and File ▸ Import notes… adds imported notes to them as one edit, so Edit ▸ Undo takes an
 * import back and the notes panel's autosave writes it.
 */
public final class NotesTransfer {

    private final Background background;
    private final ExportChoices choices;
    private final NotesSession notes;
    private final Recogniser recogniser;
    private final Clock clock;

    public NotesTransfer(Background background, Settings settings, Runnable settingsChanged, NotesSession notes,
                         Recogniser recogniser, Clock clock) {
        this.background = background;
        this.choices = new ExportChoices(settings, settingsChanged);
        this.notes = notes;
        this.recogniser = recogniser;
        this.clock = clock;
    }

    public ExportDialog openExportDialog(Window owner, Corpus corpus, String openArticleId, List<String> selectedIds) {
        NotesSnapshot now = notes.snapshot();
        ExportContext context = new ExportContext(corpus, openArticleId, selectedIds, () -> now);
        ExportDialog dialog = new ExportDialog(new ExportViewModel(background, new Exporters(Optional.of(recogniser)),
                context, choices, clock), choices, background);
        dialog.show(owner);
        return dialog;
    }

    public void chooseAndImport(Window owner, Corpus corpus, FileDialogs dialogs) {
        List<Path> files = dialogs.chooseFiles(owner, "Import notes", List.of(
                new FileChooser.ExtensionFilter("Web Annotation or REFI-QDA", "*.json", "*.jsonld", "*.qdpx"),
                new FileChooser.ExtensionFilter("All files", "*.*")));
        if (!files.isEmpty()) {
            importFiles(owner, corpus, files);
        }
    }

    public ImportNotesViewModel importFiles(Window owner, Corpus corpus, List<Path> files) {
        NotesSnapshot base = notes.snapshot();
        ImportNotesViewModel model = new ImportNotesViewModel(background,
                (list, progress) -> new WorkspaceImporter(corpus, clock).prepare(base, list, progress),
                prepared -> notes.perform(current -> prepared.edit(current, clock)) ? null : notes.readOnlyReason());
        model.importFiles(files, report -> ImportReportDialog.show(owner, report));
        return model;
    }
}
