package org.corridor.ui.search;

import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

/** The source multi-select: one tickable entry per source of the current results, with its count. */
final class SourceFilter extends MenuButton {

    SourceFilter(SearchViewModel model) {
        setText("Sources");
        setId("search-sources");
        getStyleClass().add("search-sources");
        model.sourceCounts().addListener((ListChangeListener<SearchViewModel.SourceCount>) c -> rebuild(model));
        model.selectedSources().addListener((javafx.collections.SetChangeListener<String>) c -> label(model));
        rebuild(model);
    }

    private void rebuild(SearchViewModel model) {
        getItems().clear();
        for (SearchViewModel.SourceCount sc : model.sourceCounts()) {
            CheckMenuItem item = new CheckMenuItem(sc.source() + "  (" + sc.count() + ")");
            item.setSelected(model.selectedSources().contains(sc.source()));
            item.setOnAction(e -> {
                if (item.isSelected()) {
                    model.selectedSources().add(sc.source());
                } else {
                    model.selectedSources().remove(sc.source());
                }
                model.search();
            });
            getItems().add(item);
        }
        if (getItems().isEmpty()) {
            MenuItem none = new MenuItem("No sources in the current results");
            none.setDisable(true);
            getItems().add(none);
        }
    }

    private void label(SearchViewModel model) {
        int n = model.selectedSources().size();
        setText(n == 0 ? "Sources" : n == 1 ? model.selectedSources().iterator().next() : n + " sources");
    }
}
