package org.corridor.ui.compare;

import org.corridor.common.Plural;

/** The time between two publication dates in words a reader takes in at a glance. */
final class TimeApart {

    private TimeApart() {
    }

    /** @param days from the left article's date to the right one's, or null when a date is unknown */
    static String describe(Long days) {
        if (days == null) {
            return "One of the two has no date";
        }
        long d = Math.abs(days);
        if (d == 0) {
            return "Both published the same day";
        }
        String amount;
        if (d < 60) {
            amount = Plural.of(d, "day");
        } else if (d < 730) {
            amount = Plural.of(Math.round(d / 30.44), "month");
        } else {
            amount = String.format("%.1f years", d / 365.25);
        }
        return "The right-hand article is " + amount + (days > 0 ? " newer" : " older");
    }
}
