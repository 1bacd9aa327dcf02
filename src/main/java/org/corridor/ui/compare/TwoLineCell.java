package org.corridor.ui.compare;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.corridor.ui.common.WrappedCellHeight;

/**
 * A list cell with a wrapped main line and a muted second line, sized to the list's width so that long
 * phrases and sentences wrap instead of being cut off.
 */
final class TwoLineCell<T> extends ListCell<T> {

    private final Label main = new Label();
    private final Label detail = new Label();
    private final VBox box = new VBox(2, main, detail);
    private final Function<T, String> mainText;
    private final Function<T, String> detailText;

    TwoLineCell(ListView<T> list, Function<T, String> mainText, Function<T, String> detailText) {
        this.mainText = mainText;
        this.detailText = detailText;
        main.setWrapText(true);
        detail.setWrapText(true);
        main.setMinHeight(Region.USE_PREF_SIZE);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        detail.getStyleClass().add("cell-detail");
        box.maxWidthProperty().bind(list.widthProperty().subtract(28));
        box.prefWidthProperty().bind(box.maxWidthProperty());
        setPrefWidth(0);
    }

    @Override
    protected double computePrefHeight(double width) {
        return getGraphic() == null ? super.computePrefHeight(width) : WrappedCellHeight.of(this, box, width);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        main.setText(mainText.apply(item));
        detail.setText(detailText.apply(item));
        setGraphic(box);
    }
}
