package org.corridor.ui.common;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Makes a date picker read what people type: ISO dates and the locale's formats (see {@link Dates}), names the
 * format that works everywhere in its prompt and the locale's ones too in its tooltip, and reports a date it cannot read instead of dropping it silently (the picker keeps its value).
 */
public final class DateInput {

    private DateInput() {
    }

    /**
     * @param problem receives "“…” is not a date …" for unreadable text, and an empty string once a date is read
     *                or the field is cleared
     */
    public static void install(DatePicker picker, Consumer<String> problem) {
        picker.setEditable(true);
        picker.setPromptText("yyyy-mm-dd");
        picker.setTooltip(new Tooltip("Type a date as " + Dates.accepted() + ", or pick one"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Dates.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    problem.accept("");
                    return null;
                }
                LocalDate read = Dates.parse(text).orElse(null);
                problem.accept(read != null ? "" : "“" + text.strip() + "” is not a date: type " + Dates.accepted());
                return read != null ? read : picker.getValue();
            }
        });
    }
}
