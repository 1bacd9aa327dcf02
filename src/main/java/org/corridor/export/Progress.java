package org.corridor.export;

import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;

/** The check every exporter makes between articles: report, and stop if the user cancelled. */
final class Progress {

    private Progress() {
    }

    static void step(ProgressListener progress, long done, long total, String what) {
        if (progress.isCancelled()) {
            throw new CancelledException();
        }
        progress.progress(done, total, what);
    }
}
