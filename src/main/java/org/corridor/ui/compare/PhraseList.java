package org.corridor.ui.compare;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corridor.common.Plural;
import org.corridor.compare.Comparison;
import org.corridor.compare.PhraseFrequency;
import org.corridor.compare.SharedPhrase;
import org.corridor.ui.common.Placeholder;

/**
 * The phrases both articles share, longest first, with their length and how many articles of the corpus
 * contain them. A phrase found beyond these two articles is a common formula, which the filter can hide,
 * leaving what only these two share (wire copy, a quoted statement). Choosing one scrolls both texts to it.
 */
final class PhraseList extends VBox {

    /** The two compared articles themselves; a phrase in more articles than that is a common formula. */
    private static final int PAIR = 2;

    private final ObservableList<SharedPhrase> all = FXCollections.observableArrayList();
    private final FilteredList<SharedPhrase> shown = new FilteredList<>(all);
    private final ListView<SharedPhrase> list = new ListView<>(shown);

    PhraseList(CompareViewModel model) {
        getStyleClass().add("compare-section");
        CheckBox hideCommon = new CheckBox("Hide common formulas");
        hideCommon.setId("compare-hide-common");
        hideCommon.setTooltip(new Tooltip("Hide phrases that other articles of the corpus contain too"));
        hideCommon.selectedProperty().bindBidirectional(model.hideCommonPhrasesProperty());
        model.hideCommonPhrasesProperty().addListener((o, a, hide) -> filter(hide));
        list.setId("compare-phrases");
        list.setPlaceholder(Placeholder.of("No shared phrases of four words or more"));
        list.setCellFactory(v -> new TwoLineCell<>(v, p -> "“" + p.text() + "”", PhraseList::where));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.focusPhrase(p);
            }
        });
        model.comparisonProperty().addListener((o, a, c) -> show(c));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label("Shared phrases");
        title.getStyleClass().add("compare-section-title");
        getChildren().addAll(title, hideCommon, list);
        filter(model.hideCommonPhrasesProperty().get());
    }

    private void show(Comparison c) {
        all.setAll(c == null ? java.util.List.of() : c.sharedPhrases());
    }

    private void filter(boolean hideCommon) {
        shown.setPredicate(p -> !hideCommon || p.corpusFrequency() <= PAIR);
    }

    private static String where(SharedPhrase p) {
        if (p.corpusFrequency() == PhraseFrequency.UNKNOWN) {
            return Plural.of(p.words(), "word");
        }
        return Plural.of(p.words(), "word") + " · in " + Plural.of(p.corpusFrequency(), "article");
    }
}
