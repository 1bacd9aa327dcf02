package org.corridor.ui.export;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows what an import did, including every item it could not place, in text the user can copy. */
public final class ImportReportDialog {

    private ImportReportDialog() {
    }

    public static void show(Window owner, String report) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Import report");
        TextArea text = new TextArea(report);
        text.setId("import-report");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(640, 360);
        dialog.getDialogPane().setContent(text);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.show();
    }
}
