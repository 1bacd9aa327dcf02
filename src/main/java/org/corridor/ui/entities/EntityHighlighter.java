package org.corridor.ui.entities;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.SetChangeListener;
import org.corridor.entities.Mention;
import org.corridor.ui.reader.HighlightLayers;
import org.corridor.ui.reader.ReaderView;

/** Draws the visible mentions as the reader's "entities" highlight layer. */
public final class EntityHighlighter {

    public static final String LAYER = "entities";

    private final EntitiesViewModel model;
    private final ReaderView reader;

    public EntityHighlighter(EntitiesViewModel model, ReaderView reader) {
        this.model = model;
        this.reader = reader;
        model.mentionsProperty().addListener((o, a, list) -> redraw());
        model.hiddenLayers().addListener((SetChangeListener<MentionLayer>) c -> redraw());
    }

    private void redraw() {
        List<HighlightLayers.Range> ranges = new ArrayList<>();
        for (Mention m : model.visibleMentions()) {
            ranges.add(new HighlightLayers.Range(m.start(), m.end(), List.of("mention", MentionLayer.of(m).styleClass())));
        }
        reader.setLayer(LAYER, ranges);
    }
}
