package org.corridor.ui.notes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.corridor.common.Plural;
import org.corridor.corpus.Corpus;
import org.corridor.notes.NotesFile;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Placement;
import org.corridor.ui.common.ActionBar;
import org.corridor.ui.common.AppAction;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.WindowClosing;
import org.corridor.ui.library.LibraryView;
import org.corridor.ui.reader.ReaderView;
import org.corridor.ui.reader.ReaderViewModel;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Tags and notes in the window: builds the Notes and Codebook tabs, the passage highlights, the keys of the
 * article view (T tag, N note, Alt+Down/Up next/previous annotation, Ctrl+Z), the Edit menu's actions and the workspace's life (open, switch, save on close).
 * The main window creates it and hands it its views; everything else about notes lives in this package.
 */
public final class NotesFeature {

    private static final KeyCombination UNDO = KeyCombination.keyCombination("Shortcut+Z");
    private static final KeyCombination REDO = KeyCombination.keyCombination("Shortcut+Shift+Z");

    private final Stage stage;
    private final Background background;
    private final ReadOnlyObjectProperty<Corpus> corpus;
    private final LibraryView library;
    private final NotesSession session;
    private final ArticleNotes notes;
    private final PassageActions passages;
    private final NotesPanel panel;
    private final CodebookPanel codebook;
    private String pendingReveal;

    public NotesFeature(Stage stage, Background background, ReaderViewModel reader, ReaderView view,
                        LibraryView library, ReadOnlyObjectProperty<Corpus> corpus) {
        this.stage = stage;
        this.background = background;
        this.corpus = corpus;
        this.library = library;
        this.session = new NotesSession(background, Platform::runLater, Clock.systemDefaultZone());
        this.notes = new ArticleNotes(session);
        this.passages = new PassageActions(stage, session, notes, view);
        new PassageHighlighter(view, notes, session);
        this.panel = new NotesPanel(session, notes, new NotesPanel.Actions(passages::tagSelection,
                passages::noteOnSelection, passages::addTags, passages::updateExtent, passages::reveal,
                passages::focusArticle));
        passages.setEditor(panel.editor());
        this.codebook = new CodebookPanel(session);
        notes.articleProperty().bind(reader.articleProperty());
        corpus.addListener((o, a, c) -> notes.setCorpus(c));
        notes.setCorpus(corpus.get());
        notes.placed().addListener((javafx.collections.ListChangeListener<Placement>) c -> revealPending());
        articleKeys(view.area());
        watchClosing(stage);
    }

    /**
     * Saves when the window closes. The handlers go away with the window, because a stage can be reused for a
     * new window (tests do) and must not keep the old one's notes alive.
     */
    private void watchClosing(Stage stage) {
        EventHandler<WindowEvent> closeRequest = e -> {
            if (!readyToClose()) {
                e.consume();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closeRequest);
        WindowClosing.onceHidden(stage, () -> {
            session.shutdown();
            stage.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closeRequest);
        });
    }

    /** The side panel's tabs. */
    public List<Tab> tabs() {
        Tab notesTab = new Tab("Notes", panel);
        notesTab.setId("notes-tab");
        ScrollPane scroll = new ScrollPane(codebook);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // "Tags", not "Codebook": shorter, so all five side-panel tabs fit a laptop-sized window
        Tab codebookTab = new Tab("Tags", scroll);
        codebookTab.setTooltip(new javafx.scene.control.Tooltip("The codebook: your tags as a tree"));
        codebookTab.setId("codebook-tab");
        notesTab.setClosable(false);
        passages.setRevealEditor(() -> {
            if (notesTab.getTabPane() != null) {
                notesTab.getTabPane().getSelectionModel().select(notesTab);
            }
        });
        codebookTab.setClosable(false);
        return List.of(notesTab, codebookTab);
    }

    /** Adds undo/redo, tagging and the all-notes view to the menus. */
    public ActionBar addActions(ActionBar actions) {
        return actions.on(AppAction.UNDO, session::undo)
                .on(AppAction.REDO, session::redo)
                .disabledWhen(AppAction.UNDO, session.canUndoProperty().not())
                .disabledWhen(AppAction.REDO, session.canRedoProperty().not())
                .on(AppAction.TAG_SELECTION, passages::tagSelection)
                .on(AppAction.NOTE_SELECTION, passages::noteOnSelection)
                .disabledWhen(AppAction.TAG_SELECTION, session.editableProperty().not())
                .disabledWhen(AppAction.NOTE_SELECTION, session.editableProperty().not())
                .on(AppAction.ALL_NOTES, this::showAllNotes)
                .on(AppAction.CHECK_NOTES, this::checkNotes);
    }

