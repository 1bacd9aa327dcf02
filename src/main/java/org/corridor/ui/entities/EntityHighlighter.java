package org.corridor.ui.entities;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.SetChangeListener;
import org.corridor.entities.Mention;
import org.corridor.ui.reader.HighlightLayers;
import org.corridor.ui.reader.ReaderView;

/** Draws the visible mentions as the reader's "entities" highlight layer, members of a marked group with a marker. */
public final class EntityHighlighter {

    public static final String LAYER = "entities";
    /** The marker of a named group's members: one for every group, so groups add no colour of their own. */
    static final String GROUP_MEMBER = "mention-group-member";

    private final EntitiesViewModel model;
    private final ReaderView reader;

    public EntityHighlighter(EntitiesViewModel model, ReaderView reader) {
        this.model = model;
        this.reader = reader;
        model.mentionsProperty().addListener((o, a, list) -> redraw());
        model.hiddenLayers().addListener((SetChangeListener<MentionLayer>) c -> redraw());
        model.unmarkedGroups().addListener((SetChangeListener<String>) c -> redraw());
    }

    private void redraw() {
        List<HighlightLayers.Range> ranges = new ArrayList<>();
        for (Mention m : model.visibleMentions()) {
            List<String> styles = m.group() == null || model.unmarkedGroups().contains(m.group())
                    ? List.of("mention", MentionLayer.of(m).styleClass())
                    : List.of("mention", MentionLayer.of(m).styleClass(), GROUP_MEMBER);
            ranges.add(new HighlightLayers.Range(m.start(), m.end(), styles));
        }
        reader.setLayer(LAYER, ranges);
    }
}
