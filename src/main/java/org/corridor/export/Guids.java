package org.corridor.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * GUIDs for formats that require them (REFI-QDA, Web Annotation's urn:uuid ids). Corridor's own ids are
 * UUIDs already; anything else gets a name-based UUID, so the same object always gets the same GUID and
 * exports of the same notes are identical.
 */
public final class Guids {

    private Guids() {
    }

    /** {@code id} itself when it is a UUID, else a UUID derived from it. */
    public static String of(String id) {
        try {
            return UUID.fromString(id).toString();
        } catch (IllegalArgumentException notAUuid) {
            return derived(id);
        }
    }

    /** A UUID derived from the parts, for things Corridor has no id for (a source, a coding). */
    public static String derived(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** True for a UUID in canonical or braced form, as REFI-QDA's GUIDType allows. */
    public static boolean isGuid(String value) {
        return value != null && value.matches(
                "\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}?");
    }
}
