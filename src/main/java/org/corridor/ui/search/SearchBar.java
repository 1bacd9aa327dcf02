package org.corridor.ui.search;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The search field and its filters above the document list: full-text query, date range, sources, entities, tags. Typing
 * searches after a short pause; Enter searches at once and hands the keyboard to the results.
 */
final class SearchBar extends VBox {

    private static final Duration TYPING_PAUSE = Duration.millis(250);

    private final TextField field = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    SearchBar(SearchViewModel model, Runnable onEnter) {
        getStyleClass().add("search-bar");
        setSpacing(4);
        field.setId("search-field");
        field.setPromptText("Search full text: words, \"phrases\", AND OR NOT, prefix*");
        field.setTooltip(new Tooltip("Searches titles, text and sources (Ctrl+F). Enter opens the best hit."));
        field.textProperty().bindBidirectional(model.queryProperty());
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.search());
        field.textProperty().addListener((o, a, b) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            onEnter.run();
        });
        Button clear = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        clear.getStyleClass().addAll("flat", "small");
        clear.setAccessibleText("Clear search and filters");
        clear.setOnAction(e -> model.clear());
        HBox searchRow = new HBox(6, new FontIcon(MaterialDesignT.TEXT_SEARCH), field, clear);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(field, Priority.ALWAYS);

        configure(from, "search-from", "From");
        configure(to, "search-to", "To");
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        from.valueProperty().addListener((o, a, b) -> model.search());
        to.valueProperty().addListener((o, a, b) -> model.search());
        HBox filterRow = new HBox(6, from, to,
                new FacetFilter("Sources", "search-sources", model.sources(), model::search,
                        "No sources in the current results"),
                new FacetFilter("Entities", "search-entities", model.entities(), model::search,
                        "No entities in the current results"),
                new FacetFilter("Tags", "search-tags", model.tags(), model::search, "The codebook has no tags"));
        filterRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("search-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        summary.visibleProperty().bind(summary.managedProperty());
        getChildren().addAll(searchRow, filterRow, summary);
    }

    private static void configure(DatePicker picker, String id, String prompt) {
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(130);
        picker.setEditable(true);
    }

    TextField field() {
        return field;
    }
}
