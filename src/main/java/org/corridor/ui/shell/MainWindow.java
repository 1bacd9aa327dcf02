package org.corridor.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.settings.Settings;
import org.corridor.ui.common.ActionBar;
import org.corridor.ui.common.AppAction;
import org.corridor.ui.common.Background;
import org.corridor.ui.compare.CompareFeature;
import org.corridor.ui.entities.EntitiesFeature;
import org.corridor.ui.export.NotesTransfer;
import org.corridor.ui.library.LibraryView;
import org.corridor.ui.library.LibraryViewModel;
import org.corridor.ui.notes.NotesFeature;
import org.corridor.ui.reader.DetailsPane;
import org.corridor.ui.reader.ReaderView;
import org.corridor.ui.reader.ReaderViewModel;
import org.corridor.ui.search.SearchFeature;

/** The window: menus and toolbar, the three panes in a split pane, and the status bar. */
public final class MainWindow {

    private final Stage stage;
    private final ShellContext context;
    private final LibraryViewModel library;
    private final ReaderViewModel reader;
    private final SplitPane split = new SplitPane();
    private final SidePanel sidePanel = new SidePanel();
    private final StatusBar status;
    private ObservableStringValue notesWarning;
    private final SettingsSaver saver;
    private final BooleanProperty dark = new SimpleBooleanProperty();
    private final LibraryView libraryView;
    private final ReaderView readerView;
    private final CompareFeature compare;
    private final EntitiesFeature entities;
    private final NotesFeature notes;
    private final NotesTransfer transfer;
    private final SearchFeature search;

    public MainWindow(Stage stage, ShellContext context) {
        this.stage = stage;
        this.context = context;
        Background background = context.background();
        this.reader = new ReaderViewModel(background);
        this.library = new LibraryViewModel(background);
        this.saver = new SettingsSaver(context.settingsStore(), context.settings(), background);
        this.status = new StatusBar(background, this::showLoadReport);
        this.libraryView = new LibraryView(library);
        this.readerView = new ReaderView(reader);
        this.compare = new CompareFeature(background, context.recogniser(), context.lexicon(),
                context.workspaceDir(), reader.fontSizeProperty());
        this.entities = new EntitiesFeature(background, context.lexicon(), reader, readerView);
        this.notes = new NotesFeature(stage, background, reader, readerView, libraryView,
                context.session().corpusProperty());
        this.transfer = new NotesTransfer(background, context.settings(), saver::changed, notes.session(),
                context.recogniser(), Clock.systemDefaultZone());
        this.search = new SearchFeature(stage, background, context.session().workspace(), context.lexicon(), reader,
                readerView,
                context.session().corpusProperty(), context.session()::replace, status::setMessage,
                notes.session().snapshotProperty());
        buildPanes();
        wire();
    }

    private void buildPanes() {
        DetailsPane detailsPane = new DetailsPane(reader);
        detailsPane.setOnCompare(compare.model()::open);
        Tab details = new Tab("Details", detailsPane);
        details.setId("details-tab");
        details.setClosable(false);
        sidePanel.getTabs().add(details);
        List<Tab> notesTabs = notes.tabs();
        sidePanel.getTabs().addAll(notesTabs);
        entities.stayOn(notesTabs);
        sidePanel.getTabs().add(entities.tab());
        split.getItems().addAll(search.wrap(libraryView), readerView, sidePanel);
        split.setId("main-split");
        compare.attach(split, readerView, sidePanel, libraryView.table(), reader);
        notes.attachTagging(compare.model().left(), compare.view().leftView());
        notes.attachTagging(compare.model().right(), compare.view().rightView());
    }

    private void wire() {
        Settings settings = context.settings();
        reader.fontSizeProperty().set(Settings.clampFontSize(settings.fontSize));
        reader.fontSizeProperty().addListener((o, a, size) -> {
            settings.fontSize = size.doubleValue();
            saver.changed();
        });
        dark.set(Themes.DARK.equals(settings.theme));
        library.chosenProperty().addListener((o, a, meta) -> reader.open(meta));
        reader.articleProperty().addListener((o, a, article) -> {
            if (article != null) {
                settings.lastArticle = article.id();
                saver.changed();
            }
        });
        libraryView.setOnEnter(() -> readerView.area().requestFocus());
        context.session().corpusProperty().addListener((o, a, corpus) -> showCorpus(corpus));
    }

