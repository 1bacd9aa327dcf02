package org.corridor.ui.entities;

import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.stage.Popup;
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

    static String describe(Mention m) {
        StringBuilder sb = new StringBuilder();
        sb.append(m.label() != null ? m.label() : m.text());
        sb.append("\n").append(m.category().json()).append(" · ").append(m.kind());
        if (m.group() != null) {
            sb.append("\ngroup: ").append(GroupStatus.TITLES.getOrDefault(m.group(), m.group()));
        }
        if (m.category() == org.corridor.entities.Category.DATE) {
            sb.append("\n").append(m.normalized() == null ? "date not resolved" : m.normalized());
        }
        if (m.entityId() != null) {
            sb.append("\n").append(m.entityId());
        }
        return sb.toString();
    }
}
