package org.corridor.ui.reader;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.corridor.corpus.ArticleMeta;

/** The side panel's "Details" tab: where the open article comes from and how long it is. */
public final class DetailsPane extends GridPane {

    /** Words a minute of an attentive reader of news prose. */
    static final int READING_WPM = 230;

    private final Label file = value("details-file");
    private final Label date = value("details-date");
    private final Label source = value("details-source");
    private final Label dateline = value("details-dateline");
    private final Label words = value("details-words");
    private final Label reading = value("details-reading");
    private final Label id = value("details-id");

    public DetailsPane(ReaderViewModel model) {
        getStyleClass().add("details");
        setHgap(12);
        setVgap(8);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(keys, values);
        int row = 0;
        for (Object[] pair : new Object[][] {{"Date", date}, {"Source", source}, {"Dateline", dateline},
            {"Words", words}, {"Reading time", reading}, {"File", file}, {"Id", id}}) {
            Label key = new Label((String) pair[0]);
            key.getStyleClass().add("details-key");
            addRow(row++, key, (Label) pair[1]);
        }
        model.articleProperty().addListener((obs, old, a) -> show(a == null ? null : a.meta()));
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("details-value");
        return l;
    }

    private void show(ArticleMeta a) {
        date.setText(a == null ? "—" : a.date() == null ? "no date" : ArticleHeader.LONG_DATE.format(a.date()));
        source.setText(a == null || a.source() == null ? "—" : a.source());
        dateline.setText(a == null || a.dateline() == null ? "—" : a.dateline());
        words.setText(a == null ? "—" : String.format("%,d", a.words()));
        reading.setText(a == null ? "—" : readingTime(a.words()));
        file.setText(a == null ? "—" : a.path());
        id.setText(a == null ? "—" : a.id());
    }

    static String readingTime(int words) {
        int minutes = Math.max(1, Math.round(words / (float) READING_WPM));
        return minutes + " min";
    }
}
