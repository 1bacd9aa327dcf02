package org.corridor.corpus.importing;

import java.util.List;
import org.corridor.common.Plural;

/**
 * The result of one import, file by file, in the order the files were read.
 *
 * @param outcomes  one per file that was looked at
 * @param cancelled true when the user stopped the import; files after the last outcome were not looked at
 */
public record ImportReport(List<ImportOutcome> outcomes, boolean cancelled) {

    public ImportReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(ImportOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long nearDuplicates() {
        return outcomes.stream().filter(ImportOutcome::nearDuplicate).count();
    }

    /** Ids of the articles this import added, for the index to pick up. */
    public List<String> addedIds() {
        return outcomes.stream().filter(o -> o.status() == ImportOutcome.Status.ADDED).map(ImportOutcome::id).toList();
    }

    /** One line for a status bar: "12 added (1 near-duplicate), 3 duplicates skipped, 1 failed". */
    public String summary() {
        long near = nearDuplicates();
        return count(ImportOutcome.Status.ADDED) + " added" + (near > 0 ? " (" + Plural.of(near, "near-duplicate")
                + ")" : "") + ", " + Plural.of(count(ImportOutcome.Status.DUPLICATE), "duplicate")
                + " skipped, " + count(ImportOutcome.Status.FAILED) + " failed"
                + (cancelled ? "; cancelled" : "");
    }
}
