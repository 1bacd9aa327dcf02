package org.corridor.ui.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexRange;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.stage.WindowEvent;
import org.corridor.entities.Category;
import org.corridor.entities.Mention;
import org.corridor.entities.user.Correction;
import org.corridor.ui.reader.ReaderView;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * What the user does with mentions in the text: a click selects the entity; the context menu corrects the
 * mention right-clicked (or, when the click falls in the selection or the menu key opens it, the selected text):
 * mark it as an actor, initiative, place or date, add it as an alias, or say it is not an entity.
 */
public final class MentionInteractions {

    private static final int MENU_QUOTE = 40;

    private final EntitiesViewModel model;
    private final ReaderView reader;
    private final StyleClassedTextArea area;
    private final Runnable revealTab;
    /** The view offset under the mouse when the menu was asked for; empty when the keyboard asked for it. */
    private OptionalInt pointedAt = OptionalInt.empty();

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
        area.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> pointedAt = e.isKeyboardTrigger()
                ? OptionalInt.empty() : area.hit(e.getX(), e.getY()).getCharacterIndex());
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
        List<MenuItem> items = new ArrayList<>();
        Mention mention = subjectMention();
        String subject = clickedInSelection() ? area.getSelectedText().strip()
                : mention == null ? "" : mention.text();
        if (!subject.isEmpty()) {
            for (Category c : Category.values()) {
                items.add(item("Mark " + quoted(subject) + " as " + EntityWords.category(c).toLowerCase(Locale.ROOT)
                        + "…", () -> mark(subject, c)));
            }
            items.add(item("Add " + quoted(subject) + " as alias of…", () -> alias(subject)));
        }
        if (mention != null) {
            items.add(item("Not an entity: " + quoted(mention.text()), () -> model.addCorrection(
                    Correction.notEntity(mention.text()))));
        }
        items.add(item("Recogniser corrections…", this::showCorrections));
        if (!menu.getItems().isEmpty()) {
            SeparatorMenuItem separator = new SeparatorMenuItem();
            separator.setUserData("entities");
            menu.getItems().add(separator);
        }
        menu.getItems().addAll(items);
    }

    /** True when the menu is about the selection: opened from the keyboard, or by a click inside the selection. */
    private boolean clickedInSelection() {
        IndexRange selection = area.getSelection();
        if (selection.getLength() == 0) {
            return false;
        }
        return pointedAt.isEmpty()
                || selection.getStart() <= pointedAt.getAsInt() && pointedAt.getAsInt() < selection.getEnd();
    }

    /**
     * The shown mention the menu corrects: the one right-clicked; for the selection (or a menu opened from the
     * keyboard), the one where it starts or at the caret.
     */
    private Mention subjectMention() {
        int at;
        if (pointedAt.isPresent() && !clickedInSelection()) {
            at = pointedAt.getAsInt();
        } else {
            at = area.getSelection().getLength() > 0 ? area.getSelection().getStart() : area.getCaretPosition();
        }
        Mention m = model.mentionAt(at + reader.bodyStart());
        return m == null || model.hiddenLayers().contains(MentionLayer.of(m)) ? null : m;
    }

    /** The text in quotes, shortened when a long selection would make the menu as wide as the screen. */
    private static String quoted(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return "“" + (oneLine.length() <= MENU_QUOTE ? oneLine : oneLine.substring(0, MENU_QUOTE - 1) + "…") + "”";
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
