package org.corridor.ui.search;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.corridor.search.SearchHit;
import org.corridor.search.Snippet;
import org.corridor.ui.common.Dates;
import org.corridor.ui.common.WrappedCellHeight;

/** One result: the title, its date and source, and the snippet with the hit words marked by a style class. */
final class HitCell extends ListCell<SearchHit> {

    private final Label title = new Label();
    private final Label meta = new Label();
    private final TextFlow snippet = new TextFlow();
    private final VBox box = new VBox(2, title, meta, snippet);

    HitCell(ListView<SearchHit> list) {
        getStyleClass().add("search-hit-cell");
        title.getStyleClass().add("search-hit-title");
        title.setWrapText(true);
        meta.getStyleClass().add("search-hit-meta");
        snippet.getStyleClass().add("search-hit-snippet");
        // The list's width, not the snippet's length, decides where lines wrap. Not the cell's own width: a cell not
        // laid out yet has none, its rows then measure a word a line, and the list showed two results of five.
        snippet.prefWidthProperty().bind(list.widthProperty().subtract(28));
        title.maxWidthProperty().bind(list.widthProperty().subtract(28));
        setPrefWidth(0); // the rows wrap to the list: never a horizontal scroll bar
    }

    @Override
    protected double computePrefHeight(double width) {
        return getGraphic() == null ? super.computePrefHeight(width) : WrappedCellHeight.of(this, box, width);
    }

    @Override
    protected void updateItem(SearchHit hit, boolean empty) {
        super.updateItem(hit, empty);
        if (empty || hit == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(hit.title());
        String date = hit.date() == null ? "no date" : Dates.format(hit.date());
        meta.setText(hit.source() == null ? date : date + " · " + hit.source());
        snippet.getChildren().setAll(pieces(hit.snippet()));
        setAccessibleText(hit.title() + ", " + meta.getText() + ". " + hit.snippet().text());
        setGraphic(box);
    }

    private static java.util.List<Text> pieces(Snippet s) {
        java.util.List<Text> out = new java.util.ArrayList<>();
        int at = 0;
        for (Snippet.Span m : s.marks()) {
            if (m.start() > at) {
                out.add(plain(s.text().substring(at, m.start())));
            }
            Text mark = plain(s.text().substring(m.start(), m.end()));
            mark.getStyleClass().add("search-mark");
            out.add(mark);
            at = m.end();
        }
        if (at < s.text().length()) {
            out.add(plain(s.text().substring(at)));
        }
        return out;
    }

    private static Text plain(String text) {
        Text t = new Text(text);
        t.getStyleClass().add("search-snippet-text");
        return t;
    }
}
