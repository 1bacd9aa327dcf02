package org.corridor.ui.library;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.corridor.corpus.ArticleMeta;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The document list: a filter box over a sortable table of title, date, source and words. */
public final class LibraryView extends VBox {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final TableView<ArticleMeta> table = new TableView<>();
    private final TextField filterField = new TextField();
    private final Label count = new Label();

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
        var filterBox = new javafx.scene.layout.HBox(6, new FontIcon(MaterialDesignM.MAGNIFY), filterField);
        filterBox.getStyleClass().add("filter-box");
        filterBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        javafx.scene.layout.HBox.setHgrow(filterField, Priority.ALWAYS);

        buildTable(model);
        count.getStyleClass().add("library-count");
        model.visibleArticles().addListener((javafx.collections.ListChangeListener<ArticleMeta>) c -> updateCount(model));
        updateCount(model);

        getChildren().addAll(filterBox, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private void buildTable(LibraryViewModel model) {
        table.setId("library-table");
        table.setPlaceholder(new Label("No articles"));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<ArticleMeta, String> title = new TableColumn<>("Title");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title()));
        title.setCellFactory(c -> new TitleCell());
        title.setPrefWidth(260);

        TableColumn<ArticleMeta, LocalDate> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setComparator(LibraryViewModel.DATES_NEWEST_FIRST);
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty ? null : d == null ? "no date" : DATE.format(d));
                getStyleClass().remove("no-date");
                if (!empty && d == null) {
                    getStyleClass().add("no-date");
                }
            }
        });
        date.setPrefWidth(96);
        date.setSortType(TableColumn.SortType.DESCENDING);

        TableColumn<ArticleMeta, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().source()));
        source.setPrefWidth(70);

        TableColumn<ArticleMeta, Integer> words = new TableColumn<>("Words");
        words.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().words()));
        words.setPrefWidth(58);
        words.getStyleClass().add("numeric");

        table.getColumns().add(title);
        table.getColumns().add(date);
        table.getColumns().add(source);
        table.getColumns().add(words);

        SortedList<ArticleMeta> sorted = new SortedList<>(model.visibleArticles());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(date);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (a != null) {
                model.chosenProperty().set(a);
            }
        });
    }

    private void updateCount(LibraryViewModel model) {
        int shown = model.visibleArticles().size();
        int total = model.totalCount();
        count.setText(shown == total ? total + " articles" : shown + " of " + total + " articles");
    }

    public TableView<ArticleMeta> table() {
        return table;
    }

    public TextField filterField() {
        return filterField;
    }

    /** Title in bold with the source beneath it would crowd the table; a tooltip shows long titles whole. */
    private static final class TitleCell extends TableCell<ArticleMeta, String> {
        @Override
        protected void updateItem(String t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty ? null : t);
            setTooltip(empty || t == null ? null : new javafx.scene.control.Tooltip(t));
        }
    }
}
