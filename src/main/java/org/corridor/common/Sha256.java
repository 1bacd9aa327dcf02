package org.corridor.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 content hashes, shortened to as many bytes as a use needs, in lower-case hex. */
public final class Sha256 {

    private Sha256() {
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The first {@code bytes} bytes of the digest in hex. */
    public static String hex(MessageDigest digest, int bytes) {
        return HexFormat.of().formatHex(digest.digest(), 0, bytes);
    }

    public static String hex(byte[] data, int bytes) {
        MessageDigest d = digest();
        d.update(data);
        return hex(d, bytes);
    }

    public static String hex(String text, int bytes) {
        return hex(text.getBytes(StandardCharsets.UTF_8), bytes);
    }
}
