package org.corridor.ui.notes;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.corridor.notes.NotesDamage;
import org.corridor.notes.NotesRepair;

/**
 * Tells the user that the notes file cannot be read (and which entries, when only some) and offers the three
 * repairs: restore a backup, salvage what can be read, start empty. Closing it any other way decides nothing:
 * the notes stay read-only and the file stays as it is.
 */
final class DamagedNotesDialog {

    static final ButtonType RESTORE = new ButtonType("Restore backup", ButtonBar.ButtonData.OTHER);
    static final ButtonType SALVAGE = new ButtonType("Salvage", ButtonBar.ButtonData.OTHER);
    static final ButtonType START_EMPTY = new ButtonType("Start empty", ButtonBar.ButtonData.OTHER);
    static final ButtonType LATER = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);

    private DamagedNotesDialog() {
    }

    /** Shows the dialog without waiting; {@code onChoice} gets the repair the user picked, if any. */
    static void show(Stage owner, Path file, NotesDamage damage, Consumer<NotesRepair> onChoice) {
        TextArea details = new TextArea(damage.describe(file));
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(8);
        details.setId("notes-damage-details");
        ComboBox<Path> backups = new ComboBox<>();
        backups.getItems().setAll(damage.backups());
        backups.getSelectionModel().selectFirst();
        backups.setId("notes-damage-backups");
        backups.setConverter(new StringConverter<>() {
            @Override
            public String toString(Path p) {
                return p == null ? "" : p.getFileName().toString();
            }

            @Override
            public Path fromString(String s) {
                return null;
            }
        });
        HBox backupRow = new HBox(8, new Label("Backup to restore:"), backups);
        backupRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        backupRow.setVisible(!damage.backups().isEmpty());
        backupRow.setManaged(!damage.backups().isEmpty());
        VBox.setVgrow(details, Priority.ALWAYS);

        Alert alert = new Alert(Alert.AlertType.WARNING, null, RESTORE, SALVAGE, START_EMPTY, LATER);
        alert.setTitle("Your notes cannot be read");
        alert.setHeaderText("Your notes file cannot be read. Choose what to do; until then nothing is written.");
        alert.getDialogPane().setContent(new VBox(8, details, backupRow));
        alert.getDialogPane().setId("notes-damage-dialog");
        alert.getDialogPane().setPrefWidth(760);
        alert.getDialogPane().getButtonTypes().forEach(type -> {
            Button button = (Button) alert.getDialogPane().lookupButton(type);
            button.setMinWidth(Region.USE_PREF_SIZE); // the labels name the choices: never cut them
            ButtonBar.setButtonUniformSize(button, false);
        });
        alert.getDialogPane().lookupButton(RESTORE).setDisable(damage.backups().isEmpty());
        ((Button) alert.getDialogPane().lookupButton(LATER)).setDefaultButton(true);
        alert.setResizable(true);
        alert.initOwner(owner);
        alert.setOnHidden(e -> {
            ButtonType chosen = alert.getResult();
            if (chosen == RESTORE && backups.getValue() != null) {
                onChoice.accept(NotesRepair.restore(backups.getValue()));
            } else if (chosen == SALVAGE) {
                onChoice.accept(NotesRepair.salvage());
            } else if (chosen == START_EMPTY) {
                onChoice.accept(NotesRepair.startEmpty());
            }
        });
        alert.show();
    }
}
