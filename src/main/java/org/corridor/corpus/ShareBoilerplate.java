package org.corridor.corpus;

import java.util.Locale;
import java.util.Set;

/**
 * Finds the row of share buttons that web pages leave at the end of copied articles
 * ("Facebook Twitter WhatsApp Email Print"), so that the reader can leave it out.
 */
final class ShareBoilerplate {

    private static final Set<String> BUTTON_WORDS = Set.of(
            "facebook", "twitter", "whatsapp", "email", "e-mail", "print", "linkedin", "share", "pinterest",
            "reddit", "telegram", "tweet", "x", "copy", "link", "comments", "comment", "messenger", "tumblr",
            "pocket", "flipboard", "viber", "sms", "mail", "vk", "wechat", "weibo");

    private ShareBoilerplate() {
    }

    /** The offset where trailing boilerplate lines (and the blank lines before them) start, or {@code end}. */
    static int trailingStart(String text, int start, int end) {
        int cut = end;
        while (true) {
            int lineEnd = trimEndWhitespace(text, start, cut);
            int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
            lineStart = Math.max(lineStart, start);
            if (lineEnd <= lineStart || !isButtonRow(text.substring(lineStart, lineEnd))) {
                return trimEndWhitespace(text, start, cut);
            }
            cut = lineStart;
        }
    }

    private static int trimEndWhitespace(String text, int start, int end) {
        int i = end;
        while (i > start && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    static boolean isButtonRow(String line) {
        String[] words = line.trim().toLowerCase(Locale.ROOT).split("[\\s|•·/]+");
        if (words.length == 0 || words.length > 12) {
            return false;
        }
        int buttons = 0;
        for (String w : words) {
            if (!BUTTON_WORDS.contains(w)) {
                return false;
            }
            buttons++;
        }
        // One lone "Print" or "Share" could end a sentence fragment; a row of two or more is boilerplate.
        return buttons >= 2;
    }
}
