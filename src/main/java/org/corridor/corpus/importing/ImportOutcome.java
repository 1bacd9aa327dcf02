package org.corridor.corpus.importing;

/**
 * What happened to one file of an import.
 *
 * @param file       the file as the user named or dropped it
 * @param status     added, skipped as a duplicate, or failed
 * @param id         the new article's id when added; the existing article's id when a duplicate
 * @param title      the article's title, when one was read
 * @param reason     for duplicates and failures, why, in plain words; for an added article, a note when it
 *                   completed an unfinished copy left by an earlier import, else null
 * @param similarTo  for an added near-duplicate, the id of the article it nearly repeats, else null
 * @param similarity that article's shingle similarity (0..1), or 0
 */
public record ImportOutcome(String file, Status status, String id, String title, String reason, String similarTo,
                            double similarity) {

    public enum Status { ADDED, DUPLICATE, FAILED }

    static ImportOutcome failed(String file, String reason) {
        return new ImportOutcome(file, Status.FAILED, null, null, reason, null, 0);
    }

    public boolean nearDuplicate() {
        return similarTo != null;
    }
}
