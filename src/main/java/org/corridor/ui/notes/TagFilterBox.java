package org.corridor.ui.notes;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.corridor.notes.Tag;

/** A choice of one tag (its sub-tags included by whoever filters) or "All tags", listing the codebook as it is now. */
final class TagFilterBox extends ComboBox<Tag> {

    TagFilterBox(NotesSession session) {
        setPromptText("All tags");
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Tag t) {
                return t == null ? "All tags" : session.snapshot().codebook().path(t.id());
            }

            @Override
            public Tag fromString(String s) {
                return null;
            }
        });
        setOnShowing(e -> {
            Tag current = getValue();
            getItems().setAll(session.snapshot().codebook().treeOrder());
            getItems().add(0, null);
            setValue(current);
        });
    }
}
