package org.corridor.ui.notes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.CodebookEdits;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.StarterCodebook;
import org.corridor.notes.Tag;
import org.corridor.notes.TagPalette;

/**
 * The "Codebook" tab: the tags as a tree with colour, name and how many annotations use them; create, rename,
 * recolour, move, merge, delete (each undoable), the selected tag's description, and the starter codebook offer.
 */
final class CodebookPanel extends VBox {

    private final NotesSession session;
    private final TreeView<Tag> tree = new TreeView<>();
    private final TextArea description = new TextArea();
    private final VBox starter = new VBox(6);
    private Map<String, Long> usage = Map.of();
    private boolean showing;

    CodebookPanel(NotesSession session) {
        this.session = session;
        getStyleClass().add("codebook-panel");
        setSpacing(8);
        tree.setId("codebook-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TagCell());
        VBox.setVgrow(tree, Priority.ALWAYS);

        Label offer = new Label("Start from a codebook for this corpus? " + String.join(", ",
                StarterCodebook.ENTRIES.stream().map(StarterCodebook.Entry::name).toList())
                + ", each with a few sub-tags. You can change or delete any of them.");
        offer.setWrapText(true);
        Button accept = new Button("Add starter codebook");
        accept.setId("codebook-starter");
        accept.setOnAction(e -> session.perform(s -> session.codebookEdits().acceptStarter(s)));
        starter.getChildren().addAll(offer, accept);
        starter.getStyleClass().add("codebook-starter");

        description.setId("codebook-description");
        description.setPromptText("What this tag means (saved as you type)");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        description.textProperty().addListener((o, a, text) -> selected().ifPresent(t -> {
            if (!showing) {
                session.perform(s -> session.codebookEdits().describe(s, t.id(), text));
            }
        }));
        description.focusedProperty().addListener((o, a, f) -> session.endBurst());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDescription());

        FlowPane buttons = new FlowPane(4, 4, button("New tag", "codebook-new", () -> create(null)),
                button("New sub-tag", "codebook-new-child", () -> selected().ifPresent(t -> create(t.id()))),
                button("Rename", "codebook-rename", this::rename), colourMenu(),
                button("Move…", "codebook-move", this::move), button("Merge into…", "codebook-merge", this::merge),
                button("Delete", "codebook-delete", this::delete));
        buttons.disableProperty().bind(session.editableProperty().not());
        description.editableProperty().bind(session.editableProperty());
        getChildren().addAll(starter, buttons, tree, description);
        session.snapshotProperty().addListener((o, a, s) -> rebuild(s));
        rebuild(session.snapshot());
    }

    private Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private MenuButton colourMenu() {
        MenuButton menu = new MenuButton("Colour");
        menu.setId("codebook-colour");
        for (String color : TagPalette.COLORS) {
            MenuItem item = new MenuItem(color, TagStyles.swatch(color));
            item.setOnAction(e -> selected().ifPresent(t ->
                    session.perform(s -> session.codebookEdits().recolour(s, t.id(), color))));
            menu.getItems().add(item);
        }
        return menu;
    }

    private void rebuild(NotesSnapshot s) {
        String keep = selected().map(Tag::id).orElse(null);
        Map<String, Long> counts = new HashMap<>();
        for (Annotation a : s.annotations()) {
            a.tagIds().forEach(id -> counts.merge(id, 1L, Long::sum));
        }
        usage = counts;
        Codebook codebook = s.codebook();
        TreeItem<Tag> root = new TreeItem<>();
        Map<String, TreeItem<Tag>> items = new HashMap<>();
        for (Tag t : codebook.treeOrder()) {
            TreeItem<Tag> item = new TreeItem<>(t);
            item.setExpanded(true);
            items.put(t.id(), item);
            TreeItem<Tag> parent = t.parentId() == null ? root : items.getOrDefault(t.parentId(), root);
            parent.getChildren().add(item);
        }
        tree.setRoot(root);
        if (keep != null && items.containsKey(keep)) {
            tree.getSelectionModel().select(items.get(keep));
        }
        boolean empty = codebook.tags().isEmpty();
        starter.setVisible(empty);
        starter.setManaged(empty);
        showDescription();
    }

    private void showDescription() {
        showing = true;
        description.setText(selected().map(Tag::description).orElse(""));
        description.setDisable(selected().isEmpty());
        showing = false;
    }

    private Optional<Tag> selected() {
        TreeItem<Tag> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? Optional.empty() : Optional.ofNullable(item.getValue());
    }

    private void create(String parentId) {
        ask("New tag", "Name:", "").ifPresent(name -> session.perform(s -> session.codebookEdits().create(s,
                CodebookEdits.newTag(s.codebook(), name, parentId))));
    }

    private void rename() {
        selected().ifPresent(t -> ask("Rename tag", "New name for " + t.name() + ":", t.name())
                .ifPresent(name -> session.perform(s -> session.codebookEdits().rename(s, t.id(), name))));
    }

    private void move() {
        selected().ifPresent(t -> choose("Move " + t.name(), "Put it under:", t, true)
                .ifPresent(parent -> session.perform(s -> session.codebookEdits().move(s, t.id(),
                        parent.id().isEmpty() ? null : parent.id()))));
    }

    private void merge() {
        selected().ifPresent(t -> choose("Merge " + t.name(), "Merge into (its annotations move there, notes stay):",
                t, false).ifPresent(target -> session.perform(s -> session.codebookEdits().merge(s, t.id(),
                target.id()))));
    }

    private void delete() {
        selected().ifPresent(t -> session.perform(s -> session.codebookEdits().delete(s, t.id())));
    }

    private static Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(String::strip).filter(n -> !n.isEmpty());
    }

    /** A tag other than {@code self} and its sub-tags; with "(top level)" as an empty-id tag when asked. */
    private Optional<Tag> choose(String title, String prompt, Tag self, boolean topLevel) {
        Codebook codebook = session.snapshot().codebook();
        var below = codebook.subtree(self.id());
        List<Tag> options = new java.util.ArrayList<>(codebook.treeOrder().stream()
                .filter(t -> !below.contains(t.id())).toList());
        if (topLevel) {
            options.add(0, new Tag("", "(top level)", null, TagPalette.COLORS.get(0), ""));
        }
        if (options.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Tag> byLabel = new java.util.LinkedHashMap<>();
        options.forEach(t -> byLabel.put(t.id().isEmpty() ? t.name() : codebook.path(t.id()), t));
        List<String> labels = List.copyOf(byLabel.keySet());
        ChoiceDialog<String> dialog = new ChoiceDialog<>(labels.get(0), labels);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(prompt);
        return dialog.showAndWait().map(byLabel::get);
    }

    /** A tree row: colour, name, usage count; the description as tooltip. */
    private final class TagCell extends TreeCell<Tag> {
        @Override
        protected void updateItem(Tag tag, boolean empty) {
            super.updateItem(tag, empty);
            if (empty || tag == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Label name = new Label(tag.name());
            Label count = new Label(Long.toString(usage.getOrDefault(tag.id(), 0L)));
            count.getStyleClass().add("tag-usage");
            HBox row = new HBox(6, TagStyles.swatch(tag.color()), name, count);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            String d = tag.description();
            setTooltip(d == null || d.isBlank() ? null : new javafx.scene.control.Tooltip(d));
        }
    }
}
