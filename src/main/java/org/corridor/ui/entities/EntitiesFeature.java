package org.corridor.ui.entities;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.corridor.entities.WorkspaceLexicon;
import org.corridor.ui.common.Background;
import org.corridor.ui.reader.ReaderView;
import org.corridor.ui.reader.ReaderViewModel;

/**
 * The annotated article, assembled: highlights, legend, tooltips and corrections on the reader, and the
 * side panel's "Entities" tab. The window creates one and adds its tab and actions.
 */
public final class EntitiesFeature {

    private final EntitiesViewModel model;
    private final Tab tab;
    private final MentionInteractions interactions;
    private final Set<Tab> workTabs = new HashSet<>();

    public EntitiesFeature(Background background, WorkspaceLexicon lexicon, ReaderViewModel reader,
                           ReaderView view) {
        this.model = new EntitiesViewModel(background, lexicon);
        EntitiesPane pane = new EntitiesPane(model, m -> view.showRange(m.start(), m.end()));
        this.tab = new Tab("Entities", pane);
        tab.setId("entities-tab");
        tab.setClosable(false);
        this.interactions = decorate(model, view, this::revealTab);
        reader.articleProperty().addListener((o, a, article) -> model.show(article));
        model.show(reader.articleProperty().get());
    }

    /**
     * Gives a text view the annotated-article layers: highlights, the legend, hover tooltips and the correction
     * menu. The single reader and both texts of a comparison get the same.
     *
     * @param onSelect runs when a click selects a mention (the single view brings its Entities tab forward)
     */
    public static MentionInteractions decorate(EntitiesViewModel model, ReaderView view, Runnable onSelect) {
        new EntityHighlighter(model, view);
        view.addAboveText(new LegendBar(model));
        return new MentionInteractions(model, view, onSelect);
    }

    /**
     * Side-panel tabs a click on a mention does not switch away from: the user is working there (coding in the
     * Notes or Tags tab), and the click only updates the Entities tab's selection behind it.
     */
    public void stayOn(Collection<Tab> tabs) {
        workTabs.addAll(tabs);
    }

    private void revealTab() {
        TabPane panel = tab.getTabPane();
        if (panel != null && !workTabs.contains(panel.getSelectionModel().getSelectedItem())) {
            panel.getSelectionModel().select(tab);
        }
    }

    public Tab tab() {
        return tab;
    }

    public EntitiesViewModel model() {
        return model;
    }

    /** Opens the "Mark as entity" dialog for the text selected in the article. */
    public void markSelection() {
        interactions.markSelection();
    }

    public void showCorrections() {
        interactions.showCorrections();
    }
}
