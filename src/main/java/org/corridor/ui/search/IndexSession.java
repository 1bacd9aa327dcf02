package org.corridor.ui.search;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.corridor.common.CancelledException;
import org.corridor.corpus.Corpus;
import org.corridor.entities.LexiconService;
import org.corridor.entities.WorkspaceLexicon;
import org.corridor.search.EntityFacet;
import org.corridor.search.SearchIndex;
import org.corridor.ui.common.Background;

/**
 * The workspace's search index in the window: opened once, brought in line with every corpus the session shows
 * (built on first open, incremental afterwards) as a tracked background job, so the list stays usable and the
 * status bar shows the progress. A correction of the recogniser brings it in line again: the articles containing
 * the corrected text get their entity values anew. {@link #readyProperty()} is true once the index matches the
 * shown corpus, {@link #searchableProperty()} once it can be searched.
 */
final class IndexSession {

    private final Background background;
    private final Path workspace;
    private final WorkspaceLexicon lexicon;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searchable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper shortfall = new ReadOnlyStringWrapper("");
    private final Consumer<String> status;
    private SearchIndex index;
    private EntityFacet entities;
    private Corpus shown;
    private long generation;

    IndexSession(Background background, Path workspace, WorkspaceLexicon lexicon, Consumer<String> status) {
        this.background = background;
        this.workspace = workspace;
        this.lexicon = lexicon;
        this.status = status;
    }

    /** Syncs the index with {@code corpus}; a newer corpus arriving meanwhile makes this sync's result moot. */
    void follow(Corpus corpus) {
        sync(corpus, "Building the search index…");
    }

    private void sync(Corpus corpus, String title) {
        shown = corpus;
        long ticket = ++generation;
        ready.set(false);
        background.runTracked(title, p -> {
            SearchIndex opened = ensureOpen();
            if (opened.rebuildReason() == null && opened.size() > 0) {
                // an index from an earlier session answers well while it is brought up to date
                background.later(() -> searchable.set(true));
            }
            SearchIndex.Changes changes = opened.sync(corpus, p);
            return new Synced(opened.rebuildReason(), !changes.incomplete() ? "" : String.format(
                    "another process owns the search index and has not indexed %,d of the %,d articles",
                    changes.missing(), corpus.articles().size()));
        }, synced -> {
            if (ticket == generation) {
                searchable.set(true);
                ready.set(true);
                shortfall.set(synced.shortfall());
                if (synced.rebuildReason() != null) {
                    status.accept(synced.rebuildReason() + " It was rebuilt.");
                }
                if (!synced.shortfall().isEmpty()) {
                    status.accept("Search results may be incomplete: " + synced.shortfall() + ".");
                }
            }
        }, error -> status.accept(error instanceof CancelledException
                ? "Indexing paused; it continues the next time the corpus is opened."
                : "The search index could not be built: " + error.getMessage()));
    }

    /** What a sync tells the user: why the index was rebuilt (or null), what it lacks (or ""). */
    private record Synced(String rebuildReason, String shortfall) {
    }

    /** The index, opened (or created, or rebuilt when unreadable) on first use. */
    synchronized SearchIndex ensureOpen() throws java.io.IOException {
        if (index == null) {
            LexiconService service = lexicon.service();
            entities = new EntityFacet(service);
            index = SearchIndex.open(workspace, List.of(entities));
            service.corrections().addListener(() -> background.later(this::lexiconChanged));
        }
        return index;
    }

    private void lexiconChanged() {
        if (shown != null) {
            sync(shown, "Updating the entity filters after the correction…");
        }
    }

    /** The index, or null before it was first opened. */
    synchronized SearchIndex index() {
        return index;
    }

    /** The entity facet the index is fed with, which also names its values; null before the index was opened. */
    synchronized EntityFacet entityFacet() {
        return entities;
    }

    Path workspace() {
        return workspace;
    }

    /**
     * Empty, or why searching may miss articles: another process owns the index and has not indexed them all, so
     * every search summary says its results may be incomplete.
     */
    ReadOnlyStringProperty shortfallProperty() {
        return shortfall.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /**
     * True once searching gives useful results: at once for an index kept from an earlier session (while it is
     * brought up to date), after the first build for a new one.
     */
    ReadOnlyBooleanProperty searchableProperty() {
        return searchable.getReadOnlyProperty();
    }

    synchronized void close() {
        if (index != null) {
            try {
                index.close();
            } catch (java.io.IOException e) {
                // closing at exit: the next open checks the index and rebuilds it if needed
            }
            index = null;
        }
    }
}
