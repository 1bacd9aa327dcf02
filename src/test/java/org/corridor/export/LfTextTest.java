package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LfTextTest {

    @Test
    void crlfBecomesLfAndPositionsMapBothWays() {
        String original = "ab\r\ncd\r\n\r\nef\rg";
        LfText lf = LfText.of(original);

        assertThat(lf.text()).isEqualTo("ab\ncd\n\nef\ng");
        for (int i = 0; i <= original.length(); i++) {
            // between the CR and the LF of a CRLF is not a place in the LF text: it maps to the line break
            boolean insideCrlf = i > 0 && original.charAt(i - 1) == '\r' && i < original.length()
                    && original.charAt(i) == '\n';
            if (!insideCrlf) {
                assertThat(lf.toOriginal(lf.toLf(i))).as("position %d", i).isEqualTo(i);
            }
        }
        int e = original.indexOf('e');
        assertThat(lf.text().charAt(lf.toLf(e))).isEqualTo('e');
    }

    @Test
    void codePointsCountAnEmojiOnce() {
        String text = "🤝 Aziz";
        assertThat(CodePoints.fromUtf16(text, text.indexOf('A'))).isEqualTo(2);
        assertThat(CodePoints.toUtf16(text, 2)).isEqualTo(3);
        assertThat(CodePoints.toUtf16(text, 99)).isEqualTo(-1);
        assertThat(CodePoints.withoutBrokenEnds(text.substring(1) + "x\uD83E")).isEqualTo(" Azizx");
    }
}
