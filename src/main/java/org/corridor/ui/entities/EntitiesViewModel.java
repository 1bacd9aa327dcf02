package org.corridor.ui.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.corridor.corpus.Article;
import org.corridor.entities.CachingRecogniser;
import org.corridor.entities.LexiconService;
import org.corridor.entities.Mention;
import org.corridor.entities.Recognisers;
import org.corridor.entities.WorkspaceLexicon;
import org.corridor.entities.lexicon.LexiconEntry;
import org.corridor.entities.user.Correction;
import org.corridor.ui.common.Background;

/**
 * The entities of the article on show: recognised off the FX thread (results for an article no longer shown
 * are dropped), the layers the user hid, the entity the user selected, and the user's corrections of the
 * recogniser, which re-recognise the article at once.
 */
public final class EntitiesViewModel {

    private final Background background;
    private final WorkspaceLexicon workspaceLexicon;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Mention>> mentions = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<EntitySummary>> entities = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<EntitySummary> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ObservableSet<MentionLayer> hidden = FXCollections.observableSet();
    private final ObservableSet<String> unmarkedGroups = FXCollections.observableSet();
    private final javafx.beans.property.ReadOnlyLongWrapper correctionsVersion =
            new javafx.beans.property.ReadOnlyLongWrapper();
    private volatile LexiconService lexicon;
    private volatile CachingRecogniser recogniser;
    private long generation;

    /** @param workspaceLexicon the window's lexicon, with the user's corrections ({@code lexicon-user.json}) */
    public EntitiesViewModel(Background background, WorkspaceLexicon workspaceLexicon) {
        this.background = background;
        this.workspaceLexicon = workspaceLexicon;
    }

    /** Shows the entities of another article (null: none). */
    public void show(Article next) {
        long ticket = ++generation;
        article.set(next);
        setMentions(List.of());
        if (next == null) {
            return;
        }
        background.run(p -> recogniser().recognise(next), found -> {
            if (ticket == generation) {
                problem.set(null);
                setMentions(found);
            }
        }, error -> {
            if (ticket == generation) {
                problem.set("Entities could not be recognised: " + error.getMessage());
            }
        });
    }

    private void setMentions(List<Mention> found) {
        String selectedKey = selected.get() == null ? null : selected.get().key();
        mentions.set(found);
        entities.set(EntitySummary.of(found));
        selected.set(entities.get().stream().filter(e -> e.key().equals(selectedKey)).findFirst().orElse(null));
    }

    /** Loads the lexicon once, on the worker thread: the first article pays for it, not the window. */
    private synchronized CachingRecogniser recogniser() throws java.io.IOException {
        if (recogniser == null) {
            lexicon = workspaceLexicon.service();
            recogniser = Recognisers.cached(lexicon);
            // a correction made anywhere in the window (reader, either compared text) shows here too
            lexicon.corrections().addListener(() -> background.later(this::correctionsChanged));
        }
        return recogniser;
    }

    /** Recognises the article on show again (after a correction). */
    private void refresh() {
        show(article.get());
    }

    public void toggle(MentionLayer layer) {
        if (!hidden.remove(layer)) {
            hidden.add(layer);
        }
    }

    public ObservableSet<MentionLayer> hiddenLayers() {
        return hidden;
    }

    /** Turns the marker of a named group's members (the 5 Es, the five corridors) off or on again. */
    public void toggleGroupMarker(String groupId) {
        if (!unmarkedGroups.remove(groupId)) {
            unmarkedGroups.add(groupId);
        }
    }

    /** The groups whose members the user chose not to mark; every other group's members are marked. */
    public ObservableSet<String> unmarkedGroups() {
        return unmarkedGroups;
    }

    public long countInGroup(String groupId) {
        return mentions.get().stream().filter(m -> groupId.equals(m.group())).count();
    }

    /** Mentions of the layers not hidden. */
    public List<Mention> visibleMentions() {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions.get()) {
            if (!hidden.contains(MentionLayer.of(m))) {
                out.add(m);
            }
        }
        return out;
    }

    public long count(MentionLayer layer) {
        return mentions.get().stream().filter(m -> MentionLayer.of(m) == layer).count();
    }

    /** The mention covering a text offset, or null. */
    public Mention mentionAt(int textOffset) {
        for (Mention m : mentions.get()) {
            if (m.start() <= textOffset && textOffset < m.end()) {
                return m;
            }
            if (m.start() > textOffset) {
                break;
            }
        }
        return null;
    }

    public void select(Mention m) {
        String key = m == null ? null : EntitySummary.keyOf(m);
        selected.set(entities.get().stream().filter(e -> e.key().equals(key)).findFirst().orElse(null));
    }

    /** Selects the article's entity with this id, when the article mentions it; true when it did. */
    public boolean selectEntity(String entityId) {
        EntitySummary found = entities.get().stream().filter(e -> e.key().equals(entityId)).findFirst().orElse(null);
        if (found != null) {
            selected.set(found);
        }
        return found != null;
    }

    public void select(EntitySummary summary) {
        selected.set(summary);
    }

    public List<GroupStatus> groups() {
        LexiconService l = lexicon;
        return l == null ? List.of() : GroupStatus.of(l.current().lexicon().entries(), mentions.get());
    }

    /** Entities the user may attach an alias to. */
    public Collection<LexiconEntry> knownEntities() {
        LexiconService l = lexicon;
        return l == null ? List.of() : l.current().lexicon().entries();
    }

    public List<Correction> corrections() {
        LexiconService l = lexicon;
        return l == null ? List.of() : l.corrections().list();
    }

    public void addCorrection(Correction correction) {
        changeCorrections(l -> l.corrections().add(correction));
    }

    public void updateCorrection(Correction correction) {
        changeCorrections(l -> l.corrections().update(correction));
    }

    public void removeCorrection(String id) {
        changeCorrections(l -> l.corrections().remove(id));
    }

    private interface Change {
        void apply(LexiconService lexicon) throws Exception;
    }

    private void changeCorrections(Change change) {
        background.run(p -> {
            recogniser();
            change.apply(lexicon);
            return Boolean.TRUE;
        }, done -> {
            // the corrections' listener redraws, wherever the correction was made
        }, error -> problem.set("The correction could not be saved: " + error.getMessage()));
    }

    private void correctionsChanged() {
        correctionsVersion.set(correctionsVersion.get() + 1);
        refresh();
    }

    /** Changes after each saved correction, so that a list of corrections can reload. */
    public javafx.beans.property.ReadOnlyLongProperty correctionsVersionProperty() {
        return correctionsVersion.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Mention>> mentionsProperty() {
        return mentions.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<EntitySummary>> entitiesProperty() {
        return entities.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EntitySummary> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
