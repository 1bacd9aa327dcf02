package org.corridor.notes;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The child process of {@link CrashSafetyTest}: opens a workspace and, in a loop, adds one annotation whose
 * note is its number and saves, printing "saved N" after each save returns, until it is killed.
 */
public final class CrashingSaver {

    private CrashingSaver() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        AnnotationEdits edits = new AnnotationEdits(clock);
        try (NotesStore store = NotesStore.open(Path.of(args[0]), clock)) {
            if (store.notebook().isReadOnly()) {
                System.out.println("read-only " + store.notebook().readOnlyReason());
                return;
            }
            UndoHistory history = new UndoHistory(store.notebook());
            System.out.println("ready " + store.notebook().snapshot().annotations().size());
            for (int n = store.notebook().snapshot().annotations().size() + 1; ; n++) {
                int start = n % 100;
                history.perform(edits.tagPassage(store.notebook().snapshot(), Fixtures.article(), start, start + 20,
                        List.of(), Integer.toString(n)));
                store.save();
                System.out.println("saved " + n);
                System.out.flush();
            }
        }
    }
}
