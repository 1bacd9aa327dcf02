package org.corridor.ui.entities;

import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
import org.corridor.entities.Category;
import org.corridor.entities.Mention;
import org.corridor.ui.reader.ReaderView;
import org.fxmisc.richtext.event.MouseOverTextEvent;

/** Resting the mouse on a mention shows its canonical name, kind, group and normalised date. */
final class MentionTooltip {

    private static final Duration DELAY = Duration.ofMillis(350);

    private final Popup popup = new Popup();
    private final Label content = new Label();

    MentionTooltip(EntitiesViewModel model, ReaderView reader) {
        content.getStyleClass().add("mention-tooltip");
        content.setId("mention-tooltip");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        reader.area().setMouseOverTextDelay(DELAY);
        reader.area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            Mention m = model.mentionAt(e.getCharacterIndex() + reader.bodyStart());
            if (m == null || model.hiddenLayers().contains(MentionLayer.of(m))) {
                return;
            }
            content.setText(describe(m));
            Point2D at = e.getScreenPosition();
            popup.show(reader.area(), at.getX(), at.getY() + 14);
        });
        reader.area().addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> popup.hide());
    }

    /** "Sun Weidong / Person · Actor", then the group of a group member and the ISO value of a date. */
    static String describe(Mention m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.label() != null ? m.label() : m.text());
        String category = EntityWords.category(m.category());
        String kind = EntityWords.kind(m.kind());
        sb.append("\n").append(kind.isEmpty() || kind.equalsIgnoreCase(category) ? category : kind + " · " + category);
        if (m.group() != null) {
            sb.append("\nGroup: ").append(GroupStatus.TITLES.getOrDefault(m.group(), m.group()));
        }
        if (m.category() == Category.DATE) {
            sb.append("\n").append(m.normalized() == null ? "date not resolved" : m.normalized());
        }
        return sb.toString();
    }
}
