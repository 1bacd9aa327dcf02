package org.corridor.ui.search;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.corridor.corpus.Corpus;
import org.corridor.search.ImportWorkflow;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.FileDialogs;

/**
 * File ▸ Import… (files or a folder) and files dropped on the document list: the import runs as a tracked
 * background job (count, current file and cancel in the status bar), then the new catalog is shown and the
 * import report opens.
 */
final class ImportActions {

    private final Stage stage;
    private final Background background;
    private final IndexSession index;
    private final ImportWorkflow workflow;
    private final Supplier<Corpus> corpus;
    private final Consumer<Corpus> publish;
    private final Consumer<String> status;

    ImportActions(Stage stage, Background background, IndexSession index, ImportWorkflow workflow,
                  Supplier<Corpus> corpus, Consumer<Corpus> publish, Consumer<String> status) {
        this.stage = stage;
        this.background = background;
        this.index = index;
        this.workflow = workflow;
        this.corpus = corpus;
        this.publish = publish;
        this.status = status;
    }

    void chooseFiles(FileDialogs dialogs) {
        List<Path> files = dialogs.chooseFiles(stage, "Import articles", List.of(
                new FileChooser.ExtensionFilter("Articles (text, Markdown, HTML, PDF)", "*.txt", "*.md",
                        "*.markdown", "*.html", "*.htm", "*.xhtml", "*.pdf"),
                new FileChooser.ExtensionFilter("All files", "*")));
        if (!files.isEmpty()) {
            run(files);
        }
    }

    void chooseFolder(FileDialogs dialogs) {
        dialogs.chooseFolder(stage, "Import every article in a folder", null).ifPresent(dir -> run(List.of(dir)));
    }

    /** Lets files and folders be dropped on {@code target} to import them. */
    void acceptDrops(Node target) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                run(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    void run(List<Path> inputs) {
        Corpus current = corpus.get();
        if (current == null) {
            status.accept("Open a corpus before importing into its workspace.");
            return;
        }
        background.runTracked("Importing " + inputs.size() + (inputs.size() == 1 ? " item…" : " items…"),
                p -> workflow.run(inputs, current, index.workspace(), index.ensureOpen(), p),
                result -> {
                    if (result.corpus() != current) {
                        publish.accept(result.corpus());
                    }
                    status.accept("Import: " + result.summary());
                    ImportReportDialog.show(stage, result.report());
                },
                error -> status.accept("The import stopped: " + error.getMessage()));
    }
}
