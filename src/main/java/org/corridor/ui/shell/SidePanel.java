package org.corridor.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.TabPane;

/**
 * The side panel's tabs. It is never narrower than its row of tab headers: a tab pushed out of that row would be
 * reachable only through the overflow menu, and a split pane would squeeze it there at once.
 */
final class SidePanel extends TabPane {

    /** Room for the widest row of buttons inside a tab (the Notes tab's). */
    private static final double CONTENT_MIN_WIDTH = 340;

    SidePanel() {
        getStyleClass().add("side-panel");
        setId("side-panel");
    }

    @Override
    protected double computeMinWidth(double height) {
        Node headers = lookup(".tab-header-area");
        return Math.max(CONTENT_MIN_WIDTH, headers == null ? 0 : Math.ceil(headers.prefWidth(-1)));
    }
}
