package org.corridor.notes;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The child process of {@link CrashSafetyTest}: opens a workspace and, in a loop, adds one annotation whose
 * note is its number and saves, appending "N" to the acknowledgement file after each save returns, until it
 * is killed. The acknowledgements go to a file, not to standard output, because a pipe's last lines can be
 * lost when the reading side sees the process die.
 */
public final class CrashingSaver {

    private CrashingSaver() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        AnnotationEdits edits = new AnnotationEdits(clock);
        try (NotesStore store = NotesStore.open(Path.of(args[0]), clock);
             FileOutputStream acks = new FileOutputStream(args[1], true)) {
            if (store.notebook().isReadOnly()) {
                acks.write(("read-only " + store.notebook().readOnlyReason() + "\n").getBytes(StandardCharsets.UTF_8));
                return;
            }
            UndoHistory history = new UndoHistory(store.notebook());
            for (int n = store.notebook().snapshot().annotations().size() + 1; ; n++) {
                int start = n % 100;
                history.perform(edits.tagPassage(store.notebook().snapshot(), Fixtures.article(), start, start + 20,
                        List.of(), Integer.toString(n)));
                store.save();
                acks.write((n + "\n").getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
