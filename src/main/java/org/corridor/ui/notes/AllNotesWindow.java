package org.corridor.ui.notes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.corridor.common.Plural;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.notes.AnnotationPlacer;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Placement;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.Dates;

/**
 * Every annotation of the workspace across the corpus, with its article, date, tags and note, filtered by tag
 * and text; a double-click opens the article at the passage, Esc closes the window. Placing the annotations
 * reads the articles, so it runs in the background and again whenever the notes change while the window is open.
 */
final class AllNotesWindow {

    /** One row: an annotation placed in the corpus, with its article's catalog record when the corpus has it. */
    record Row(Placement placement, ArticleMeta article) {
    }

    private final NotesSession session;
    private final Background background;
    private final Corpus corpus;
    private final Consumer<Placement> open;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final TextField text = new TextField();
    private final TagFilterBox tag;
    private final Stage stage = new Stage();
    private long generation;

    private AllNotesWindow(NotesSession session, Background background, Corpus corpus, Consumer<Placement> open) {
        this.session = session;
        this.background = background;
        this.corpus = corpus;
        this.open = open;
        this.tag = new TagFilterBox(session);
    }

    static void show(Window owner, NotesSession session, Background background, Corpus corpus,
                     Consumer<Placement> open) {
        new AllNotesWindow(session, background, corpus, open).build(owner);
    }

    private void build(Window owner) {
        text.setPromptText("Filter by text in quote, note or title");
        text.setId("all-notes-filter");
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().addListener((o, a, b) -> refilter());
        tag.valueProperty().addListener((o, a, b) -> refilter());

        TableView<Row> table = new TableView<>(filtered);
        table.setId("all-notes-table");
        table.getColumns().add(column("Article", 200, r -> r.article() == null
                ? r.placement().annotation().articleTitle() : r.article().title()));
        table.getColumns().add(dated("Date", 90, r -> r.article() == null ? null : r.article().date(), Dates::format));
        table.getColumns().add(column("Passage", 260, r -> (r.placement().orphan() ? "[orphan] " : "")
                + TagStyles.shorten(r.placement().annotation().anchor().exact(), 120)));
        table.getColumns().add(column("Tags", 160, r -> String.join(", ", r.placement().annotation().tagIds()
                .stream().map(session.snapshot().codebook()::path).toList())));
        table.getColumns().add(column("Note", 260, r -> TagStyles.shorten(r.placement().annotation().note(), 200)));
        table.getColumns().add(dated("Modified", 140, r -> r.placement().annotation().modified(), Dates::format));
        table.setRowFactory(v -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem().placement());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().placement());
            }
        });
        Label count = new Label();
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Plural.of(filtered.size(), "annotation"), filtered));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(8, new HBox(8, text, tag), table, count);
        root.setPadding(new Insets(10));

        Scene scene = new Scene(root, 1000, 560);
        scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        // a handler, not a filter: an open drop-down of the tag filter closes first, the window with the next Esc
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setTitle("All notes");
        stage.initOwner(owner);
        ChangeListener<NotesSnapshot> reload = (o, a, s) -> load(s);
        session.snapshotProperty().addListener(reload);
        stage.setOnHidden(e -> session.snapshotProperty().removeListener(reload));
        load(session.snapshot());
        stage.show();
    }

    private TableColumn<Row, String> column(String title, double width, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        return c;
    }

    /** A column that sorts by the date itself while it shows the date as the rest of the window does. */
    private static <T extends Comparable<? super T>> TableColumn<Row, T> dated(
            String title, double width, java.util.function.Function<Row, T> value,
            java.util.function.Function<T, String> shown) {
        TableColumn<Row, T> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setCellFactory(v -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : shown.apply(item));
            }
        });
        return c;
    }

    private void load(NotesSnapshot s) {
        long ticket = ++generation;
        background.run(p -> AnnotationPlacer.placeAll(corpus, s.annotations()), placed -> {
            if (ticket == generation) {
                rows.setAll(rowsOf(placed));
                refilter();
            }
        }, error -> rows.clear());
    }

    private List<Row> rowsOf(List<Placement> placed) {
        return placed.stream()
                .map(p -> new Row(p, p.articleId() == null ? null : corpus.find(p.articleId()).orElse(null)))
                .sorted(java.util.Comparator.comparing((Row r) -> r.article() == null || r.article().date() == null
                                ? "" : r.article().date().toString()).reversed()
                        .thenComparing(r -> r.placement().articleId() == null ? "" : r.placement().articleId())
                        .thenComparing(r -> r.placement(), AnnotationPlacer.TEXT_ORDER))
                .toList();
    }

    private void refilter() {
        String q = text.getText() == null ? "" : text.getText().strip().toLowerCase(Locale.ROOT);
        Set<String> tags = tag.getValue() == null ? null : session.snapshot().codebook().subtree(tag.getValue().id());
        filtered.setPredicate(r -> {
            var a = r.placement().annotation();
            boolean tagOk = tags == null || a.tagIds().stream().anyMatch(tags::contains);
            String title = r.article() == null ? String.valueOf(a.articleTitle()) : r.article().title();
            boolean textOk = q.isEmpty() || (a.anchor().exact() + "\n" + a.note() + "\n" + title)
                    .toLowerCase(Locale.ROOT).contains(q);
            return tagOk && textOk;
        });
    }
}
