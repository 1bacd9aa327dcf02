package org.corridor.ui.shell;

import java.lang.management.ManagementFactory;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;

/**
 * With {@code -Dcorridor.timing=true}, prints how long it took from JVM start to the first rendered frame,
 * and to the first frame that shows the corpus in the document list: the figures the startup benchmark reads.
 */
final class StartupTiming {

    private StartupTiming() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("corridor.timing");
    }

    /** Reports the first frame after {@code value} first changes (the document list receives its articles). */
    static void reportFirstPulseAfter(Scene scene, ObservableValue<?> value, String what) {
        if (!enabled()) {
            return;
        }
        value.addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> observable, Object before, Object now) {
                observable.removeListener(this);
                reportFirstPulse(scene, what);
            }
        });
    }

    static void reportFirstPulse(Scene scene, String what) {
        if (!enabled()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("corridor-timing " + what + " " + ms + " ms");
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
