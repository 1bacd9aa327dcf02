package org.corridor.ui.compare;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.corridor.compare.CorpusComparers;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.corpus.Corpus;
import org.corridor.entities.Recogniser;
import org.corridor.entities.WorkspaceLexicon;
import org.corridor.ui.common.ActionBar;
import org.corridor.ui.common.AppAction;
import org.corridor.ui.common.Background;
import org.corridor.ui.entities.EntitiesFeature;
import org.corridor.ui.entities.EntitiesViewModel;
import org.corridor.ui.reader.ReaderView;
import org.corridor.ui.reader.ReaderViewModel;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Plugs comparison into the window: the Compare action (toolbar, menu, list context menu, Ctrl+D) on two
 * selected articles or an article dragged onto the open one, the side-by-side view in place of the reader,
 * and the side panel's "Compare" tab. The window only hands over its parts; everything else is here.
 */
public final class CompareFeature {

    private final CompareViewModel model;
    private final ComparisonView view;
    private final Tab tab;
    private SplitPane split;
    private ReaderView reader;
    private TabPane sidePanel;
    private Tab previousTab;

    /**
     * @param recogniser finds the mentions the comparison sorts into both / only left / only right
     * @param lexicon    the window's lexicon, for the entity layers of both texts
     * @param workspace  holds the phrase index cache
     * @param fontSize   the reader's text size, which both sides follow
     */
    public CompareFeature(Background background, Recogniser recogniser, WorkspaceLexicon lexicon, Path workspace,
                          DoubleProperty fontSize) {
        model = new CompareViewModel(background, recogniser, new CorpusComparers(workspace));
        view = new ComparisonView(model, fontSize);
        showEntities(background, lexicon, model.left(), view.leftView());
        showEntities(background, lexicon, model.right(), view.rightView());
        tab = new Tab("Compare", new ComparisonPanel(model));
        tab.setClosable(false);
        tab.setId("compare-tab");
    }

    /** Each side gets the entity layers, legend, tooltips and corrections of the single-article view. */
    private static void showEntities(Background background, WorkspaceLexicon lexicon, ReaderViewModel side,
                                     ReaderView view) {
        EntitiesViewModel entities = new EntitiesViewModel(background, lexicon);
        EntitiesFeature.decorate(entities, view, () -> { });
        side.articleProperty().addListener((o, a, article) -> entities.show(article));
    }

    /**
     * @param split     the window's three panes; the centre one is swapped while comparing
     * @param reader    the single-article view, and the drop target for "compare with this"
     * @param sidePanel gets the "Compare" tab
     * @param table     the document list: its selection is what Compare compares
     * @param opened    the reader's model, to know the article a dropped one is compared with
     */
    public void attach(SplitPane split, ReaderView reader, TabPane sidePanel, TableView<ArticleMeta> table,
                       ReaderViewModel opened) {
        this.split = split;
        this.reader = reader;
        this.sidePanel = sidePanel;
        sidePanel.getTabs().add(tab);
        model.activeProperty().addListener((o, a, active) -> showComparison(active));
        MenuItem compare = new MenuItem(AppAction.COMPARE.label(), new FontIcon(AppAction.COMPARE.icon()));
        compare.setOnAction(e -> compareSelected(table));
        if (table.getContextMenu() == null) {
            table.setContextMenu(new ContextMenu());
        }
        table.getContextMenu().getItems().add(compare);
        table.setOnDragDetected(e -> {
            ArticleMeta dragged = table.getSelectionModel().getSelectedItem();
            if (dragged != null) {
                Dragboard board = table.startDragAndDrop(TransferMode.LINK);
                ClipboardContent content = new ClipboardContent();
                content.putString(dragged.id());
                board.setContent(content);
                e.consume();
            }
        });
        reader.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && opened.articleProperty().get() != null) {
                e.acceptTransferModes(TransferMode.LINK);
            }
            e.consume();
        });
        reader.setOnDragDropped(e -> {
            Article open = opened.articleProperty().get();
            ArticleMeta dropped = table.getItems().stream()
                    .filter(m -> m.id().equals(e.getDragboard().getString())).findFirst().orElse(null);
            boolean done = open != null && dropped != null && !dropped.id().equals(open.id());
            if (done) {
                model.open(open.meta(), dropped);
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** Adds the comparison's actions to the window's menus, toolbar and shortcuts. */
    public ActionBar actions(ActionBar bar, TableView<ArticleMeta> table) {
        return bar.on(AppAction.COMPARE, () -> compareSelected(table))
                .on(AppAction.NEXT_PAIR, model::nextPair)
                .on(AppAction.PREVIOUS_PAIR, model::previousPair)
                .on(AppAction.SWITCH_TEXT, view::switchFocus)
                .disabledWhen(AppAction.NEXT_PAIR, model.activeProperty().not())
                .disabledWhen(AppAction.PREVIOUS_PAIR, model.activeProperty().not())
                .disabledWhen(AppAction.SWITCH_TEXT, model.activeProperty().not());
    }

    public void setCorpus(Corpus corpus) {
        model.setCorpus(corpus);
    }

    private void compareSelected(TableView<ArticleMeta> table) {
        List<ArticleMeta> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        if (chosen.size() == 2) {
            model.open(chosen.get(0), chosen.get(1));
        } else {
            sidePanel.getSelectionModel().select(tab);
        }
    }

    private void showComparison(boolean active) {
        Node centre = active ? view : reader;
        int at = split.getItems().indexOf(active ? reader : view);
        if (at >= 0) {
            double[] dividers = split.getDividerPositions();
            split.getItems().set(at, centre);
            split.setDividerPositions(dividers);
        }
        if (active) {
            Tab selected = sidePanel.getSelectionModel().getSelectedItem();
            previousTab = selected == tab ? previousTab : selected;
            sidePanel.getSelectionModel().select(tab);
        } else if (previousTab != null) {
            sidePanel.getSelectionModel().select(previousTab);
        }
    }

    public CompareViewModel model() {
        return model;
    }

    public ComparisonView view() {
        return view;
    }
}
