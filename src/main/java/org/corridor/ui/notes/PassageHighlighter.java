package org.corridor.ui.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.corridor.notes.Codebook;
import org.corridor.notes.Placement;
import org.corridor.ui.reader.HighlightLayers;
import org.corridor.ui.reader.ReaderView;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * Draws the user's passages in the article: a background in the first tag's colour as its own highlight layer,
 * a stronger mark where passages overlap, and one stripe per passage in the margin beside the lines it covers
 * (with the passage's tags as tooltip), so nested and overlapping passages stay distinguishable. A click on a
 * passage or its stripe selects its annotation.
 */
final class PassageHighlighter {

    static final String LAYER = "annotations";

    private final ReaderView view;
    private final ArticleNotes notes;
    private final NotesSession session;

    PassageHighlighter(ReaderView view, ArticleNotes notes, NotesSession session) {
        this.view = view;
        this.notes = notes;
        this.session = session;
        notes.placed().addListener((ListChangeListener<Placement>) c -> redraw());
        notes.selectedIdProperty().addListener((o, a, b) -> redraw());
        view.shownProperty().addListener((o, a, b) -> redraw());
        view.area().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            StyleClassedTextArea area = view.area();
            if (e.getClickCount() == 1 && area.getSelection().getLength() == 0) {
                notes.at(area.getCaretPosition() + view.bodyStart())
                        .ifPresent(p -> notes.selectedIdProperty().set(p.annotation().id()));
            }
        });
    }

    void redraw() {
        Codebook codebook = session.snapshot().codebook();
        List<Placement> placed = List.copyOf(notes.placed());
        List<HighlightLayers.Range> ranges = new ArrayList<>();
        String selected = notes.selectedIdProperty().get();
        for (Placement p : placed) {
            List<String> classes = new ArrayList<>(List.of("tag-passage",
                    TagStyles.colorClass(codebook, p.annotation().tagIds())));
            if (p.annotation().id().equals(selected)) {
                classes.add("tag-passage-selected");
            }
            ranges.add(new HighlightLayers.Range(p.start(), p.end(), classes));
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                int s = Math.max(placed.get(i).start(), placed.get(j).start());
                int e = Math.min(placed.get(i).end(), placed.get(j).end());
                if (s < e) {
                    ranges.add(new HighlightLayers.Range(s, e, List.of("tag-overlap")));
                }
            }
        }
        view.setLayer(LAYER, ranges);
        view.area().setParagraphGraphicFactory(stripes(placed, codebook));
    }

    private IntFunction<Node> stripes(List<Placement> placed, Codebook codebook) {
        StyleClassedTextArea area = view.area();
        int bodyStart = view.bodyStart();
        return par -> {
            StripeColumn column = new StripeColumn(area, par);
            if (par >= area.getParagraphs().size()) {
                return column;
            }
            int start = area.getAbsolutePosition(par, 0) + bodyStart;
            int length = area.getParagraphLength(par);
            for (Placement p : placed) {
                if (p.start() < start + length && p.end() > start) {
                    column.add(stripe(p, codebook), Math.max(0, p.start() - start), Math.min(length, p.end() - start));
                }
            }
            return column;
        };
    }

    private Node stripe(Placement p, Codebook codebook) {
        Region stripe = new Region();
        stripe.getStyleClass().addAll("tag-stripe", TagStyles.colorClass(codebook, p.annotation().tagIds()));
        String tags = p.annotation().tagIds().isEmpty() ? "(no tag)"
                : String.join(", ", p.annotation().tagIds().stream().map(codebook::path).toList());
        Tooltip.install(stripe, new Tooltip(tags + "\n“" + TagStyles.shorten(p.annotation().anchor().exact(), 80) + "”"));
        stripe.setOnMouseClicked(e -> notes.selectedIdProperty().set(p.annotation().id()));
        return stripe;
    }
}
