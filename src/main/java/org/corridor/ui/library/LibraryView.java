package org.corridor.ui.library;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.corridor.common.Plural;
import org.corridor.corpus.ArticleMeta;
import org.corridor.ui.common.Dates;
import org.corridor.ui.common.Placeholder;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The document list: a filter box over a sortable table of title, date, source and words. */
public final class LibraryView extends VBox {

    private static final double SCROLL_BAR_AND_BORDER = 18;

    private final TableView<ArticleMeta> table = new TableView<>();
    private final TextField filterField = new TextField();
    private final Label count = new Label();
    /** How each column sorts ascending, except the date column, which sorts by {@link DateOrder}. */
    private final Map<TableColumn<ArticleMeta, ?>, Comparator<ArticleMeta>> orders = new HashMap<>();
    private TableColumn<ArticleMeta, LocalDate> dateColumn;
    private Runnable onEnter;

    public LibraryView(LibraryViewModel model) {
        getStyleClass().add("library");
        setSpacing(6);

        filterField.setPromptText("Filter by title or source");
        filterField.setId("library-filter");
        filterField.textProperty().bindBidirectional(model.filterProperty());
        filterField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        HBox filterBox = new HBox(6, new FontIcon(MaterialDesignM.MAGNIFY), filterField);
        filterBox.getStyleClass().add("filter-box");
        filterBox.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(filterField, Priority.ALWAYS);

        buildTable(model);
        count.getStyleClass().add("library-count");
        updateCount(model);

        getChildren().addAll(filterBox, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private void buildTable(LibraryViewModel model) {
        table.setId("library-table");
        table.setPlaceholder(Placeholder.of("No articles"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);

        TableColumn<ArticleMeta, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setCellFactory(c -> new TitleCell());
        title.setPrefWidth(300);
        // wide enough for a long word: titles wrap between words, never inside one
        title.setMinWidth(100);

        TableColumn<ArticleMeta, LocalDate> date = new TableColumn<>("Date");
        dateColumn = date;
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d == null ? "no date" : Dates.format(d));
                getStyleClass().remove("no-date");
                if (!empty && d == null) {
                    getStyleClass().add("no-date");
                }
            }
        });
        fixWidth(date, 102);
        date.setSortType(TableColumn.SortType.DESCENDING);

        TableColumn<ArticleMeta, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().source()));
        fixWidth(source, 66);

        TableColumn<ArticleMeta, Integer> words = new TableColumn<>("Words");
        words.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().words()));
        fixWidth(words, 62);
        words.getStyleClass().add("numeric");

        table.getColumns().add(title);
        table.getColumns().add(date);
        table.getColumns().add(source);
        table.getColumns().add(words);
        // The list never gets narrower than its title and date, plus room for its border and scroll bar; in a
        // narrower pane the word count and then the source step aside, so that a laptop window leaves the article
        // its room instead of keeping every column.
        table.setMinWidth(title.getMinWidth() + date.getMinWidth() + SCROLL_BAR_AND_BORDER);
        List<TableColumn<ArticleMeta, ?>> optional = List.of(source, words);
        table.widthProperty().addListener((o, was, width) -> showColumnsThatFit(width.doubleValue(), optional));

        orders.put(title, Comparator.comparing(ArticleMeta::title, String.CASE_INSENSITIVE_ORDER));
        orders.put(source, Comparator.comparing(ArticleMeta::source, Comparator.nullsFirst(
                String.CASE_INSENSITIVE_ORDER)));
        orders.put(words, Comparator.comparingInt(ArticleMeta::words));
        // A click on a header sorts in the background, with the filter; the table never sorts 100,000 rows itself.
        table.setSortPolicy(t -> {
            model.sortBy(order());
            return true;
        });
        show(model.visibleArticles());
        model.visibleArticlesProperty().addListener((o, old, list) -> {
            show(list);
            updateCount(model);
        });
        table.getSortOrder().add(date);

        // Selecting an article (click or arrow keys) shows it; Enter then moves the keyboard into the text.
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && onEnter != null) {
                onEnter.run();
                e.consume();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null) {
                model.chosenProperty().set(a);
            }
        });
    }

    /**
     * Shows a filtered and sorted list from the model. Wrapped in a SortedList without a comparator, which keeps
     * the model's order as it is: a TableView given any other kind of list forgets the user's sort columns.
     */
    private void show(ObservableList<ArticleMeta> articles) {
        table.setItems(new SortedList<>(articles));
    }

    /** The table's sort order (columns in order, each ascending or descending) as one comparator, or null. */
    private Comparator<ArticleMeta> order() {
        Comparator<ArticleMeta> all = null;
        for (TableColumn<ArticleMeta, ?> column : table.getSortOrder()) {
            boolean descending = column.getSortType() == TableColumn.SortType.DESCENDING;
            Comparator<ArticleMeta> one = column == dateColumn ? new DateOrder(descending)
                    : descending ? orders.get(column).reversed() : orders.get(column);
            all = all == null ? one : all.thenComparing(one);
        }
        return all;
    }

    /** Shows each optional column (in table order) while it and the columns before it fit {@code width}. */
    private void showColumnsThatFit(double width, List<TableColumn<ArticleMeta, ?>> optional) {
        double needed = table.getColumns().stream().filter(c -> !optional.contains(c))
                .mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR_AND_BORDER;
        for (TableColumn<ArticleMeta, ?> column : optional) {
            needed += column.getMinWidth();
            column.setVisible(needed <= width);
        }
    }

    /** Only the title column grows with the pane; the others keep the width their content needs. */
    private static void fixWidth(TableColumn<ArticleMeta, ?> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
    }

    private void updateCount(LibraryViewModel model) {
        int shown = model.visibleArticles().size();
        int total = model.totalCount();
        count.setText(shown == total ? Plural.of(total, "article") : shown + " of " + Plural.of(total, "article"));
    }

    /** What Enter on the list does: the window moves the focus into the article. */
    public void setOnEnter(Runnable action) {
        this.onEnter = action;
    }

    public TableView<ArticleMeta> table() {
        return table;
    }

    public TextField filterField() {
        return filterField;
    }

    /** Titles wrap onto a second line so a narrow list still reads; a tooltip shows long titles whole. */
    private static final class TitleCell extends TableCell<ArticleMeta, String> {
        private final Text label = new Text();

        TitleCell() {
            label.getStyleClass().add("title-text");
            getStyleClass().add("title-cell");
            tableColumnProperty().addListener((o, old, column) -> {
                if (column != null) {
                    label.wrappingWidthProperty().bind(column.widthProperty().subtract(16));
                }
            });
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String t, boolean empty) {
            super.updateItem(t, empty);
            label.setText(empty ? null : t);
            setGraphic(empty ? null : label);
            setTooltip(empty || t == null ? null : new Tooltip(t));
        }
    }
}
