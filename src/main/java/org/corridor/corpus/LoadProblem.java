package org.corridor.corpus;

/**
 * One line of a load report: a file that was skipped or read with a warning.
 *
 * @param path    the file, as the user knows it
 * @param message what happened, in plain words
 * @param skipped true when the file was left out of the corpus, false for a warning
 */
public record LoadProblem(String path, String message, boolean skipped) {
}