    /**
     * Opens a workspace's notes; saving reports go to {@code status}, the workspace's path to {@code location}.
     */
    public void open(Path workspace, Consumer<String> status, Consumer<String> location) {
        session.messageProperty().addListener((o, a, m) -> status.accept(m));
        session.workspaceProperty().addListener((o, a, w) -> location.accept("Workspace: " + w));
        session.open(workspace, this::warn);
    }

    /**
     * A standing warning while the open notes cannot be edited (null otherwise), for the status bar; a click on it
     * should call {@link #checkNotes()}.
     */
    public ObservableStringValue readOnlyWarning() {
        return Bindings.createStringBinding(() -> {
            if (session.workspaceProperty().get() == null || session.editableProperty().get()) {
                return null;
            }
            return session.damageProperty().get() != null ? "Notes cannot be read: repair…" : "Notes are read-only: why?";
        }, session.workspaceProperty(), session.editableProperty(), session.damageProperty());
    }

    public Path workspace() {
        return session.workspaceProperty().get();
    }

    private void warn(List<String> notices) {
        if (session.damageProperty().get() != null) {
            offerRepairs();
            return;
        }
        session.tell(notices.get(notices.size() - 1));
        Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n\n", notices), ButtonType.OK);
        alert.setHeaderText("About your notes");
        alert.initOwner(stage);
        alert.show();
    }

    private void offerRepairs() {
        DamagedNotesDialog.show(stage, session.workspaceProperty().get().resolve(NotesFile.NAME),
                session.damageProperty().get(), session::repair);
    }

