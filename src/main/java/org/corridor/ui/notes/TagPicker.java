package org.corridor.ui.notes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.corridor.notes.Codebook;
import org.corridor.notes.CodebookEdits;
import org.corridor.notes.Tag;

/**
 * The small window that tags a passage: type to find a tag; a name no tag has is offered as a last row, "Create
 * “name”". Enter or Apply takes the highlighted row (creating the tag it offers), Shift+Enter takes it and keeps
 * the window open for another, Ctrl+Enter takes the offer to create even when a longer name matches, a click ticks
 * several tags and a click on the offer creates and applies at once; Esc cancels.
 */
final class TagPicker {

    private final NotesSession session;
    private final Consumer<List<String>> onChosen;
    private final Set<String> checked = new LinkedHashSet<>();
    private final TextField search = new TextField();
    private final ListView<Row> list = new ListView<>();
    private final Stage stage = new Stage(StageStyle.UTILITY);

    private TagPicker(NotesSession session, Consumer<List<String>> onChosen) {
        this.session = session;
        this.onChosen = onChosen;
    }

    /**
     * Opens the picker over {@code owner}, just below {@code near} (the passage on screen) when it is known, so
     * the eye need not leave the text; {@code onChosen} gets the chosen tag ids (new tags already created).
     */
    static void show(Window owner, Bounds near, NotesSession session, Consumer<List<String>> onChosen) {
        new TagPicker(session, onChosen).open(owner, near);
    }

    private void open(Window owner, Bounds near) {
        search.setPromptText("Type a tag, or a new name");
        search.setId("tag-picker-search");
        list.setId("tag-picker-list");
        list.setPrefHeight(260);
        list.setCellFactory(v -> new TagRow());
        search.textProperty().addListener((o, a, text) -> filter(text));
        search.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        filter("");

        Button apply = new Button("Apply");
        apply.setId("tag-picker-apply");
        apply.setDefaultButton(false);
        apply.setOnAction(e -> {
            takeCurrent(false);
            close(true);
        });
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> close(false));
        Label hint = new Label("Enter: apply · Shift+Enter: add another · Ctrl+Enter: new tag · Esc: cancel");
        hint.getStyleClass().add("tag-picker-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE); // a VBox would otherwise squeeze the wrapped keys into one cut line
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox root = new VBox(6, search, list, hint, new HBox(6, spacer, cancel, apply));
        root.setPadding(new Insets(8));
        root.getStyleClass().add("tag-picker");

        Scene scene = new Scene(root, 320, 380);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.getRoot().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
        stage.setScene(scene);
        stage.setTitle("Tag passage");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        if (near != null) {
            placeBelow(near, scene.getWidth(), scene.getHeight());
        }
        stage.show();
        search.requestFocus();
    }