    public void show() {
        ActionBar actions = compare.actions(new ActionBar(), libraryView.table())
                .on(AppAction.OPEN_CORPUS, this::chooseCorpus)
                .on(AppAction.OPEN_WORKSPACE, this::chooseWorkspace)
                .on(AppAction.RELOAD, () -> context.session().reload(this::showFailure))
                .on(AppAction.LOAD_REPORT, this::showLoadReport)
                .on(AppAction.MARK_ENTITY, entities::markSelection)
                .on(AppAction.ENTITY_CORRECTIONS, entities::showCorrections)
                .on(AppAction.QUIT, () -> {
                    if (notes.readyToClose()) {
                        stage.close();
                    }
                })
                .on(AppAction.EXPORT_NOTES, this::exportNotes)
                .on(AppAction.IMPORT_NOTES, this::importNotes)
                .on(AppAction.FONT_LARGER, reader::enlargeFont)
                .on(AppAction.FONT_SMALLER, reader::shrinkFont)
                .on(AppAction.FONT_RESET, reader::resetFont)
                .on(AppAction.TOGGLE_THEME, () -> dark.set(!dark.get()))
                .checkedWhen(AppAction.TOGGLE_THEME, dark)
                .on(AppAction.ABOUT, this::showAbout)
                .disabledWhen(AppAction.RELOAD, context.background().busyProperty())
                .disabledWhen(AppAction.OPEN_CORPUS, context.background().busyProperty());
        notes.addActions(actions);
        search.addActions(actions, context.dialogs());
        BorderPane root = new BorderPane(split);
        root.setTop(new VBox(actions.menuBar(), actions.toolBar()));
        root.setBottom(status);
        root.getStyleClass().add("main-window");

        Scene scene = new Scene(root);
        Themes.apply(scene, context.settings().theme);
        dark.addListener((o, a, isDark) -> {
            context.settings().theme = isDark ? Themes.DARK : Themes.LIGHT;
            Themes.apply(scene, context.settings().theme);
            saver.changed();
        });
        stage.setTitle("Corridor");
        stage.getIcons().setAll(AppIcons.load());
        stage.setScene(scene);
        stage.setMinWidth(720);
        stage.setMinHeight(420);
        WindowState.restore(stage, context.settings());
        stage.setOnHidden(e -> saver.flush());
        StartupTiming.reportFirstPulse(scene, "first-frame");
        StartupTiming.reportFirstPulseAfter(scene, library.visibleArticlesProperty(), "corpus-shown");
        stage.show();
        WindowState.track(stage, split, context.settings(), saver::changed);
        status.setMessage("Loading…");
        status.setLocation("Workspace: " + context.workspaceDir());
        notesWarning = notes.readOnlyWarning(); // kept in a field: the status bar's listener alone would not hold it
        notesWarning.addListener((o, a, warning) -> status.showNotesWarning(warning));
        status.onNotesWarning(notes::checkNotes);
        notes.open(context.workspaceDir(), status::setMessage, status::setLocation);
        context.session().open(context.initialCorpus(), this::showFailure);
    }

    private void showCorpus(Corpus corpus) {
        Article open = reader.articleProperty().get();
        String keepId = open == null ? context.settings().lastArticle : open.id();
        reader.setCorpus(corpus);
        compare.setCorpus(corpus);
        library.setArticles(corpus.articles(), () -> showArticleAfterLoad(keepId));
        stage.setTitle("Corridor — " + corpus.root().getFileName());
        // started again without arguments, Corridor comes back to this corpus and workspace
        context.settings().lastCorpus = corpus.root().toString();
        context.settings().lastWorkspace = context.workspaceDir().toString();
        saver.changed();
        long skipped = corpus.problems().stream().filter(p -> p.skipped()).count();
        status.setMessage(CorpusSummary.of(corpus));
        status.setProblemCount((int) skipped, corpus.problems().size() - (int) skipped);
    }

