package org.corridor.export;

import java.util.List;

/**
 * What an import did, for the user: how many notes came in, how many were already there, which tags were
 * created, and every item that could not be placed, with the reason (nothing is dropped silently).
 */
public record ImportReport(String file, String format, int read, int imported, int duplicates, List<String> tagsCreated,
                           List<Unplaced> unplaced) {

    public ImportReport {
        tagsCreated = List.copyOf(tagsCreated);
        unplaced = List.copyOf(unplaced);
    }

    /** An item left out, e.g. its quote is not in any article. */
    public record Unplaced(String item, String source, String reason) {
    }
}
