package org.corridor.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns a file's bytes into text, or explains in plain words why it cannot.
 * UTF-8 (with or without a byte-order mark) and UTF-16 with a mark are read as they are; UTF-16 without a
 * mark is recognised by its NUL bytes, which plain ASCII letters leave at every other position; other text that is not valid UTF-8 is read as Windows-1252, the usual encoding of old
 * Western news files, with a warning; binary files are refused.
 */
public final class TextDecoder {

    /**
     * Bigger files are almost never a single news article (8 MB is some 1.3 million words). Every command must
     * fit the app's 1 GB heap: measured on generated news text, an 8 MB article takes under 400 MB of heap to
     * annotate (the heaviest command, a mention per name), while 16 MB needed some 800 MB and 60 MB ran out.
     */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;

    private TextDecoder() {
    }

    /** The decoded text and, when the bytes were not clean UTF-8, a warning for the load report. */
    public record Decoded(String text, String warning) {
    }

    /**
     * Reads and decodes a file, refusing one over {@link #MAX_BYTES} before reading it: a file of gigabytes
     * would otherwise exhaust the heap before its size could be checked. At most {@code MAX_BYTES + 1} bytes are
     * ever read, so a file that grows after its size was taken is refused too.
     */
    public static Decoded read(Path file) throws IOException, UnreadableFileException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return decode(in.readNBytes(MAX_BYTES + 1));
        }
    }

    public static Decoded decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        if (hasUtf16Bom(bytes)) {
            return checked(new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", ""), null);
        }
        Charset utf16 = unmarkedUtf16(bytes);
        if (utf16 != null) {
            return checked(new String(bytes, utf16), null);
        }
        if (looksBinary(bytes)) {
            throw new UnreadableFileException("This is not a text file (it contains binary data).");
        }
        int skip = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return checked(strictUtf8(bytes, skip), null);
        } catch (CharacterCodingException e) {
            String text = new String(bytes, skip, bytes.length - skip, WINDOWS_1252);
            return checked(text, "Not valid UTF-8; read as Windows-1252 (Latin-1). Check accented letters.");
        }
    }

    private static UnreadableFileException tooLarge(long size) {
        return new UnreadableFileException(String.format(Locale.ROOT,
                "The file is too large (%,d MB); articles over %d MB are not loaded.",
                size / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
    }

    private static Decoded checked(String text, String warning) throws UnreadableFileException {
        if (text.isBlank()) {
            throw new UnreadableFileException("The file is empty.");
        }
        return new Decoded(text, warning);
    }

    private static String strictUtf8(byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)
                || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
    }

    /**
     * UTF-16LE or UTF-16BE when, in the first 64 KB, at least a third of the byte pairs have a NUL on one side (the
     * high byte of a Latin letter, digit or space) and almost none on the other, and the text read that way is not
     * full of control characters; null otherwise. Binary data has its NULs on both sides, or decodes to controls.
     */
    private static Charset unmarkedUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, SNIFF_BYTES) / 2;
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs; i++) {
            evenNuls += bytes[2 * i] == 0 ? 1 : 0;
            oddNuls += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        if (pairs == 0 || Math.min(evenNuls, oddNuls) * 50 > pairs) {
            return null;
        }
        Charset guess = oddNuls * 3 >= pairs ? StandardCharsets.UTF_16LE
                : evenNuls * 3 >= pairs ? StandardCharsets.UTF_16BE : null;
        if (guess == null) {
            return null;
        }
        String sample = new String(bytes, 0, pairs * 2, guess);
        long odd = sample.chars().filter(c -> c == 0xFFFD || (c < 0x20 && c != '\n' && c != '\r' && c != '\t'
                && c != '\f')).count();
        return odd * 50 > sample.length() ? null : guess;
    }

    /** A NUL byte, or many control characters, in the first 64 KB marks a binary file. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return n > 0 && controls * 50 > n;
    }
}
