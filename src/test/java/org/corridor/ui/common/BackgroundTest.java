package org.corridor.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * The status bar's view of long jobs: the newest running job is shown, and when it ends the status bar goes
 * back to one still running (a reload's check ends while the index is still being built) instead of going blank.
 */
class BackgroundTest {

    /** Jobs wait here until the test runs them, one at a time. */
    private final Deque<Runnable> queued = new ArrayDeque<>();
    private final Background background = new Background(queued::add, Runnable::run);

    private void runOldest() {
        queued.removeFirst().run();
    }

    @Test
    void whenTheJobOnShowEndsTheStatusShowsTheOneStillRunning() {
        Background.Handle indexing = background.runTracked("Building the search index…", p -> {
            p.progress(40, 100, "Indexing a040");
            return null;
        }, r -> { }, e -> { });
        background.runTracked("Loading corpus…", p -> null, r -> { }, e -> { });
        assertThat(background.messageProperty().get()).isEqualTo("Loading corpus…");

        queued.removeLast().run(); // the corpus check ends first

        assertThat(background.busyProperty().get()).isTrue();
        assertThat(background.messageProperty().get()).isEqualTo("Building the search index…");
        background.cancelCurrent();
        assertThat(indexing.isCancelled()).isTrue();
        runOldest();
        assertThat(background.busyProperty().get()).isFalse();
        assertThat(background.messageProperty().get()).isEmpty();
    }

    @Test
    void progressReportedWhileAnotherJobIsOnShowAppearsWhenThatOneEnds() {
        String[] seenWhileRunning = new String[2];
        background.runTracked("Building the search index…", p -> {
            p.progress(40, 100, "Indexing a040");
            assertThat(background.messageProperty().get()).isEqualTo("Exporting…");
            queued.removeLast().run(); // the export ends while the index is still being built
            seenWhileRunning[0] = background.messageProperty().get();
            seenWhileRunning[1] = String.valueOf(background.progressProperty().get());
            return null;
        }, r -> { }, e -> { });
        background.runTracked("Exporting…", p -> null, r -> { }, e -> { });

        runOldest();

        assertThat(seenWhileRunning).containsExactly("Indexing a040", "0.4");
        assertThat(background.busyProperty().get()).isFalse();
    }
}
