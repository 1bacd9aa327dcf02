package org.corridor.ui.search;

import java.util.Locale;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * A multi-select filter menu (sources, entities, tags): one tickable entry per value with its count over the
 * current results, under section headings where the values have them. Ticking searches again.
 */
final class FacetFilter extends MenuButton {

    private final String title;
    private final FacetChoice choice;
    private final Runnable search;
    private final String emptyText;

    FacetFilter(String title, String id, FacetChoice choice, Runnable search, String emptyText) {
        this.title = title;
        this.choice = choice;
        this.search = search;
        this.emptyText = emptyText;
        setText(title);
        setId(id);
        getStyleClass().addAll("search-facet", id);
        // never cut to "Sou…": the list pane keeps the room the three filters need
        setMinWidth(USE_PREF_SIZE);
        choice.counts().addListener((ListChangeListener<FacetChoice.Count>) c -> rebuild());
        choice.selected().addListener((SetChangeListener<String>) c -> label());
        rebuild();
    }

    private void rebuild() {
        getItems().clear();
        String section = null;
        for (FacetChoice.Count fc : choice.counts()) {
            if (fc.section() != null && !Objects.equals(fc.section(), section)) {
                if (section != null) {
                    getItems().add(new SeparatorMenuItem());
                }
                section = fc.section();
                MenuItem heading = new MenuItem(section);
                heading.setDisable(true);
                heading.getStyleClass().add("search-facet-section");
                getItems().add(heading);
            }
            CheckMenuItem item = new CheckMenuItem(fc.label() + "  (" + fc.count() + ")");
            item.setSelected(choice.selected().contains(fc.value()));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    choice.selected().add(fc.value());
                } else {
                    choice.selected().remove(fc.value());
                }
                search.run();
            });
            getItems().add(item);
        }
        if (getItems().isEmpty()) {
            MenuItem none = new MenuItem(emptyText);
            none.setDisable(true);
            getItems().add(none);
        }
        label();
    }

    private void label() {
        int n = choice.selected().size();
        setText(n == 0 ? title : n == 1 ? choice.labelOf(choice.selected().iterator().next())
                : n + " " + title.toLowerCase(Locale.ROOT));
    }
}
