package org.corridor.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fingerprints are stored in notes (to find a renamed article again) and in the catalog, so they must never
 * change between versions; copies of a text that differ only in case, punctuation and spacing must share one.
 */
class FingerprintTest {

    @Test
    void reSavedCopiesOfATextShareAFingerprint() {
        assertThat(Fingerprint.of("Gwadar port, CPEC's crown jewel.\r\n\r\nIt opened in 2016."))
                .isEqualTo(Fingerprint.of("GWADAR PORT — CPEC’s crown jewel!\n It opened in 2016"));
        assertThat(Fingerprint.of("Gwadar port opened in 2016.")).isNotEqualTo(Fingerprint.of("Gwadar port opened in 2017."));
    }

    @Test
    void aKnownTextKeepsTheFingerprintEarlierVersionsStored() {
        // computed by the first implementation (String.toLowerCase(Locale.ROOT) over the whole normalised text)
        assertThat(Fingerprint.of("CPEC 2.0 — İstanbul's ΣΟΦΙΑ, café; Gwadar\r\n port’s 5 Es!"))
                .isEqualTo("b42152d7f4d006e32fadbb81");
        assertThat(Fingerprint.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8");
    }

    @Test
    void normalisingMatchesLowerCasingTheWholeTextForAnyCharacters() {
        String alphabet = "aZ09 .,;—’'\"\r\n\tİıΣσςÉéßẞﬁ\uD83D\uDE00\u0300ÅÆØÐ一二";
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Fingerprint.normalise(text)).as(text.toString()).isEqualTo(reference(text));
        }
    }

    /** The definition: letters and digits kept, other runs one space, then the whole lower-cased. */
    private static String reference(CharSequence text) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
