package org.corridor.entities;

/**
 * One recognised mention in an article's text.
 *
 * @param category   actor, initiative, place or date
 * @param kind       finer type: person, organisation, country (actors); programme, project, framework,
 *                   agreement, mechanism, member (initiatives); city, province, region, port… (places);
 *                   date, month, year, range, relative… (dates)
 * @param start      UTF-16 offset into the article's full text, inclusive
 * @param end        UTF-16 offset, exclusive; {@code text.equals(fullText.substring(start, end))}
 * @param text       the surface text
 * @param entityId   canonical entity id, e.g. "person:xi-jinping", or null when not known
 * @param label      canonical name, e.g. "Xi Jinping", or null
 * @param group      for initiatives, the group they belong to ("5Es", "cpec2-corridors"), else null
 * @param normalized for dates, ISO value ("2025-01-11", "2025-01", "2025", "2023/2024"), or null
 */
public record Mention(Category category, String kind, int start, int end, String text, String entityId,
                      String label, String group, String normalized) {

    public Mention {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
