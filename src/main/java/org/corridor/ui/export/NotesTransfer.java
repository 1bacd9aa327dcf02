package org.corridor.ui.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.corridor.corpus.Article;
import org.corridor.corpus.Corpus;
import org.corridor.entities.EntityRecogniser;
import org.corridor.entities.Mention;
import org.corridor.entities.Recogniser;
import org.corridor.entities.Recognisers;
import org.corridor.export.Exporters;
import org.corridor.export.WorkspaceImporter;
import org.corridor.settings.Settings;
import org.corridor.ui.common.Background;

/**
 * The window's two doors for notes: File ▸ Export notes… and File ▸ Import notes…. Both work on the notes open
 * in the window ({@link WindowNotes}): an export includes the latest edits, an import is one undoable edit that
 * the notes' autosave writes. Neither opens the workspace's notes file a second time.
 */
public final class NotesTransfer {

    private final Background background;
    private final ExportChoices choices;
    private final Path workspace;
    private final WindowNotes notes;
    private final Clock clock;
    private Recogniser recogniser;

    public NotesTransfer(Background background, Settings settings, Runnable settingsChanged, Path workspace,
                         WindowNotes notes, Clock clock) {
        this.background = background;
        this.choices = new ExportChoices(settings, settingsChanged);
        this.workspace = workspace;
        this.notes = notes;
        this.clock = clock;
    }

    public ExportDialog openExportDialog(Window owner, Corpus corpus, String openArticleId, List<String> selectedIds) {
        ExportContext context = new ExportContext(corpus, openArticleId, selectedIds, notes::snapshot);
        Exporters exporters = new Exporters(Optional.of(this::recognise));
        ExportDialog dialog = new ExportDialog(new ExportViewModel(background, exporters, context, choices, clock),
                choices, background);
        dialog.show(owner);
        return dialog;
    }

    public void chooseAndImport(Window owner, Corpus corpus) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import notes");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Web Annotation or REFI-QDA", "*.json", "*.jsonld", "*.qdpx"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) {
            importFiles(owner, corpus, files.stream().map(File::toPath).toList());
        }
    }

    public ImportNotesViewModel importFiles(Window owner, Corpus corpus, List<Path> files) {
        ImportNotesViewModel model = new ImportNotesViewModel(background,
                (list, progress) -> new WorkspaceImporter(corpus, clock).importFiles(notes, list, progress));
        model.importFiles(files, report -> ImportReportDialog.show(owner, report));
        return model;
    }

    /** The entity recogniser with the workspace's lexicon, made on first use (in the export's background job). */
    private List<Mention> recognise(Article article) {
        synchronized (this) {
            if (recogniser == null) {
                try {
                    recogniser = new EntityRecogniser(Recognisers.lexiconFor(workspace));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the lexicon: " + e.getMessage(), e);
                }
            }
        }
        return recogniser.recognise(article);
    }
}
