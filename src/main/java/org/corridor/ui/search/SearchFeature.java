package org.corridor.ui.search;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.corpus.importing.Importer;
import org.corridor.entities.WorkspaceLexicon;
import org.corridor.notes.NotesSnapshot;
import org.corridor.search.ImportWorkflow;
import org.corridor.search.SearchHit;
import org.corridor.ui.common.ActionBar;
import org.corridor.ui.common.AppAction;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.FileDialogs;
import org.corridor.ui.common.Placeholder;
import org.corridor.ui.common.WindowClosing;
import org.corridor.ui.library.LibraryView;
import org.corridor.ui.reader.ReaderView;
import org.corridor.ui.reader.ReaderViewModel;

/**
 * Full-text search and import in the window: the search bar above the document list, ranked results over it
 * while a search is active, hits highlighted in the article (F3 / Shift+F3), File ▸ Import… and drops on the
 * list, and the workspace's index kept in step with the corpus in the background. The main window creates it and
 * hands it its views; everything else about search lives in this package.
 */
public final class SearchFeature {

    private final ReadOnlyObjectProperty<Corpus> corpus;
    private final ReaderViewModel reader;
    private final IndexSession index;
    private final SearchViewModel model;
    private final ReaderHits hits;
    private final ImportActions imports;
    private final ListView<SearchHit> results = new ListView<>();
    private SearchBar bar;
    private boolean openWhenFound;

    public SearchFeature(Stage stage, Background background, Path workspace, WorkspaceLexicon lexicon,
                         ReaderViewModel reader,
                         ReaderView readerView, ReadOnlyObjectProperty<Corpus> corpus, Consumer<Corpus> publish,
                         Consumer<String> status, ObservableValue<NotesSnapshot> notes) {
        this.corpus = corpus;
        this.reader = reader;
        this.index = new IndexSession(background, workspace, lexicon, status);
        this.model = new SearchViewModel(background, index, notes);
        this.hits = new ReaderHits(background, index, model, reader, readerView);
        ArticleParser parser = new ArticleParser();
        this.imports = new ImportActions(stage, background, index,
                new ImportWorkflow(new Importer(parser), new CorpusLoader(parser)), corpus::get, publish, status);
        corpus.addListener((o, a, c) -> {
            if (c != null) {
                index.follow(c);
            }
        });
        WindowClosing.onceHidden(stage, index::close);
    }

    /** The document list with the search bar above it and the results in its place while a search is active. */
    public Node wrap(LibraryView library) {
        bar = new SearchBar(model, this::searchAndOpen);
        results.setId("search-results");
        results.getStyleClass().add("search-results");
        results.setItems(model.hits());
        model.hits().addListener((javafx.collections.ListChangeListener<SearchHit>) c -> openFirst());
        results.setCellFactory(HitCell::new);
        results.setPlaceholder(Placeholder.of("No matching articles"));
        library.visibleProperty().bind(model.activeProperty().not());
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(results.getSelectionModel().getSelectedItem());
            }
        });
        Button more = new Button("Show " + SearchViewModel.PAGE + " more");
        more.setId("search-more");
        more.setMaxWidth(Double.MAX_VALUE);
        more.setOnAction(e -> model.showMore());
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(model.moreProperty());
        VBox found = new VBox(4, results, more);
        VBox.setVgrow(results, Priority.ALWAYS);
        found.visibleProperty().bind(model.activeProperty());
        results.visibleProperty().bind(model.activeProperty());
        StackPane lists = new StackPane(library, found);
        VBox.setVgrow(lists, Priority.ALWAYS);
        VBox box = new VBox(6, bar, lists);
        box.getStyleClass().add("search-library");
        imports.acceptDrops(box);
        return box;
    }

    public ActionBar addActions(ActionBar actions, FileDialogs dialogs) {
        return actions.on(AppAction.IMPORT_FILES, () -> imports.chooseFiles(dialogs))
                .on(AppAction.IMPORT_FOLDER, () -> imports.chooseFolder(dialogs))
                .on(AppAction.FIND, () -> bar.field().requestFocus())
                .on(AppAction.NEXT_HIT, hits::next)
                .on(AppAction.PREVIOUS_HIT, hits::previous);
    }

    public SearchViewModel model() {
        return model;
    }

    public ListView<SearchHit> results() {
        return results;
    }

    /** Enter in the search field: search now, then open the best hit and move the keyboard to the results. */
    private void searchAndOpen() {
        openWhenFound = true;
        model.search();
    }

    private void openFirst() {
        boolean wanted = openWhenFound;
        openWhenFound = false;
        if (wanted && !results.getItems().isEmpty()) {
            results.requestFocus();
            results.getSelectionModel().selectFirst();
            open(results.getItems().get(0));
        }
    }

    private void open(SearchHit hit) {
        Corpus shown = corpus.get();
        if (hit != null && shown != null) {
            shown.find(hit.id()).ifPresent(reader::open);
        }
    }
}
