package org.corridor.ui.compare;

/** The time between two publication dates in words a reader takes in at a glance. */
final class TimeApart {

    private TimeApart() {
    }

    /** @param days from the left article's date to the right one's, or null when a date is unknown */
    static String describe(Long days) {
        if (days == null) {
            return "a date is unknown";
        }
        long d = Math.abs(days);
        if (d == 0) {
            return "published the same day";
        }
        String amount;
        if (d < 60) {
            amount = d + (d == 1 ? " day" : " days");
        } else if (d < 730) {
            amount = Math.round(d / 30.44) + " months";
        } else {
            amount = String.format("%.1f years", d / 365.25);
        }
        return "right " + amount + (days > 0 ? " later" : " earlier");
    }
}
