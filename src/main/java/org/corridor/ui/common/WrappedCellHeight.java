package org.corridor.ui.common;

import javafx.scene.control.Cell;
import javafx.scene.layout.Region;

/**
 * The height of a list cell whose graphic wraps text to the cell's width. A cell asks its graphic for a height
 * without giving a width, which measures wrapped text as one long line: rows came out too short, their last
 * lines ran under the next row, and a list opened with its first row half scrolled away.
 */
public final class WrappedCellHeight {

    private WrappedCellHeight() {
    }

    /** @param width the width the list lays the cell out at, or -1 for the cell's current width */
    public static double of(Cell<?> cell, Region graphic, double width) {
        double inner = (width >= 0 ? width : cell.getWidth()) - cell.snappedLeftInset() - cell.snappedRightInset();
        // a graphic narrower than the cell (a bound maximum width) wraps at its own width
        double wrapAt = Math.min(inner, graphic.maxWidth(-1));
        return cell.snappedTopInset() + graphic.prefHeight(wrapAt) + cell.snappedBottomInset();
    }
}