    /**
     * Offers the repairs again for notes that could not be read (after "Later" in the first dialog), or says that
     * the notes are readable and where the file is, so the user can tell the two apart at any time.
     */
    public void checkNotes() {
        Path workspace = session.workspaceProperty().get();
        if (workspace == null) {
            return;
        }
        if (session.damageProperty().get() != null) {
            offerRepairs();
            return;
        }
        NotesSnapshot notes = session.snapshot();
        String state = session.editableProperty().get() ? "" : "\n\n" + session.readOnlyReason();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Plural.of(notes.annotations().size(), "passage")
                + " and " + Plural.of(notes.codebook().tags().size(), "tag") + " read from "
                + workspace.resolve(NotesFile.NAME) + "; nothing needs repair." + state, ButtonType.OK);
        alert.setTitle("Your notes");
        alert.setHeaderText("Your notes file is readable");
        alert.initOwner(stage);
        alert.show();
    }

    /** Saves before the window closes; if that fails, asks whether to close anyway (the default is no). */
    public boolean readyToClose() {
        if (session.shutdown()) {
            return true;
        }
        ButtonType keep = new ButtonType("Keep the window open", ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType lose = new ButtonType("Close and lose the latest edits", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.ERROR, session.messageProperty().get()
                + "\n\nSaving is retried every few seconds while the window stays open.", keep, lose);
        alert.setHeaderText("Your latest notes are not saved");
        alert.initOwner(stage);
        return alert.showAndWait().filter(lose::equals).isPresent();
    }

    private void articleKeys(StyleClassedTextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShortcutDown() && !e.isAltDown();
            if (REDO.match(e)) {
                session.redo();
            } else if (UNDO.match(e)) {
                session.undo();
            } else if (plain && (e.getCode() == KeyCode.T || e.getCode() == KeyCode.N)) {
                // acted on when the key is typed, below: acting now would move the focus to the note editor
                // before the typed "n" arrives, and the editor would receive it
            } else if (e.isAltDown() && (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP)) {
                selectNeighbour(e.getCode() == KeyCode.DOWN ? 1 : -1);
            } else {
                return;
            }
            e.consume();
        });
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if ("t".equalsIgnoreCase(e.getCharacter())) {
                passages.tagSelection();
                e.consume();
            } else if ("n".equalsIgnoreCase(e.getCharacter())) {
                passages.noteOnSelection();
                e.consume();
            }
        });
        MenuItem tag = new MenuItem(AppAction.TAG_SELECTION.label());
        tag.setOnAction(e -> passages.tagSelection());
        MenuItem note = new MenuItem(AppAction.NOTE_SELECTION.label());
        note.setOnAction(e -> passages.noteOnSelection());
        ContextMenu menu = area.getContextMenu() == null ? new ContextMenu() : area.getContextMenu();
        menu.getItems().addAll(tag, note);
        offerOnlyWithASelection(menu, area, tag, note);
        area.setContextMenu(menu);
    }

    /** Alt+Down / Alt+Up in the article: the next or previous annotation in text order, shown and selected. */
    private void selectNeighbour(int step) {
        List<Placement> shown = notes.shown();
        if (shown.isEmpty()) {
            return;
        }
        int current = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).annotation().id().equals(notes.selectedIdProperty().get())) {
                current = i;
            }
        }
        int next = current < 0 ? (step > 0 ? 0 : shown.size() - 1)
                : Math.floorMod(current + step, shown.size());
        notes.selectedIdProperty().set(shown.get(next).annotation().id());
        passages.reveal(shown.get(next));
    }

    private void showAllNotes() {
        Corpus c = corpus.get();
        if (c != null) {
            AllNotesWindow.show(stage, session, background, c, this::openAt);
        }
    }

    /** Opens the placement's article (choosing it in the document list) and selects the passage there. */
    private void openAt(Placement p) {
        if (p.articleId() == null) {
            notes.selectedIdProperty().set(p.annotation().id());
            return;
        }
        pendingReveal = p.annotation().id();
        var items = library.table().getItems();
        if (items.stream().noneMatch(m -> m.id().equals(p.articleId()))) {
            library.filterField().clear();
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(p.articleId())) {
                library.table().getSelectionModel().clearAndSelect(i);
                library.table().scrollTo(i);
            }
        }
        revealPending();
        stage.toFront();
    }

    private void revealPending() {
        if (pendingReveal == null) {
            return;
        }
        notes.placed().stream().filter(p -> p.annotation().id().equals(pendingReveal)).findFirst().ifPresent(p -> {
            pendingReveal = null;
            notes.selectedIdProperty().set(p.annotation().id());
            passages.reveal(p);
        });
    }

    /**
     * Lets the user tag passages in another article view, such as either side of a comparison: T and the
     * context menu tag the selection there, and the view shows the passages already tagged in its article.
     */
    public void attachTagging(ReaderViewModel otherReader, ReaderView otherView) {
        ArticleNotes sideNotes = new ArticleNotes(session);
        PassageActions sideActions = new PassageActions(stage, session, sideNotes, otherView);
        new PassageHighlighter(otherView, sideNotes, session);
        sideNotes.articleProperty().bind(otherReader.articleProperty());
        corpus.addListener((o, a, c) -> sideNotes.setCorpus(c));
        sideNotes.setCorpus(corpus.get());
        otherView.area().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.isShortcutDown() && !e.isAltDown() && "t".equalsIgnoreCase(e.getCharacter())) {
                sideActions.tagSelection();
                e.consume();
            }
        });
        MenuItem tag = new MenuItem(AppAction.TAG_SELECTION.label());
        tag.setOnAction(e -> sideActions.tagSelection());
        ContextMenu menu = otherView.area().getContextMenu() == null ? new ContextMenu()
                : otherView.area().getContextMenu();
        menu.getItems().add(tag);
        offerOnlyWithASelection(menu, otherView.area(), tag);
        otherView.area().setContextMenu(menu);
    }

    /**
     * The menu's tagging items are greyed out when nothing is selected or the notes are read-only: a right-click on
     * a mention alone tags nothing, and an item that does nothing when chosen is worse than one that says so.
     */
    private void offerOnlyWithASelection(ContextMenu menu, StyleClassedTextArea area, MenuItem... items) {
        menu.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            boolean nothingToTag = area.getSelection().getLength() == 0 || !session.editableProperty().get();
            for (MenuItem item : items) {
                item.setDisable(nothingToTag);
            }
        });
    }

    /** The open notes, also for features that read or add to them as a whole (export, import). */
    public NotesSession session() {
        return session;
    }
}
