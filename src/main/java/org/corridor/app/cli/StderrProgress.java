package org.corridor.app.cli;

import java.io.PrintStream;
import org.corridor.common.ProgressListener;
import org.corridor.search.SearchIndex;

/** Progress of a long command on stderr, at most every two seconds, so a long index build is not silent. */
final class StderrProgress implements ProgressListener {

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream err;
    private final String what;
    private long last = System.nanoTime();

    StderrProgress(PrintStream err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        long now = System.nanoTime();
        if (total > 0 && done < total && now - last >= INTERVAL_NANOS) {
            last = now;
            // Waiting for another process is said as such, not passed off as this one's indexing.
            err.printf("%s: %,d of %,d%n", SearchIndex.WAITING.equals(message) ? message : what, done, total);
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
