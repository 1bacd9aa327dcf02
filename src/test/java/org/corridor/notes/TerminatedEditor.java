package org.corridor.notes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The child process of {@link SaveOnTerminationTest}: makes one edit whose autosave is an hour away, says so in
 * the acknowledgement file, and waits to be terminated.
 */
public final class TerminatedEditor {

    private TerminatedEditor() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        NotesStore store = NotesStore.open(Path.of(args[0]), clock);
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
        Autosaver saver = new Autosaver(store, executor, Duration.ofHours(1), Duration.ofHours(1),
                new Autosaver.Listener() {
                    @Override
                    public void saved() {
                    }

                    @Override
                    public void failed(String message) {
                    }
                });
        saver.start();
        new UndoHistory(store.notebook()).perform(new AnnotationEdits(clock).tagPassage(store.notebook().snapshot(),
                Fixtures.article(), 10, 30, List.of(), args[2]));
        Files.writeString(Path.of(args[1]), "edited\n", StandardCharsets.US_ASCII);
        Thread.sleep(Duration.ofMinutes(5).toMillis());
    }
}
