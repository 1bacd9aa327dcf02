package org.corridor.entities.user;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.corridor.entities.lexicon.LexiconEntry;

/**
 * The user's corrections of one workspace: list, add, edit, remove. Every change is saved at once and
 * announced to the listeners (the lexicon recompiles, the open article is recognised again).
 */
public final class Corrections {

    private final CorrectionStore store;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private List<Correction> corrections;
    private List<LexiconEntry> handWritten;

    /** Loads the workspace's corrections; a null store keeps them in memory only (no workspace). */
    public Corrections(CorrectionStore store) throws IOException {
        this.store = store;
        CorrectionsFile file = store == null ? new CorrectionsFile(CorrectionsFile.SCHEMA_VERSION, null, null)
                : store.load();
        this.corrections = new ArrayList<>(file.corrections());
        this.handWritten = file.entities();
    }

    public synchronized List<Correction> list() {
        return List.copyOf(corrections);
    }

    public synchronized List<LexiconEntry> handWrittenEntities() {
        return handWritten;
    }

    public synchronized Optional<Correction> find(String id) {
        return corrections.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Adds a correction and returns it with its id and creation time. */
    public Correction add(Correction correction) throws IOException {
        Correction stored = correction.withIdAndTime("c-" + UUID.randomUUID().toString().substring(0, 8),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        synchronized (this) {
            List<Correction> next = new ArrayList<>(corrections);
            next.add(stored);
            commit(next);
        }
        fire();
        return stored;
    }

    /** Replaces the correction with the same id (its id and creation time are kept). */
    public void update(Correction edited) throws IOException {
        synchronized (this) {
            List<Correction> next = new ArrayList<>(corrections);
            int index = indexOf(edited.id());
            Correction old = next.get(index);
            next.set(index, edited.withIdAndTime(old.id(), old.created()));
            commit(next);
        }
        fire();
    }

    public void remove(String id) throws IOException {
        synchronized (this) {
            List<Correction> next = new ArrayList<>(corrections);
            next.remove(indexOf(id));
            commit(next);
        }
        fire();
    }

    private int indexOf(String id) {
        for (int i = 0; i < corrections.size(); i++) {
            if (corrections.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no correction " + id);
    }

    /** Saves first: when the disk refuses, memory keeps the old state too. */
    private void commit(List<Correction> next) throws IOException {
        if (store != null) {
            store.save(new CorrectionsFile(CorrectionsFile.SCHEMA_VERSION, next, handWritten));
        }
        corrections = next;
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
