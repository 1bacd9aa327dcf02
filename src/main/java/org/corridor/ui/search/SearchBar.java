package org.corridor.ui.search;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
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
import org.corridor.ui.common.DateInput;
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

        Label dateProblem = new Label();
        dateProblem.setId("search-date-problem");
        dateProblem.getStyleClass().add(Styles.DANGER);
        dateProblem.setWrapText(true);
        dateProblem.managedProperty().bind(dateProblem.textProperty().isNotEmpty());
        dateProblem.visibleProperty().bind(dateProblem.managedProperty());
        configure(from, "search-from", "From date", dateProblem::setText);
        configure(to, "search-to", "To date", dateProblem::setText);
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        from.valueProperty().addListener((o, a, b) -> model.search());
        to.valueProperty().addListener((o, a, b) -> model.search());
        // Dates on one row, facet menus on the next: in a narrow list pane one row cut every label short.
        HBox dateRow = new HBox(6, from, new Label("–"), to);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(to, Priority.ALWAYS);
        HBox facetRow = new HBox(6,
                new FacetFilter("Sources", "search-sources", model.sources(), model::search,
                        "No sources in the current results"),
                new FacetFilter("Entities", "search-entities", model.entities(), model::search,
                        "No entities in the current results"),
                new FacetFilter("Tags", "search-tags", model.tags(), model::search, "The codebook has no tags"));
        facetRow.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("search-summary");
        summary.setWrapText(true); // a notice (an incomplete index, a query error) can be longer than the field
        summary.textProperty().bind(model.summaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        summary.visibleProperty().bind(summary.managedProperty());
        getChildren().addAll(searchRow, dateRow, dateProblem, facetRow, summary);
    }

    private static void configure(DatePicker picker, String id, String name, Consumer<String> problem) {
        picker.setId(id);
        picker.setAccessibleText(name);
        picker.setPrefWidth(130);
        picker.setMaxWidth(Double.MAX_VALUE);
        DateInput.install(picker, problem);
    }

    TextField field() {
        return field;
    }
}
