package org.corridor.ui.entities;

import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.WindowEvent;
import org.corridor.entities.Category;
import org.corridor.entities.Mention;
import org.corridor.entities.user.Correction;
import org.corridor.ui.reader.ReaderView;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * What the user does with mentions in the text: a click selects the entity, the context menu marks the
 * selected text as an actor, initiative, place or date, adds it as an alias, or says a mention is not an entity.
 */
public final class MentionInteractions {

    private final EntitiesViewModel model;
    private final ReaderView reader;
    private final StyleClassedTextArea area;
    private final Runnable revealTab;

    MentionInteractions(EntitiesViewModel model, ReaderView reader, Runnable revealTab) {
        this.model = model;
        this.reader = reader;
        this.area = reader.area();
        this.revealTab = revealTab;
        new MentionTooltip(model, reader);
        area.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && area.getSelection().getLength() == 0) {
                area.hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(this::selectAt);
            }
        });
        ContextMenu menu = area.getContextMenu() != null ? area.getContextMenu() : new ContextMenu();
        area.setContextMenu(menu);
        menu.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> rebuild(menu));
    }

    private void selectAt(int viewIndex) {
        Mention m = model.mentionAt(viewIndex + reader.bodyStart());
        if (m != null && !model.hiddenLayers().contains(MentionLayer.of(m))) {
            model.select(m);
            revealTab.run();
        }
    }

    /** The entity items follow whatever items other features put in the menu, behind a separator. */
    private void rebuild(ContextMenu menu) {
        menu.getItems().removeIf(i -> "entities".equals(i.getUserData()));
        java.util.List<MenuItem> items = new java.util.ArrayList<>();
        String selected = area.getSelectedText().strip();
        if (!selected.isEmpty()) {
            for (Category c : Category.values()) {
                items.add(item("Mark as " + c.json() + "…", () -> mark(selected, c)));
            }
            items.add(item("Add as alias of…", () -> alias(selected)));
        }
        Mention under = mentionUnderCaret();
        if (under != null) {
            items.add(item("Not an entity: “" + under.text() + "”", () -> model.addCorrection(
                    Correction.notEntity(under.text()))));
        }
        items.add(item("Recogniser corrections…", this::showCorrections));
        if (!menu.getItems().isEmpty()) {
            SeparatorMenuItem separator = new SeparatorMenuItem();
            separator.setUserData("entities");
            menu.getItems().add(separator);
        }
        menu.getItems().addAll(items);
    }

    private Mention mentionUnderCaret() {
        int at = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
        return model.mentionAt(at + reader.bodyStart());
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setUserData("entities");
        item.setOnAction(e -> action.run());
        return item;
    }

    /** "Mark selection as entity…" from the menu bar or its shortcut. */
    void markSelection() {
        String selected = area.getSelectedText().strip();
        if (!selected.isEmpty()) {
            mark(selected, Category.ACTOR);
        }
    }

    private void mark(String text, Category category) {
        CorrectionDialogs.mark(area.getScene().getWindow(), text, category, null).ifPresent(model::addCorrection);
    }

    private void alias(String text) {
        CorrectionDialogs.alias(area.getScene().getWindow(), text, model.knownEntities()).ifPresent(model::addCorrection);
    }

    void showCorrections() {
        CorrectionsDialog.show(model, area.getScene().getWindow());
    }
}
