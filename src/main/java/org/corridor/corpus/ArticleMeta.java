package org.corridor.corpus;

import java.time.LocalDate;

/**
 * What the catalog keeps of an article: enough to list, sort, filter and find it again,
 * but not its text, so that a corpus of 100,000 articles fits in memory.
 *
 * @param id          stable id: the file's path inside the corpus folder, without extension
 * @param title       headline, or the opening sentence shortened
 * @param date        publication date, or null when the file gives none
 * @param source      outlet or agency when the text names it, else null
 * @param dateline    the place (and date) the article opens with, e.g. "BEIJING, AUG 21", else null
 * @param words       words in the body
 * @param path        where the file is, absolute
 * @param fingerprint hash of the normalised body, so notes can find a renamed file
 */
public record ArticleMeta(String id, String title, LocalDate date, String source, String dateline,
                          int words, String path, String fingerprint) {
}
