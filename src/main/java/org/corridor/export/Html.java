package org.corridor.export;

import java.util.Locale;

/** Escaping for HTML text and attribute values: nothing the user wrote can become markup. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A colour safe to put into CSS: "#rrggbb" as given, anything else the neutral grey. */
    static String safeColour(String colour) {
        return colour != null && colour.matches("#[0-9a-fA-F]{6}") ? colour.toLowerCase(Locale.ROOT) : "#888888";
    }
}
