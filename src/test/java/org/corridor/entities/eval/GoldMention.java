package org.corridor.entities.eval;

import org.corridor.entities.Category;

/**
 * One mention a domain expert marked in an evaluation article ({@code <name>.gold.json}).
 *
 * @param normalized for dates, the expected ISO value (null when the date cannot be resolved)
 * @param group      for 5 Es / five corridors members, the expected group, else null
 * @param label      for ambiguous surfaces (PTI the party vs PTI the agency), the expected canonical label, else null
 */
public record GoldMention(Category category, String kind, String text, int start, int end, String normalized,
                          String group, String label) {

    boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
