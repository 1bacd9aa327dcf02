package org.corridor.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.corridor.app.cli.Version;

/** Version and the folders where the user's data lives, so they can back it up or put it under git. */
final class AboutDialog {

    private AboutDialog() {
    }

    static void show(Window owner, String corpus, String workspace, String settingsFile) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Corridor");
        alert.setHeaderText("Corridor " + Version.current());
        TextArea paths = new TextArea("Corpus:     " + corpus + "\nWorkspace:  " + workspace
                + "\nSettings:   " + settingsFile);
        paths.setEditable(false);
        paths.setPrefRowCount(3);
        paths.setWrapText(false);
        paths.getStyleClass().add("monospace");
        Label text = new Label("A research reader for news corpora. Your notes are plain JSON files in the "
                + "workspace folder; they belong to you.");
        text.setWrapText(true);
        alert.getDialogPane().setContent(new VBox(10, text, paths));
        alert.getDialogPane().setPrefWidth(620);
        alert.show();
    }
}
