package org.corridor.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.corridor.settings.Settings;
import org.corridor.ui.common.WindowClosing;

/** Puts the window and its dividers where the user left them, and records them when they change. */
final class WindowState {

    private WindowState() {
    }

    /** Puts the window where it was; before it is shown. */
    static void restore(Stage stage, Settings s) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(s.windowWidth, screen.getWidth()));
        stage.setHeight(Math.min(s.windowHeight, screen.getHeight()));
        if (s.windowX != null && s.windowY != null && onSomeScreen(s.windowX, s.windowY)) {
            stage.setX(s.windowX);
            stage.setY(s.windowY);
        }
        stage.setMaximized(s.maximized);
    }

    /**
     * Calls {@code changed} whenever the user moves or resizes the window or a divider. The stage's listeners are
     * removed when the window closes: a stage can host a new window later (tests reuse one) and must not keep
     * the old window's panes alive.
     */
    static void track(Stage stage, SplitPane split, Settings s, Runnable changed) {
        restoreDividers(split, s);
        ChangeListener<Object> listener = (o, a, b) -> record(stage, split, s, changed);
        List<ObservableValue<?>> watched = List.of(stage.xProperty(), stage.yProperty(), stage.widthProperty(),
                stage.heightProperty(), stage.maximizedProperty());
        watched.forEach(p -> p.addListener(listener));
        split.getDividers().forEach(d -> d.positionProperty().addListener(listener));
        WindowClosing.onceHidden(stage, () -> watched.forEach(p -> p.removeListener(listener)));
    }

    /**
     * Puts the dividers where they were, once the window is shown at its size: set earlier, the split pane's first
     * layouts, at the sizes the scene passes through while it opens, would move them, a little more each start.
     */
    private static void restoreDividers(SplitPane split, Settings s) {
        double[] positions = s.dividers.stream().mapToDouble(Double::doubleValue).toArray();
        if (positions.length == split.getDividers().size()) {
            split.setDividerPositions(positions);
        }
    }

    private static void record(Stage stage, SplitPane split, Settings s, Runnable changed) {
        s.maximized = stage.isMaximized();
        if (!stage.isMaximized()) {
            s.windowX = stage.getX();
            s.windowY = stage.getY();
            s.windowWidth = stage.getWidth();
            s.windowHeight = stage.getHeight();
        }
        List<Double> dividers = new ArrayList<>();
        split.getDividers().forEach(d -> dividers.add(d.getPosition()));
        s.dividers = dividers;
        changed.run();
    }

    /** A window saved on a monitor that is gone would open out of reach. */
    private static boolean onSomeScreen(double x, double y) {
        for (Screen screen : Screen.getScreens()) {
            Rectangle2D b = screen.getVisualBounds();
            if (b.contains(x + 40, y + 20)) {
                return true;
            }
        }
        return false;
    }
}
