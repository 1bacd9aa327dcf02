package org.corridor.export;

import java.util.Locale;
import java.util.Optional;
import org.corridor.notes.Codebook;
import org.corridor.notes.Tag;

/** Finds a tag the way a user names it on the command line: by id, by "Parent/Child" path, or by name, any case. */
public final class TagLookup {

    private TagLookup() {
    }

    /** The tag, or empty when none fits; a bare name shared by several tags is ambiguous and fits none. */
    public static Optional<Tag> find(Codebook codebook, String wanted) {
        Optional<Tag> byId = codebook.find(wanted);
        if (byId.isPresent()) {
            return byId;
        }
        String w = wanted.strip().toLowerCase(Locale.ROOT);
        Optional<Tag> byPath = codebook.tags().stream()
                .filter(t -> codebook.path(t.id()).toLowerCase(Locale.ROOT).equals(w)).findFirst();
        if (byPath.isPresent()) {
            return byPath;
        }
        var byName = codebook.tags().stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(w)).toList();
        return byName.size() == 1 ? Optional.of(byName.get(0)) : Optional.empty();
    }
}
