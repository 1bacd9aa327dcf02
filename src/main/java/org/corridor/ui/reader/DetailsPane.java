package org.corridor.ui.reader;

import java.util.function.BiConsumer;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleMeta;
import org.corridor.ui.common.Dates;

/**
 * The side panel's "Details" tab: where the open article comes from and how long it is; for an imported article,
 * the file it came from and, when the import found it nearly repeats another, a link that compares the two.
 */
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
    private final Label original = value("details-original");
    private final Hyperlink similar = new Hyperlink();
    private final ReaderViewModel model;
    private BiConsumer<ArticleMeta, ArticleMeta> onCompare = (a, b) -> { };

    public DetailsPane(ReaderViewModel model) {
        this.model = model;
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
            {"Words", words}, {"Reading time", reading}, {"File", file}, {"Id", id}, {"Imported from", original},
            {"Similar to", similar}}) {
            Label key = new Label((String) pair[0]);
            key.getStyleClass().add("details-key");
            Node value = (Node) pair[1];
            // rows that only some articles have disappear with their value
            key.visibleProperty().bind(value.visibleProperty());
            key.managedProperty().bind(value.visibleProperty());
            value.managedProperty().bind(value.visibleProperty());
            addRow(row++, key, value);
        }
        similar.setId("details-similar");
        similar.setWrapText(true);
        similar.setTooltip(new Tooltip("The import found this text nearly the same as that article: compare them"));
        model.articleProperty().addListener((obs, old, a) -> show(a));
        show(model.articleProperty().get());
    }

    /** What a click on "Similar to" does: compare the open article with the one it nearly repeats. */
    public void setOnCompare(BiConsumer<ArticleMeta, ArticleMeta> action) {
        onCompare = action;
    }

    private static Label value(String id) {
        Label l = new Label("—");
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("details-value");
        return l;
    }

    private void show(Article article) {
        ArticleMeta a = article == null ? null : article.meta();
        Article.Origin origin = article == null ? new Article.Origin(null, null) : article.origin();
        String from = origin.originalFileName();
        original.setText(from);
        original.setVisible(from != null);
        String similarId = origin.nearDuplicateOf();
        ArticleMeta other = similarId == null ? null : model.find(similarId).orElse(null);
        similar.setText(other == null ? similarId : other.title());
        similar.setVisible(similarId != null);
        similar.setDisable(other == null);
        similar.setOnAction(e -> onCompare.accept(a, other));
        date.setText(a == null ? "—" : a.date() == null ? "no date" : Dates.format(a.date()));
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
