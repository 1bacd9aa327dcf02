package org.corridor.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.corridor.common.Plural;
import org.corridor.ui.common.Background;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The bottom line: what the app is doing (with progress and cancel), what happened, and where things live. */
public final class StatusBar extends HBox {

    private final Label message = new Label();
    private final Hyperlink problems = new Hyperlink();
    private final Hyperlink notesWarning = new Hyperlink();
    private final Label location = new Label();

    public StatusBar(Background background, Runnable showProblems) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        message.setId("status-message");

        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(140);
        bar.progressProperty().bind(background.progressProperty());
        Label jobText = new Label();
        jobText.textProperty().bind(background.messageProperty());
        jobText.getStyleClass().add("status-job");
        jobText.setMaxWidth(280);
        Button cancel = new Button(null, new FontIcon(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setAccessibleText("Cancel");
        cancel.setOnAction(e -> background.cancelCurrent());
        HBox job = new HBox(6, bar, jobText, cancel);
        job.setAlignment(Pos.CENTER_LEFT);
        job.visibleProperty().bind(background.busyProperty());
        job.managedProperty().bind(background.busyProperty());

        problems.setId("status-problems");
        problems.setOnAction(e -> showProblems.run());
        problems.setVisible(false);
        problems.setManaged(false);

        notesWarning.setId("status-notes-warning");
        notesWarning.getStyleClass().add("status-warning");
        showNotesWarning(null);

        location.getStyleClass().add("status-location");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(notesWarning, message, problems, job, spacer, location);
    }

    public void setMessage(String text) {
        message.setText(text);
    }

    /** Shows "N files skipped" as a link to the load report, or hides it when there is nothing to report. */
    public void setProblemCount(int skipped, int warnings) {
        boolean any = skipped + warnings > 0;
        problems.setVisible(any);
        problems.setManaged(any);
        if (any) {
            String text = skipped > 0 ? Plural.of(skipped, "file") + " skipped" : "";
            if (warnings > 0) {
                text += (text.isEmpty() ? "" : ", ") + Plural.of(warnings, "warning");
            }
            problems.setText(text + " — see report");
        }
    }

    /**
     * Keeps a warning about the notes in view, apart from the passing messages, for as long as it holds (notes that
     * cannot be read stay read-only until the user chooses a repair); null hides it.
     */
    public void showNotesWarning(String text) {
        notesWarning.setText(text);
        notesWarning.setVisible(text != null);
        notesWarning.setManaged(text != null);
    }

    /** What a click on the notes warning does. */
    public void onNotesWarning(Runnable action) {
        notesWarning.setOnAction(e -> action.run());
    }

    public void setLocation(String text) {
        location.setText(text);
    }
}
