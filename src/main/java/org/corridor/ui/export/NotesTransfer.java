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
import org.corridor.notes.NotesStore;
import org.corridor.settings.Settings;
import org.corridor.ui.common.Background;

/**
 * The window's two doors for notes: File ▸ Export notes… and File ▸ Import notes…. Until the notes panel owns
 * the workspace's open notes, export reads them read-only from disk and import opens the workspace for the
 * length of the import; both go through {@link ExportContext.NotesSource} and {@link ImportNotesViewModel.Import}
 * so the notes panel can hand over its live notes instead.
 */
public final class NotesTransfer {

    private final Background background;
    private final ExportChoices choices;
    private final Path workspace;
    private final Clock clock;
    private Recogniser recogniser;

    public NotesTransfer(Background background, Settings settings, Runnable settingsChanged, Path workspace,
                         Clock clock) {
        this.background = background;
        this.choices = new ExportChoices(settings, settingsChanged);
        this.workspace = workspace;
        this.clock = clock;
    }

    public ExportDialog openExportDialog(Window owner, Corpus corpus, String openArticleId, List<String> selectedIds) {
        ExportContext context = new ExportContext(corpus, openArticleId, selectedIds, () -> NotesStore.readSnapshot(workspace));
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
                (list, progress) -> new WorkspaceImporter(corpus, clock).importIntoWorkspace(workspace, list, progress));
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
