package org.corridor.ui.reader;

/**
 * The body as the text area shows it. Carriage returns of CRLF files become zero-width spaces rather than
 * being removed, so every view offset stays equal to a text offset (no mapping, no off-by-one after CRLF).
 */
public final class DisplayText {

    private DisplayText() {
    }

    public static String of(String body) {
        return body.indexOf('\r') < 0 ? body : body.replace('\r', '\u200B');
    }
}
