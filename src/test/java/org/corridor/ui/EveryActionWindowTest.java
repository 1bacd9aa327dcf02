package org.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.corridor.corpus.ArticleMeta;
import org.corridor.notes.CodebookEdits;
import org.corridor.notes.NotesSnapshot;
import org.corridor.ui.common.AppAction;
import org.corridor.ui.common.FileDialogs;
import org.corridor.ui.notes.NotesSession;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every action of the window, fired through every path it has — its menu item, its shortcut, its toolbar button —
 * and checked by what the user then sees: a dialog that opens and closes, a state that changes, a chooser asked.
 */
class EveryActionWindowTest extends CorridorUiTest {

    private enum Route { MENU, SHORTCUT, TOOLBAR }

    private static final String PASSAGE = "positive trajectory of bilateral relations";

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previousHandler;
    private int added;

    /** A copy of the seeds, so that Reload has something new to find. */
    @Override
    protected Path corpusDir() {
        return seedsCopy();
    }

    @Override
    protected FileDialogs fileDialogs() {
        return dialogs;
    }

    @Override
    public void start(Stage stage) throws Exception {
        previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        super.start(stage);
    }

    @AfterEach
    void restoreHandler() {
        interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previousHandler));
    }

    @Test
    void everyActionWorksFromItsMenuItemItsShortcutAndItsToolbarButton() {
        List<String> fired = new ArrayList<>();
        for (AppAction action : AppAction.values()) {
            for (Route route : routesOf(action)) {
                String what = action + " via " + route;
                Runnable verify = prepare(action);
                fire(action, route);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(uncaught).as(what + " threw").isEmpty();
                assertThat(openMenus()).as(what + " left its menu open").isEmpty();
                verify.run();
                fired.add(what);
            }
        }
        assertThat(fired).contains("TOGGLE_THEME via SHORTCUT", "FONT_RESET via SHORTCUT", "RELOAD via TOOLBAR");
    }

    private static List<Route> routesOf(AppAction action) {
        List<Route> routes = new ArrayList<>(List.of(Route.MENU));
        if (action.accelerator() != null) {
            routes.add(Route.SHORTCUT);
        }
        if (action.inToolbar()) {
            routes.add(Route.TOOLBAR);
        }
        return routes;
    }

    /** Puts the window in a state where {@code action} has something to do; returns the check of its effect. */
    private Runnable prepare(AppAction action) {
        closeCompare();
        focus(table());
        dialogs.asked.clear();
        return switch (action) {
            case OPEN_CORPUS -> chooserAsked("Open corpus folder");
            case OPEN_WORKSPACE -> chooserAsked("Open workspace folder");
            case IMPORT_FILES -> chooserAsked("Import articles");
            case IMPORT_FOLDER -> chooserAsked("Import every article in a folder");
            case IMPORT_NOTES -> chooserAsked("Import notes");
            case RELOAD -> articleAddedOnDisk();
            case LOAD_REPORT -> windowOpensAndCloses("Load report");
            case EXPORT_NOTES -> windowOpensAndCloses("Export notes");
            case ENTITY_CORRECTIONS -> windowOpensAndCloses("Recogniser corrections");
            case ALL_NOTES -> windowOpensAndCloses("All notes");
            case CHECK_NOTES -> windowOpensAndCloses("Your notes");
            case ABOUT -> windowOpensAndCloses("About Corridor");
            case MARK_ENTITY -> {
                selectPassage();
                yield windowOpensAndCloses("Mark as entity");
            }
            case TAG_SELECTION -> {
                selectPassage();
                yield windowOpensAndCloses("Tag passage");
            }
            case NOTE_SELECTION -> {
                selectPassage();
                yield () -> assertThat(lookup("#note-editor").query().isFocused())
                        .as("N puts the caret into the note editor").isTrue();
            }
            case QUIT -> () -> {
                assertThat(stage.isShowing()).as("Quit closes the window").isFalse();
                restart();
            };
            case UNDO -> {
                int before = tagCount();
                interact(() -> addTag("Undo " + before));
                yield () -> assertThat(tagCount()).isEqualTo(before);
            }
            case REDO -> {
                int before = tagCount();
                interact(() -> {
                    addTag("Redo " + before);
                    notes().undo();
                });
                yield () -> assertThat(tagCount()).isEqualTo(before + 1);
            }
            case FIND -> () -> assertThat(lookup("#search-field").query().isFocused()).isTrue();
            case NEXT_HIT, PREVIOUS_HIT -> searchFor("Pakistan");
            case FONT_LARGER -> fontBecomes(fontSize() + 1);
            case FONT_SMALLER -> fontBecomes(fontSize() - 1);
            case FONT_RESET -> {
                clickOn("#tool-font-larger").clickOn("#tool-font-larger");
                assertThat(fontSize()).isNotEqualTo(16);
                yield fontBecomes(16);
            }
            case TOGGLE_THEME -> {
                boolean wasDark = isDark();
                yield () -> {
                    assertThat(isDark()).as("the theme switched").isEqualTo(!wasDark);
                    assertThat(themeItem().isSelected()).as("the menu's tick follows the theme").isEqualTo(!wasDark);
                };
            }
            case COMPARE -> {
                selectTwoArticles();
                yield () -> assertThat(window.compare().model().activeProperty().get()).isTrue();
            }
            case NEXT_PAIR -> {
                compareTwo();
                interact(() -> window.compare().model().selectPair(0));
                yield () -> assertThat(window.compare().model().selectedPairProperty().get()).isEqualTo(1);
            }
            case PREVIOUS_PAIR -> {
                compareTwo();
                interact(() -> window.compare().model().selectPair(1));
                yield () -> assertThat(window.compare().model().selectedPairProperty().get()).isZero();
            }
            case SWITCH_TEXT -> {
                compareTwo();
                focus(lookup("#compare-left-text").query());
                yield () -> assertThat(lookup("#compare-right-text").query().isFocused()).isTrue();
            }
        };
    }

    private void fire(AppAction action, Route route) {
        String id = action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        switch (route) {
            case MENU -> {
                clickOn(lookup(".menu-bar .menu").match((Labeled l) -> action.menu().label().equals(l.getText()))
                        .queryAs(Node.class));
                clickOn(lookup("#menu-" + id).queryAs(Node.class));
            }
            case TOOLBAR -> clickOn(lookup("#tool-" + id).queryAs(Node.class));
            case SHORTCUT -> {
                assertThat(action.accelerator()).as("%s's shortcut is a key the keyboard has", action)
                        .isInstanceOf(KeyCodeCombination.class);
                pressShortcut((KeyCodeCombination) action.accelerator());
            }
        }
    }

    private void pressShortcut(KeyCodeCombination keys) {
        List<KeyCode> held = new ArrayList<>();
        if (keys.getShortcut() == KeyCombination.ModifierValue.DOWN || keys.getControl() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.CONTROL);
        }
        if (keys.getShift() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.SHIFT);
        }
        if (keys.getAlt() == KeyCombination.ModifierValue.DOWN) {
            held.add(KeyCode.ALT);
        }
        press(held.toArray(KeyCode[]::new)).type(keys.getCode()).release(held.toArray(KeyCode[]::new));
    }

    private Runnable chooserAsked(String title) {
        return () -> assertThat(dialogs.asked).containsExactly(title);
    }

    private Runnable articleAddedOnDisk() {
        int before = table().getItems().size();
        added++;
        try {
            Files.writeString(corpusDir().resolve("reloaded-" + added + ".txt"),
                    "Reloaded article number " + added + "\n\nA new article written while the window was open.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return () -> assertThat(table().getItems()).as("the list shows the new file").hasSize(before + 1);
    }

    private Runnable windowOpensAndCloses(String title) {
        return () -> {
            Window opened = Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle()))
                    .findFirst().orElseThrow(() -> new AssertionError("no window titled " + title));
            interact(() -> closeAsTitleBarWould(opened));
            assertThat(opened.isShowing()).as(title + " closes").isFalse();
            targetWindow(stage);
        };
    }

    private static void closeAsTitleBarWould(Window window) {
        WindowEvent request = new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST);
        window.fireEvent(request);
        if (!request.isConsumed()) {
            window.hide();
        }
    }

    private Runnable searchFor(String query) {
        interact(() -> window.search().model().queryProperty().set(query));
        clickOn("#search-field");
        type(KeyCode.ENTER);
        focus(area());
        interact(() -> area().selectRange(0, 0));
        return () -> {
            assertThat(area().getSelectedText()).isEqualToIgnoringCase(query);
            interact(() -> window.search().model().queryProperty().set(""));
            clickOn("#search-field");
            type(KeyCode.ENTER);
        };
    }

    private Runnable fontBecomes(double size) {
        return () -> assertThat(fontSize()).isEqualTo(size);
    }

    private double fontSize() {
        String style = window.readerView().getStyle();
        return Double.parseDouble(style.replaceAll(".*-fx-font-size:\\s*([0-9.]+)px.*", "$1"));
    }

    private boolean isDark() {
        return stage.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("palette-dark.css"));
    }

    private CheckMenuItem themeItem() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-toggle-theme".equals(i.getId())).map(CheckMenuItem.class::cast)
                .findFirst().orElseThrow();
    }

    private List<Window> openMenus() {
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing()).toList();
    }

    private NotesSession notes() {
        return window.notes().session();
    }

    private int tagCount() {
        return notes().snapshot().codebook().tags().size();
    }

    private void addTag(String name) {
        notes().perform((NotesSnapshot s) -> notes().codebookEdits().create(s,
                CodebookEdits.newTag(s.codebook(), name, null)));
    }

    @SuppressWarnings("unchecked")
    private TableView<ArticleMeta> table() {
        return (TableView<ArticleMeta>) lookup("#library-table").queryAs(TableView.class);
    }

    private StyleClassedTextArea area() {
        return lookup("#article-text").queryAs(StyleClassedTextArea.class);
    }

    private void focus(Node node) {
        interact(node::requestFocus);
    }

    /** Selects a passage of the newest seed, with the text focused, as a mouse drag would. */
    private void selectPassage() {
        interact(() -> table().getSelectionModel().clearAndSelect(0));
        WaitForAsyncUtils.waitForFxEvents();
        interact(() -> {
            int at = area().getText().indexOf(PASSAGE);
            area().requestFocus();
            area().selectRange(at, at + PASSAGE.length());
        });
    }

    private void selectTwoArticles() {
        interact(() -> {
            table().getSelectionModel().clearSelection();
            table().getSelectionModel().selectIndices(0, 2);
        });
    }

    /** Compares seeds 001 and 004, which have two aligned sentence pairs. */
    private void compareTwo() {
        interact(() -> window.compare().model().open(seed("001"), seed("004")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.compare().model().comparisonProperty().get().alignedSentences()).hasSizeGreaterThan(1);
    }

    private ArticleMeta seed(String number) {
        return table().getItems().stream().filter(m -> m.id().startsWith(number)).findFirst().orElseThrow();
    }

    private void closeCompare() {
        interact(() -> window.compare().model().close());
    }

    /** Answers every chooser as a user who cancels it, and remembers which ones were opened. */
    private static final class RecordingDialogs implements FileDialogs {
        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public List<Path> chooseFiles(Window owner, String title, List<FileChooser.ExtensionFilter> filters) {
            asked.add(title);
            return List.of();
        }

        @Override
        public Optional<Path> chooseFolder(Window owner, String title, Path initial) {
            asked.add(title);
            return Optional.empty();
        }
    }
}
