package org.corridor.ui.notes;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.corridor.notes.Codebook;
import org.corridor.notes.Tag;
import org.corridor.notes.TagPalette;

/**
 * How tags look: a tag's colour is user data, so it is shown through the nearest of the palette's style classes
 * ({@code tag-color-0..11}, defined per theme in the palette sheets), never through an inline style.
 */
final class TagStyles {

    static final String NO_TAG = "tag-color-none";

    private TagStyles() {
    }

    static String colorClass(String color) {
        return "tag-color-" + TagPalette.slotOf(color);
    }

    /** The colour class of an annotation's first tag that the codebook knows, or the "no tag" class. */
    static String colorClass(Codebook codebook, List<String> tagIds) {
        return tagIds.stream().map(codebook::find).flatMap(java.util.Optional::stream).findFirst()
                .map(t -> colorClass(t.color())).orElse(NO_TAG);
    }

    /** A small square of the tag's colour. */
    static Region swatch(String color) {
        Region r = new Region();
        r.getStyleClass().addAll("tag-swatch", colorClass(color));
        return r;
    }

    /** A coloured chip with the tag's path; with a remove button when {@code onRemove} is given. */
    static HBox chip(Codebook codebook, String tagId, Runnable onRemove) {
        Tag tag = codebook.find(tagId).orElse(null);
        Label name = new Label(tag == null ? "(deleted tag)" : tag.name());
        name.setTooltip(new Tooltip(codebook.path(tagId)));
        HBox chip = new HBox(2, name);
        chip.getStyleClass().addAll("tag-chip", tag == null ? NO_TAG : colorClass(tag.color()));
        if (onRemove != null) {
            Button remove = new Button("×");
            remove.getStyleClass().addAll("flat", "tag-chip-remove");
            remove.setAccessibleText("Remove tag " + name.getText());
            remove.setFocusTraversable(false);
            remove.setOnAction(e -> onRemove.run());
            chip.getChildren().add(remove);
        }
        return chip;
    }

    /** A passage's text on one line, shortened in the middle. */
    static String shorten(String quote, int max) {
        String flat = quote.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int half = (max - 1) / 2;
        return flat.substring(0, half) + "…" + flat.substring(flat.length() - half);
    }
}
