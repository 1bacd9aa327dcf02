package org.corridor.corpus.importing;

import java.time.LocalDate;

/**
 * What a reader extracted from one file, before it is written into the workspace corpus.
 *
 * @param title  the headline, or null when the file gives none (the parser then derives one)
 * @param date   the publication date, or null
 * @param source the outlet, or null
 * @param body   the article's text, paragraphs separated by blank lines
 */
public record ImportedDocument(String title, LocalDate date, String source, String body) {
}