    /**
     * After a load or reload, shows the article that was open (at start: open when the window last closed) if it is
     * still there, else the newest one. The reader is told directly: a reloaded catalog holds equal records, so the
     * list's selection does not change.
     */
    private void showArticleAfterLoad(String keepId) {
        var table = libraryView.table();
        if (table.getItems().isEmpty()) {
            return;
        }
        int index = 0;
        for (int i = 0; keepId != null && i < table.getItems().size(); i++) {
            if (table.getItems().get(i).id().equals(keepId)) {
                index = i;
            }
        }
        table.getSelectionModel().clearAndSelect(index);
        table.scrollTo(index);
        table.requestFocus();
        reader.open(table.getItems().get(index));
    }

    private void chooseCorpus() {
        context.dialogs().chooseFolder(stage, "Open corpus folder", context.session().folder())
                .ifPresent(this::openCorpus);
    }

    /**
     * Opens another corpus folder. It gets its own default workspace (its notes, catalog cache and index), unless
     * this window works in a workspace the user chose, which then stays: a project may span several folders.
     *
     * @return the window now open
     */
    public MainWindow openCorpus(Path folder) {
        Path corpus = folder.toAbsolutePath().normalize();
        if (corpus.equals(currentFolder())) {
            context.session().reload(this::showFailure);
            return this;
        }
        boolean ownWorkspace = context.workspaceDir().equals(context.windows().defaultWorkspace(currentFolder()));
        return replaceWith(corpus, ownWorkspace ? context.windows().defaultWorkspace(corpus) : context.workspaceDir());
    }

    private Path currentFolder() {
        return context.session().folder() != null ? context.session().folder() : context.initialCorpus();
    }

    private void chooseWorkspace() {
        context.dialogs().chooseFolder(stage, "Open workspace folder", null).ifPresent(this::openWorkspace);
    }

    /**
     * Opens the corpus on show with another workspace: a new window, since everything of a workspace changes
     * with it (notes, recogniser corrections, imported articles, search index). This window closes once its
     * notes are saved; when they cannot be and the user keeps it open, the new one closes instead.
     *
     * @return the window now open
     */
    public MainWindow openWorkspace(Path workspace) {
        if (workspace.toAbsolutePath().normalize().equals(context.workspaceDir())) {
            status.setMessage("That workspace is the one open.");
            return this;
        }
        return replaceWith(currentFolder(), workspace.toAbsolutePath().normalize());
    }

    /** A new window on this corpus and workspace in place of this one, once this one's notes are saved. */
    private MainWindow replaceWith(Path corpus, Path workspace) {
        MainWindow next;
        try {
            next = context.windows().open(corpus, workspace);
        } catch (IOException | RuntimeException e) {
            showFailure("Could not open " + corpus + " with the workspace " + workspace + ": " + e.getMessage());
            return this;
        }
        if (notes.readyToClose()) {
            stage.close();
            return next;
        }
        next.stage.close();
        return this;
    }

    private void exportNotes() {
        Corpus corpus = context.session().corpusProperty().get();
        if (corpus != null) {
            Article open = reader.articleProperty().get();
            transfer.openExportDialog(stage, corpus, open == null ? null : open.id(),
                    libraryView.table().getSelectionModel().getSelectedItems().stream().map(ArticleMeta::id).toList());
        }
    }

    private void importNotes() {
        Corpus corpus = context.session().corpusProperty().get();
        if (corpus != null) {
            transfer.chooseAndImport(stage, corpus, context.dialogs());
        }
    }

    private void showFailure(String message) {
        status.setMessage(message);
    }

    private void showLoadReport() {
        Corpus corpus = context.session().corpusProperty().get();
        if (corpus != null) {
            LoadReportDialog.show(stage, corpus.root().toString(), corpus.size(), corpus.problems());
        }
    }

    private void showAbout() {
        Corpus corpus = context.session().corpusProperty().get();
        AboutDialog.show(stage, corpus == null ? "—" : corpus.root().toString(),
                String.valueOf(notes.workspace()), context.settingsStore().file().toString());
    }

    public LibraryView libraryView() {
        return libraryView;
    }

    public ReaderView readerView() {
        return readerView;
    }

    public CompareFeature compare() {
        return compare;
    }

    public SearchFeature search() {
        return search;
    }

    public EntitiesFeature entities() {
        return entities;
    }

    public NotesFeature notes() {
        return notes;
    }

    public NotesTransfer notesTransfer() {
        return transfer;
    }
}
