package org.corridor.ui.common;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/** What an empty list, table or tree says instead: wrapped to the control's width, so no hint is ever cut. */
public final class Placeholder {

    private Placeholder() {
    }

    public static Label of(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setPadding(new Insets(8));
        label.getStyleClass().add("placeholder-text");
        return label;
    }
}
