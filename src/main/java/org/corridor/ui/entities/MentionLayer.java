package org.corridor.ui.entities;

import org.corridor.entities.Category;
import org.corridor.entities.Mention;

/**
 * The highlight layers of the annotated article, one per category (actors split by kind), each with the
 * style class that gives it its own colour and its own line style (see corridor.css).
 */
public enum MentionLayer {
    PERSON("Persons", "mention-actor-person"),
    ORGANISATION("Organisations", "mention-actor-org"),
    COUNTRY("Countries", "mention-actor-country"),
    INITIATIVE("Initiatives", "mention-initiative"),
    PLACE("Places", "mention-place"),
    DATE("Dates", "mention-date");

    private final String label;
    private final String styleClass;

    MentionLayer(String label, String styleClass) {
        this.label = label;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public String styleClass() {
        return styleClass;
    }

    public static MentionLayer of(Mention m) {
        return of(m.category(), m.kind());
    }

    public static MentionLayer of(Category category, String kind) {
        return switch (category) {
            case ACTOR -> "person".equals(kind) ? PERSON : "country".equals(kind) ? COUNTRY : ORGANISATION;
            case INITIATIVE -> INITIATIVE;
            case PLACE -> PLACE;
            case DATE -> DATE;
        };
    }
}