    /** Below the passage, or above it when there is no room below, and always on the passage's screen. */
    private void placeBelow(Bounds near, double width, double height) {
        Rectangle2D screen = Screen.getScreensForRectangle(near.getMinX(), near.getMinY(), near.getWidth(),
                near.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double x = Math.max(screen.getMinX(), Math.min(near.getMinX(), screen.getMaxX() - width));
        double below = near.getMaxY() + 6;
        double y = below + height <= screen.getMaxY() ? below : Math.max(screen.getMinY(), near.getMinY() - height - 6);
        stage.setX(x);
        stage.setY(y);
    }

    /** The tags whose path contains the text, then, unless a tag has exactly that name, the offer to create it. */
    private void filter(String text) {
        Codebook codebook = session.snapshot().codebook();
        String typed = text.strip();
        String q = typed.toLowerCase(Locale.ROOT);
        List<Row> rows = new ArrayList<>();
        codebook.treeOrder().stream()
                .filter(t -> q.isEmpty() || codebook.path(t.id()).toLowerCase(Locale.ROOT).contains(q))
                .forEach(t -> rows.add(new Existing(t)));
        if (!typed.isEmpty() && codebook.tags().stream().noneMatch(t -> t.name().equalsIgnoreCase(typed))) {
            rows.add(new Create(typed));
        }
        list.getItems().setAll(rows);
        list.getSelectionModel().clearSelection();
        if (!rows.isEmpty()) {
            list.getSelectionModel().select(bestMatch(q));
        }
    }

    /** An exact name first, then a name that starts with the text, then the first row. */
    private int bestMatch(String q) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof Existing e && e.tag().name().toLowerCase(Locale.ROOT).equals(q)) {
                return i;
            }
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i) instanceof Existing e && e.tag().name().toLowerCase(Locale.ROOT).startsWith(q)) {
                return i;
            }
        }
        return 0;
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case ENTER -> {
                takeCurrent(e.isShortcutDown());
                if (e.isShiftDown()) {
                    search.clear();
                    search.requestFocus();
                } else {
                    close(true);
                }
                e.consume();
            }
            case DOWN, UP -> {
                if (e.getTarget() == search) {
                    int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    list.getSelectionModel().select(Math.max(0, Math.min(list.getItems().size() - 1, i)));
                    e.consume();
                }
            }
            case ESCAPE -> {
                close(false);
                e.consume();
            }
            default -> {
                // typing goes to the search field
            }
        }
    }

    /**
     * Takes the highlighted row: ticks its tag, or creates the tag it offers. {@code create} (Ctrl+Enter) takes the
     * offer to create the typed name even when an existing tag is highlighted.
     */
    private void takeCurrent(boolean create) {
        Row highlighted = list.getSelectionModel().getSelectedItem();
        Row offer = list.getItems().isEmpty() ? null : list.getItems().get(list.getItems().size() - 1);
        if (create && offer instanceof Create) {
            highlighted = offer;
        }
        if (highlighted instanceof Create c) {
            createAndTick(c.name());
        } else if (highlighted instanceof Existing e && (checked.isEmpty() || !search.getText().isBlank())) {
            checked.add(e.tag().id());
        }
        filter(search.getText());
    }

    /** A new top-level tag; a refused edit (a read-only workspace) is reported by the session. */
    private void createAndTick(String name) {
        Tag created = CodebookEdits.newTag(session.snapshot().codebook(), name, null);
        if (session.perform(s -> session.codebookEdits().create(s, created))) {
            checked.add(created.id());
        }
    }

    /** Closes the picker; {@code apply} hands the ticked tags (if any) to the caller. */
    private void close(boolean apply) {
        stage.close();
        if (apply && !checked.isEmpty()) {
            onChosen.accept(List.copyOf(checked));
        }
    }

    /** A row of the list: an existing tag, or the offer to create a tag with the typed name. */
    private sealed interface Row permits Existing, Create {
    }

    private record Existing(Tag tag) implements Row {
    }

    private record Create(String name) implements Row {
    }

    /** A tag's row: a tick box, the colour and the tag's path; the offer's row: "Create “name”". */
    private final class TagRow extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setOnMouseClicked(null);
            } else if (row instanceof Existing e) {
                showTag(e.tag());
            } else if (row instanceof Create c) {
                Label offer = new Label("Create “" + c.name() + "”");
                offer.setId("tag-picker-create");
                offer.getStyleClass().add("tag-picker-create");
                setGraphic(offer);
                setOnMouseClicked(click -> {
                    createAndTick(c.name());
                    close(true);
                });
            }
        }

        private void showTag(Tag tag) {
            CheckBox box = new CheckBox();
            box.setFocusTraversable(false);
            box.setMouseTransparent(true);
            box.setSelected(checked.contains(tag.id()));
            box.selectedProperty().addListener((o, a, on) -> {
                if (on) {
                    checked.add(tag.id());
                } else {
                    checked.remove(tag.id());
                }
            });
            Label name = new Label(session.snapshot().codebook().path(tag.id()));
            setGraphic(new HBox(6, box, TagStyles.swatch(tag.color()), name));
            setOnMouseClicked(click -> box.setSelected(!box.isSelected()));
        }
    }
}
