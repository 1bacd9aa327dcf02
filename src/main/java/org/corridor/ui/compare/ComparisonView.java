package org.corridor.ui.compare;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.corridor.compare.AlignedSentence;
import org.corridor.compare.Comparison;
import org.corridor.compare.SharedPhrase;
import org.corridor.compare.Span;
import org.corridor.corpus.Article;
import org.corridor.ui.reader.HighlightLayers;
import org.corridor.ui.reader.ReaderView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The centre area while comparing: the two articles side by side, each a full reader (header, selectable
 * text, highlight layers), under a bar with "back to reading", swap and "follow". Shared phrases carry their
 * own highlight; the focused entity or phrase and the selected sentence pair are marked in both texts.
 */
public final class ComparisonView extends VBox {

    static final String PHRASES = "compare-phrases";
    static final String FOCUS = "compare-focus";
    static final String PAIR = "compare-pair";

    private final CompareViewModel model;
    private final ReaderView leftView;
    private final ReaderView rightView;
    private final Button back = new Button("Back to reading", new FontIcon(MaterialDesignA.ARROW_LEFT));
    private final Label status = new Label();
    private boolean followPending;

    public ComparisonView(CompareViewModel model, DoubleProperty fontSize) {
        this.model = model;
        getStyleClass().add("comparison-view");
        model.left().fontSizeProperty().bind(fontSize);
        model.right().fontSizeProperty().bind(fontSize);
        leftView = new ReaderView(model.left());
        rightView = new ReaderView(model.right());
        leftView.area().setId("compare-left-text");
        rightView.area().setId("compare-right-text");
        SplitPane sides = new SplitPane(leftView, rightView);
        sides.setOrientation(Orientation.HORIZONTAL);
        sides.setId("compare-split");
        VBox.setVgrow(sides, Priority.ALWAYS);
        getChildren().addAll(bar(), sides);
        wire();
    }

    private ToolBar bar() {
        back.setId("compare-back");
        back.setOnAction(e -> model.close());
        Button swap = new Button("Swap", new FontIcon(MaterialDesignS.SWAP_HORIZONTAL));
        swap.setId("compare-swap");
        swap.setTooltip(new Tooltip("Show the right article on the left and the left one on the right"));
        swap.setOnAction(e -> model.swap());
        ToggleButton follow = new ToggleButton("Follow", new FontIcon(MaterialDesignL.LINK_VARIANT));
        follow.setId("compare-follow");
        follow.setTooltip(new Tooltip("Scrolling the left text brings the right one to the aligned sentence"));
        follow.selectedProperty().bindBidirectional(model.followProperty());
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("compare-status");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        ToolBar bar = new ToolBar(back, swap, follow, spring, status);
        bar.getStyleClass().add("compare-bar");
        return bar;
    }

    private void wire() {
        model.comparisonProperty().addListener((o, a, c) -> refresh());
        model.left().articleProperty().addListener((o, a, article) -> refresh());
        model.right().articleProperty().addListener((o, a, article) -> refresh());
        model.focusProperty().addListener((o, a, focus) -> showFocus(focus));
        model.selectedPairProperty().addListener((o, a, index) -> showPair(index.intValue()));
        leftView.area().estimatedScrollYProperty().addListener((o, a, y) -> followLeft());
    }

    /** Applies the phrase layer once both the comparison and the matching texts are there, whichever is last. */
    private void refresh() {
        Comparison c = model.comparisonProperty().get();
        boolean ready = c != null && shows(model.left().articleProperty().get(), c.a().id())
                && shows(model.right().articleProperty().get(), c.b().id());
        List<HighlightLayers.Range> inA = new ArrayList<>();
        List<HighlightLayers.Range> inB = new ArrayList<>();
        if (ready) {
            for (SharedPhrase p : c.sharedPhrases()) {
                p.inA().forEach(s -> inA.add(range(s, "shared-phrase")));
                p.inB().forEach(s -> inB.add(range(s, "shared-phrase")));
            }
        }
        leftView.setLayer(PHRASES, inA);
        rightView.setLayer(PHRASES, inB);
        if (!ready) {
            leftView.setLayer(FOCUS, List.of());
            rightView.setLayer(FOCUS, List.of());
            leftView.setLayer(PAIR, List.of());
            rightView.setLayer(PAIR, List.of());
        }
    }

    private static boolean shows(Article article, String id) {
        return article != null && article.id().equals(id);
    }

    private void showFocus(CompareViewModel.Focus focus) {
        if (focus == null) {
            leftView.setLayer(FOCUS, List.of());
            rightView.setLayer(FOCUS, List.of());
            return;
        }
        leftView.setLayer(FOCUS, focus.inA().stream().map(s -> range(s, "compare-focus")).toList());
        rightView.setLayer(FOCUS, focus.inB().stream().map(s -> range(s, "compare-focus")).toList());
        focus.inA().stream().findFirst().ifPresent(s -> TextScroll.reveal(leftView, s, true));
        focus.inB().stream().findFirst().ifPresent(s -> TextScroll.reveal(rightView, s, true));
    }

    private void showPair(int index) {
        Comparison c = model.comparisonProperty().get();
        if (c == null || index < 0 || index >= c.alignedSentences().size()) {
            leftView.setLayer(PAIR, List.of());
            rightView.setLayer(PAIR, List.of());
            return;
        }
        AlignedSentence pair = c.alignedSentences().get(index);
        leftView.setLayer(PAIR, List.of(range(pair.inA(), "aligned-sentence")));
        rightView.setLayer(PAIR, List.of(range(pair.inB(), "aligned-sentence")));
        TextScroll.reveal(leftView, pair.inA(), true);
        TextScroll.reveal(rightView, pair.inB(), true);
    }

    /**
     * "Follow": the right text shows the sentence aligned with the first left sentence in view. The scroll
     * position changes before the new paragraphs are laid out, so the look-up waits for the next pulse, and
     * a burst of scroll events costs one look-up.
     */
    private void followLeft() {
        if (!model.followProperty().get() || model.comparisonProperty().get() == null || followPending) {
            return;
        }
        followPending = true;
        Platform.runLater(() -> {
            followPending = false;
            alignRightWithLeft();
        });
    }

    private void alignRightWithLeft() {
        TextScroll.firstVisibleOffset(leftView)
                .flatMap(model::pairFrom)
                .ifPresent(pair -> TextScroll.reveal(rightView, pair.inB(), false));
    }

    /** Moves the keyboard focus to the other text. */
    public void switchFocus() {
        if (leftView.area().isFocused()) {
            rightView.area().requestFocus();
        } else {
            leftView.area().requestFocus();
        }
    }

    private static HighlightLayers.Range range(Span s, String styleClass) {
        return new HighlightLayers.Range(s.start(), s.end(), List.of(styleClass));
    }

    public ReaderView leftView() {
        return leftView;
    }

    public ReaderView rightView() {
        return rightView;
    }
}
