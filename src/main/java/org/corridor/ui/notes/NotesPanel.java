package org.corridor.ui.notes;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corridor.notes.Codebook;
import org.corridor.notes.Placement;
import org.corridor.ui.common.Dates;
import org.corridor.ui.common.Placeholder;

/**
 * The side panel's "Notes" tab: the open article's annotations in text order (filterable by tag), the editor of
 * the selected one, and the orphans, whose passage could not be found again, listed with their notes.
 */
final class NotesPanel extends VBox {


    private final NotesSession session;
    private final ArticleNotes notes;
    private final ListView<Placement> list = new ListView<>();
    private final ListView<Placement> orphanList = new ListView<>();
    private final TagFilterBox filter;
    private final AnnotationEditor editor;
    private boolean syncing;

    /** What the panel's buttons do, provided by the feature that knows the article view. */
    record Actions(Runnable tagSelection, Runnable noteOnSelection, Runnable addTags, Runnable updateExtent,
                   Consumer<Placement> reveal, Runnable backToArticle) {
    }

    NotesPanel(NotesSession session, ArticleNotes notes, Actions actions) {
        this.session = session;
        this.notes = notes;
        this.filter = new TagFilterBox(session);
        this.editor = new AnnotationEditor(session, notes, actions.addTags(), actions.updateExtent(),
                actions.backToArticle());
        getStyleClass().add("notes-panel");
        setSpacing(8);

        Button tag = new Button("Tag selection (T)");
        tag.setId("notes-tag-selection");
        tag.setOnAction(e -> actions.tagSelection().run());
        Button noteButton = new Button("Note (N)");
        noteButton.setId("notes-note-selection");
        noteButton.setOnAction(e -> actions.noteOnSelection().run());
        tag.disableProperty().bind(session.editableProperty().not());
        noteButton.disableProperty().bind(session.editableProperty().not());

        filter.setId("notes-filter");
        filter.valueProperty().addListener((o, a, t) -> notes.tagFilterProperty().set(t == null ? null : t.id()));
        // the tag filter gives way in a narrow panel; the two buttons keep their labels whole
        tag.setMinWidth(USE_PREF_SIZE);
        noteButton.setMinWidth(USE_PREF_SIZE);
        HBox bar = new HBox(6, tag, noteButton, filter);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label readOnly = new Label();
        readOnly.getStyleClass().add("notes-read-only");
        readOnly.setWrapText(true);
        readOnly.visibleProperty().bind(session.editableProperty().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        session.editableProperty().addListener((o, a, b) -> readOnly.setText(readOnlyText()));
        readOnly.setText(readOnlyText());

        list.setId("notes-list");
        list.setItems(notes.shown());
        list.setCellFactory(v -> new PlacementCell(false));
        list.setPlaceholder(Placeholder.of("No notes on this article yet: select a passage and press T."));
        VBox.setVgrow(list, Priority.ALWAYS);
        orphanList.setId("notes-orphans");
        orphanList.setItems(notes.orphans());
        orphanList.setCellFactory(v -> new PlacementCell(true));
        orphanList.setPrefHeight(120);
        TitledPane orphans = new TitledPane("", orphanList);
        orphans.setId("notes-orphans-pane");
        orphans.textProperty().bind(javafx.beans.binding.Bindings.size(notes.orphans())
                .asString("Orphans (%d): passages not found in the text"));
        orphans.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(notes.orphans()));
        orphans.managedProperty().bind(orphans.visibleProperty());

        getChildren().addAll(bar, readOnly, list, editor, orphans);
        wireSelection(list, actions.reveal());
        wireSelection(orphanList, p -> { });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> keys(e, actions));
    }

    private String readOnlyText() {
        String why = session.readOnlyReason();
        return why == null ? "No workspace is open." : why;
    }

    private void wireSelection(ListView<Placement> view, Consumer<Placement> reveal) {
        view.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (!syncing && p != null) {
                notes.selectedIdProperty().set(p.annotation().id());
                reveal.accept(p);
            }
        });
        notes.selectedIdProperty().addListener((o, a, id) -> select(view, id));
        view.getItems().addListener((javafx.collections.ListChangeListener<Placement>) c ->
                select(view, notes.selectedIdProperty().get()));
    }

    private void select(ListView<Placement> view, String id) {
        syncing = true;
        try {
            int index = -1;
            for (int i = 0; i < view.getItems().size(); i++) {
                if (view.getItems().get(i).annotation().id().equals(id)) {
                    index = i;
                }
            }
            if (index < 0) {
                view.getSelectionModel().clearSelection();
            } else {
                view.getSelectionModel().clearAndSelect(index);
                view.scrollTo(index);
            }
        } finally {
            syncing = false;
        }
    }

    private void keys(KeyEvent e, Actions actions) {
        if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            editor.deleteSelected();
            e.consume();
        } else if (e.getCode() == KeyCode.T && !e.isShortcutDown()) {
            actions.addTags().run();
            e.consume();
        } else if (e.getCode() == KeyCode.N && !e.isShortcutDown() || e.getCode() == KeyCode.ENTER) {
            editor.focusNote();
            e.consume();
        }
    }

    AnnotationEditor editor() {
        return editor;
    }

    /** One annotation in the list: quote, tag chips, the note's first lines, when. */
    private final class PlacementCell extends ListCell<Placement> {
        private final boolean orphan;

        PlacementCell(boolean orphan) {
            this.orphan = orphan;
        }

        @Override
        protected void updateItem(Placement p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            Codebook codebook = session.snapshot().codebook();
            var a = p.annotation();
            Label quote = new Label("“" + TagStyles.shorten(a.anchor().exact(), orphan ? 70 : 90) + "”");
            quote.getStyleClass().add("annotation-quote");
            quote.setWrapText(true);
            FlowPane chips = new FlowPane(4, 4);
            a.tagIds().forEach(id -> chips.getChildren().add(TagStyles.chip(codebook, id, null)));
            Label noteLine = new Label(TagStyles.shorten(a.note(), 120));
            noteLine.getStyleClass().add("annotation-note");
            noteLine.setWrapText(true);
            String where = orphan ? (a.articleTitle() == null ? a.articleId() : a.articleTitle()) + " · " : "";
            Label when = new Label(where + Dates.format(a.modified()));
            when.getStyleClass().add("annotation-times");
            VBox box = new VBox(3, quote, chips, when);
            if (!a.note().isBlank()) {
                box.getChildren().add(2, noteLine); // a passage tagged without a note leaves no empty line
            }
            box.setMaxWidth(Double.MAX_VALUE);
            box.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            setGraphic(box);
        }
    }
}
