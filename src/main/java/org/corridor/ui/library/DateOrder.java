package org.corridor.ui.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.corridor.corpus.ArticleMeta;

/**
 * The list's order by date: newest first with undated articles last, or oldest first with them first; equal dates
 * keep catalog order. It is the order every corpus opens in, so it sorts 100,000 articles as packed primitive
 * keys (day and position in one long) rather than through comparator calls: several times faster, which is what
 * the first list of a freshly started, not yet compiled program waits for.
 */
final class DateOrder implements Comparator<ArticleMeta> {

    private static final int POSITION_BITS = 22;
    private static final long NO_DATE_FIRST = -(1L << 40);
    private static final long NO_DATE_LAST = (1L << 40) - 1;

    private final boolean newestFirst;

    DateOrder(boolean newestFirst) {
        this.newestFirst = newestFirst;
    }

    @Override
    public int compare(ArticleMeta a, ArticleMeta b) {
        return Long.compare(key(a), key(b));
    }

    private long key(ArticleMeta a) {
        if (a.date() == null) {
            return newestFirst ? NO_DATE_LAST : NO_DATE_FIRST;
        }
        long day = a.date().toEpochDay();
        return newestFirst ? -day : day;
    }

    /** The articles in this order, as a new list. */
    List<ArticleMeta> sorted(List<ArticleMeta> articles) {
        if (articles.size() >= 1 << POSITION_BITS) {
            List<ArticleMeta> copy = new ArrayList<>(articles);
            copy.sort(this); // List.sort is stable, as the packed keys are
            return copy;
        }
        long[] packed = new long[articles.size()];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = key(articles.get(i)) << POSITION_BITS | i;
        }
        Arrays.sort(packed);
        List<ArticleMeta> out = new ArrayList<>(packed.length);
        for (long p : packed) {
            out.add(articles.get((int) (p & ((1 << POSITION_BITS) - 1))));
        }
        return out;
    }
}
