package org.corridor.ui.reader;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.corridor.corpus.Article;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The centre pane: the article's header and its body in a read-only, selectable RichTextFX area, laid out
 * for reading (a limited line length, centred, with the user's font size). View offsets are body offsets;
 * {@link #bodyStart()} converts them to offsets into the article's full text.
 */
public final class ReaderView extends VBox {

    /** About 70 characters a line: the measure that typographers recommend for long reading. */
    private static final double MEASURE_EM = 38;

    private final ArticleHeader header = new ArticleHeader();
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Label placeholder = new Label("Choose an article in the list to read it.");
    private final ReaderViewModel model;
    private final HighlightLayers layers = new HighlightLayers();
    private int bodyStart;
    private final javafx.beans.property.ReadOnlyObjectWrapper<Article> shown =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();

    public ReaderView(ReaderViewModel model) {
        this.model = model;
        getStyleClass().add("reader");
        // The measure padding grows with the pane; a computed minimum would then stop the pane from shrinking.
        setMinWidth(280);
        area.setId("article-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("article-text");
        // A caret in the read-only text shows where a keyboard selection (Shift+arrows, then T) starts. Only while
        // the text has the focus, which it loses when its window closes: a caret left blinking would keep its timer
        // running, and the timer would keep the closed window, and all it shows, alive.
        area.focusedProperty().addListener((o, was, focused) ->
                area.setShowCaret(focused ? Caret.CaretVisibility.ON : Caret.CaretVisibility.OFF));

        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        placeholder.getStyleClass().add("reader-placeholder");
        StackPane stack = new StackPane(scroll, placeholder);
        VBox.setVgrow(stack, Priority.ALWAYS);
        // in a short window the text gives way, not the header: a squeezed header cuts the title short
        header.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(header, stack);

        model.fontSizeProperty().addListener((obs, old, size) -> applyFont(size.doubleValue()));
        applyFont(model.fontSizeProperty().get());
        area.widthProperty().addListener((obs, old, w) -> applyMeasure());
        model.articleProperty().addListener((obs, old, a) -> show(a));
        model.problemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                placeholder.setText(p);
                placeholder.setVisible(true);
            }
        });
        show(model.articleProperty().get());
    }

    private void show(Article article) {
        header.show(article);
        placeholder.setVisible(article == null);
        if (article == null) {
            placeholder.setText("Choose an article in the list to read it.");
            area.clear();
            bodyStart = 0;
            shown.set(null);
            return;
        }
        bodyStart = article.bodyStart();
        layers.clearAll();
        area.replaceText(DisplayText.of(article.body()));
        area.moveTo(0);
        area.requestFollowCaret();
        area.showParagraphAtTop(0);
        shown.set(article);
    }

    /**
     * The article whose text the area now shows. It changes after the model's article, once the text is in place:
     * a layer computed at once from the model's article (the notes of an article) may otherwise be drawn before
     * the text arrives, and be wiped with the previous article's layers.
     */
    public javafx.beans.property.ReadOnlyObjectProperty<Article> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    private void applyFont(double size) {
        setStyle("-fx-font-size: " + size + "px;");
        applyMeasure();
    }

    /**
     * Pads the text at the sides so that lines keep a readable length however wide the pane is. Not at the bottom:
     * the area's scrolling ignores its padding, so a bottom margin covered the last lines in view, and a selection
     * scrolled into view could land under it.
     */
    private void applyMeasure() {
        double em = model.fontSizeProperty().get();
        double side = Math.max(24, (area.getWidth() - MEASURE_EM * em) / 2);
        area.setPadding(new Insets(8, side, 0, side));
    }

    /**
     * Replaces one highlight layer; ranges are in offsets of the article's full text (as mentions and
     * annotations store them) and are shifted here to the body the view shows.
     */
    public void setLayer(String layer, java.util.List<HighlightLayers.Range> textRanges) {
        java.util.List<HighlightLayers.Range> shifted = textRanges.stream()
                .map(r -> new HighlightLayers.Range(r.start() - bodyStart, r.end() - bodyStart, r.styleClasses()))
                .toList();
        layers.set(layer, shifted);
        area.setStyleSpans(0, layers.spans(area.getLength()));
    }

    /** Puts a strip (a feature's legend or tools) between the header and the text. */
    public void addAboveText(javafx.scene.layout.Region strip) {
        strip.setMinHeight(USE_PREF_SIZE);
        getChildren().add(getChildren().size() - 1, strip);
    }

    /** Selects a range given in offsets of the article's full text and scrolls it into view. */
    public void showRange(int textStart, int textEnd) {
        int from = Math.max(0, Math.min(area.getLength(), textStart - bodyStart));
        int to = Math.max(from, Math.min(area.getLength(), textEnd - bodyStart));
        area.selectRange(from, to);
        area.requestFollowCaret();
    }

    public StyleClassedTextArea area() {
        return area;
    }

    /** Offset of the view's first character in the article's full text. */
    public int bodyStart() {
        return bodyStart;
    }
}
