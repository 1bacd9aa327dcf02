package org.corridor.corpus.importing;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.corridor.corpus.UnreadableFileException;

/**
 * A PDF is one article: its text in reading order with paragraphs kept, its title from the document properties
 * when set. PDFs carry no reliable publication date (the creation date is when the file was made), so none is
 * guessed; the parser may still find a dateline in the text.
 */
final class PdfReader implements DocumentReader {

    @Override
    public ImportedDocument read(String fileName, byte[] bytes) throws UnreadableFileException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n\n");
            String text = reflow(stripper.getText(pdf));
            if (text.isBlank()) {
                throw new UnreadableFileException("The PDF contains no text (it may be a scanned image; "
                        + "run it through OCR first).");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            return new ImportedDocument(HtmlReader.first(info.getTitle()), null, null, text);
        } catch (InvalidPasswordException e) {
            throw new UnreadableFileException("The PDF is protected by a password.");
        } catch (IOException e) {
            throw new UnreadableFileException("The PDF is damaged or incomplete and cannot be read.");
        }
    }

    /** Joins the hard line breaks inside a paragraph, which PDFs have at the end of every printed line. */
    private static String reflow(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String joined = paragraph.replaceAll("-\\n(?=\\p{Ll})", "").replaceAll("\\s*\\n\\s*", " ").strip();
            if (!joined.isEmpty()) {
                if (out.length() > 0) {
                    out.append("\n\n");
                }
                out.append(joined);
            }
        }
        return out.toString();
    }
}
