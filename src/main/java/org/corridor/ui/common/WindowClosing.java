package org.corridor.ui.common;

import javafx.event.EventHandler;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Work to do when a window closes, done once: the handler removes itself, because a stage can host a new window
 * later (tests reuse one) and a handler left behind would keep the old window's panes, and all they show, alive.
 */
public final class WindowClosing {

    private WindowClosing() {
    }

    public static void onceHidden(Window window, Runnable action) {
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                window.removeEventHandler(WindowEvent.WINDOW_HIDDEN, this);
                action.run();
            }
        });
    }
}
