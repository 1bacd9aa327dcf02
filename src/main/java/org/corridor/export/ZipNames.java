package org.corridor.export;

/**
 * Entry names in the zips Corridor writes and reads: relative, forward slashes, no "..", so that no
 * name can point outside the folder a tool unpacks into.
 */
public final class ZipNames {

    private ZipNames() {
    }

    /** Returns {@code name} when it is safe, else throws. */
    public static String check(String name) {
        if (!isSafe(name)) {
            throw new IllegalArgumentException("unsafe name in zip: " + name);
        }
        return name;
    }

    public static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0
                || name.indexOf(':') >= 0 || name.indexOf('\0') >= 0) {
            return false;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals("..") || part.equals(".")) {
                return false;
            }
        }
        return true;
    }
}
