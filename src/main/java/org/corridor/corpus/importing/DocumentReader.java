package org.corridor.corpus.importing;

import org.corridor.corpus.UnreadableFileException;

/** Extracts one article from the bytes of one file of a given format. */
public interface DocumentReader {

    /**
     * @param fileName the file's name, for a fallback title
     * @throws UnreadableFileException with a reason written for the user when the file holds no usable article
     */
    ImportedDocument read(String fileName, byte[] bytes) throws UnreadableFileException;
}
