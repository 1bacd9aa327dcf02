package org.corridor.ui.shell;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.corridor.common.Plural;
import org.corridor.corpus.LoadProblem;
import org.corridor.ui.common.Placeholder;

/** The per-file report of a corpus load: which files were skipped or read with a warning, and why. */
final class LoadReportDialog {

    private LoadReportDialog() {
    }

    static void show(Window owner, String corpus, int loaded, List<LoadProblem> problems) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Load report");
        dialog.setHeaderText(Plural.of(loaded, "article") + " loaded from " + corpus);

        TableView<LoadProblem> table = new TableView<>();
        table.setId("load-report-table");
        table.setPlaceholder(Placeholder.of("Every file was read without problems."));
        TableColumn<LoadProblem, String> file = new TableColumn<>("File");
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().path()));
        file.setPrefWidth(220);
        TableColumn<LoadProblem, String> what = new TableColumn<>("What happened");
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper((c.getValue().skipped() ? "Skipped: " : "Warning: ")
                + c.getValue().message()));
        what.setPrefWidth(460);
        table.getColumns().add(file);
        table.getColumns().add(what);
        table.getItems().setAll(problems);
        table.setPrefSize(700, 320);

        dialog.getDialogPane().setContent(new VBox(table));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
