package org.corridor.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.corridor.common.AtomicFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {

    @TempDir
    Path workspace;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final Autosaver.Listener listener = new Autosaver.Listener() {
        @Override
        public void saved() {
            events.add("saved");
        }

        @Override
        public void failed(String message) {
            events.add("failed: " + message);
        }
    };

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static void tag(NotesStore store, UndoHistory history, String note) {
        history.perform(new AnnotationEdits(Clock.systemDefaultZone()).tagPassage(store.notebook().snapshot(),
                Fixtures.article(), 0, 10, List.of(), note));
    }

    @Test
    void editsAreSavedShortlyAfterOnABackgroundThreadAndABurstIsOneSave() throws Exception {
        try (NotesStore store = NotesStore.open(workspace, Clock.systemDefaultZone())) {
            Autosaver saver = new Autosaver(store, executor, Duration.ofMillis(150), Duration.ofMillis(100), listener);
            saver.start();
            UndoHistory history = new UndoHistory(store.notebook());
            for (int i = 0; i < 5; i++) {
                tag(store, history, "note " + i);
            }
            await(() -> events.contains("saved"));
            assertThat(events).containsExactly("saved");
            assertThat(NotesStore.readSnapshot(workspace).annotations()).hasSize(5);
        }
    }

    @Test
    void aFailedSaveIsReportedAndRetriedUntilItSucceeds() throws Exception {
        AtomicBoolean full = new AtomicBoolean(true);
        try (NotesStore store = NotesStore.open(workspace, Clock.systemDefaultZone(), (target, bytes) -> {
            if (full.get()) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.write(target, bytes);
        })) {
            Autosaver saver = new Autosaver(store, executor, Duration.ofMillis(20), Duration.ofMillis(50), listener);
            saver.start();
            tag(store, new UndoHistory(store.notebook()), "while full");
            await(() -> events.stream().filter(e -> e.startsWith("failed")).count() >= 2);
            assertThat(events.get(0)).contains("No space left").contains("kept in memory");
            assertThat(Files.exists(workspace.resolve(NotesFile.NAME))).isFalse();
            full.set(false);
            await(() -> events.contains("saved"));
            assertThat(NotesStore.readSnapshot(workspace).annotations()).singleElement()
                    .satisfies(a -> assertThat(a.note()).isEqualTo("while full"));
        }
    }

    @Test
    void flushSavesAtOnceForTheExit() throws Exception {
        try (NotesStore store = NotesStore.open(workspace, Clock.systemDefaultZone())) {
            Autosaver saver = new Autosaver(store, executor, Duration.ofHours(1), Duration.ofHours(1), listener);
            saver.start();
            tag(store, new UndoHistory(store.notebook()), "just before quitting");
            saver.flush();
            assertThat(store.hasUnsavedChanges()).isFalse();
        }
        assertThat(NotesStore.readSnapshot(workspace).annotations()).hasSize(1);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
