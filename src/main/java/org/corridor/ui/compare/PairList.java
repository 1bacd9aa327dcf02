package org.corridor.ui.compare;

import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.corridor.compare.AlignedSentence;
import org.corridor.compare.Comparison;
import org.corridor.ui.common.Placeholder;

/**
 * The aligned sentence pairs with their similarity. The list and the model's selected pair follow each other,
 * so Alt+Down in the text and a click in the list do the same thing.
 */
final class PairList extends VBox {

    private static final int SNIPPET = 90;

    private final ListView<AlignedSentence> list = new ListView<>();
    private boolean syncing;

    PairList(CompareViewModel model) {
        getStyleClass().add("compare-section");
        list.setId("compare-pairs");
        list.setPlaceholder(Placeholder.of("No sentence of the left article has a close match on the right"));
        list.setCellFactory(v -> new TwoLineCell<>(v,
                p -> String.format("%.0f%%  ", p.score() * 100) + snippet(model.text(p.inA(), true)),
                p -> "↔  " + snippet(model.text(p.inB(), false))));
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, index) -> {
            if (!syncing && index.intValue() >= 0) {
                model.selectPair(index.intValue());
            }
        });
        model.selectedPairProperty().addListener((o, a, index) -> {
            syncing = true;
            if (index.intValue() < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(index.intValue());
                list.scrollTo(index.intValue());
            }
            syncing = false;
        });
        model.comparisonProperty().addListener((o, a, c) -> show(c));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label title = new Label("Aligned sentences");
        title.getStyleClass().add("compare-section-title");
        getChildren().addAll(title, list);
    }

    private void show(Comparison c) {
        list.setItems(FXCollections.observableArrayList(c == null ? java.util.List.of() : c.alignedSentences()));
    }

    private static String snippet(String sentence) {
        return sentence.length() <= SNIPPET ? sentence : sentence.substring(0, SNIPPET - 1) + "…";
    }
}
