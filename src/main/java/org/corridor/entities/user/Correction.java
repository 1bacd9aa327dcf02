package org.corridor.entities.user;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.text.Normalizer;
import java.util.Locale;
import org.corridor.entities.Category;

/**
 * One correction of the recogniser, as stored in {@code <workspace>/lexicon-user.json}.
 *
 * @param id       stable id of the correction ("c-…"), for editing and removing it
 * @param type     entity, alias or not-entity
 * @param text     the surface text the correction is about, matched as a whole-word phrase
 * @param category for {@code entity}: actor, initiative, place or date
 * @param kind     for {@code entity}: person, organisation, country, programme, city, date…
 * @param entity   for {@code entity}: the new entity's id ("user:…"); for {@code alias}: the existing entity's id
 * @param label    for {@code entity}: the canonical name shown in tooltips (defaults to the text)
 * @param created  when the correction was made (ISO-8601 instant)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Correction(String id, CorrectionType type, String text, String category, String kind, String entity,
                         String label, String created) {

    public static Correction entity(String text, Category category, String kind, String label) {
        String name = label == null || label.isBlank() ? text : label;
        return new Correction(null, CorrectionType.ENTITY, text, category.json(), kind, "user:" + slug(name), name, null);
    }

    public static Correction alias(String text, String entityId) {
        return new Correction(null, CorrectionType.ALIAS, text, null, null, entityId, null, null);
    }

    public static Correction notEntity(String text) {
        return new Correction(null, CorrectionType.NOT_ENTITY, text, null, null, null, null, null);
    }

    public Correction withIdAndTime(String newId, String time) {
        return new Correction(newId, type, text, category, kind, entity, label, time);
    }

    /** Lower-case ASCII id part: "Anwaar-ul-Haq Kākar" → "anwaar-ul-haq-kakar". */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
    }
}
