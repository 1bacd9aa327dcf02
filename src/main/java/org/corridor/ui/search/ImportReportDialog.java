package org.corridor.ui.search;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.corridor.corpus.importing.ImportOutcome;
import org.corridor.corpus.importing.ImportReport;

/** What an import did, file by file: added, added as a near-duplicate, skipped as a duplicate, or failed and why. */
final class ImportReportDialog {

    private ImportReportDialog() {
    }

    static void show(Window owner, ImportReport report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import report");
        dialog.setHeaderText(report.summary());
        TableView<ImportOutcome> table = new TableView<>();
        table.setId("import-report-table");
        table.getItems().setAll(report.outcomes());
        table.getColumns().add(column("File", 260, o -> o.file()));
        table.getColumns().add(column("Result", 110, ImportReportDialog::result));
        table.getColumns().add(column("Details", 360, ImportReportDialog::details));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(760, 360);
        Label hint = new Label("Near-duplicates were imported; compare them with the article they resemble.");
        hint.setVisible(report.nearDuplicates() > 0);
        hint.setManaged(hint.isVisible());
        dialog.getDialogPane().setContent(new VBox(8, table, hint));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    private static TableColumn<ImportOutcome, String> column(String name, double width,
                                                           java.util.function.Function<ImportOutcome, String> value) {
        TableColumn<ImportOutcome, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    static String result(ImportOutcome o) {
        return switch (o.status()) {
            case ADDED -> o.nearDuplicate() ? "Added (similar)" : "Added";
            case DUPLICATE -> "Skipped: duplicate";
            case FAILED -> "Failed";
        };
    }

    static String details(ImportOutcome o) {
        if (o.status() == ImportOutcome.Status.ADDED) {
            String added = "“" + o.title() + "” as " + o.id();
            return o.nearDuplicate() ? added + String.format(Locale.ROOT, "; %.0f%% the same as %s",
                    o.similarity() * 100, o.similarTo()) : added;
        }
        return o.reason();
    }
}
