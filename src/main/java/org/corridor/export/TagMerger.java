package org.corridor.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.notes.Codebook;
import org.corridor.notes.Tag;
import org.corridor.notes.TagPalette;

/**
 * Maps the tags of an imported file onto the codebook: a tag with the same id, else the same name under the
 * same parent (ignoring case), else a new tag with the file's colour or the next free palette colour.
 */
final class TagMerger {

    private final Map<String, String> idByKey = new HashMap<>();
    private final List<Tag> created = new ArrayList<>();
    private Codebook codebook;

    TagMerger(Codebook codebook) {
        this.codebook = codebook;
    }

    /** The codebook tag id for each of {@code keys}, creating what is missing (parents first). */
    List<String> tagIds(List<String> keys, Map<String, ImportBatch.Tag> tags) {
        List<String> ids = new ArrayList<>();
        for (String key : keys) {
            ids.add(tagId(key, tags, new HashSet<>()));
        }
        return ids.stream().distinct().toList();
    }

    List<Tag> created() {
        return List.copyOf(created);
    }

    private String tagId(String key, Map<String, ImportBatch.Tag> tags, Set<String> visiting) {
        String known = idByKey.get(key);
        if (known != null) {
            return known;
        }
        ImportBatch.Tag wanted = tags.getOrDefault(key, new ImportBatch.Tag(key, key, null, null, ""));
        String parentId = wanted.parentKey() != null && tags.containsKey(wanted.parentKey()) && visiting.add(key)
                ? tagId(wanted.parentKey(), tags, visiting) : null;
        Tag tag = existing(wanted, parentId).orElseGet(() -> create(wanted, parentId));
        idByKey.put(key, tag.id());
        return tag.id();
    }

    private Optional<Tag> existing(ImportBatch.Tag wanted, String parentId) {
        if (Guids.isGuid(wanted.key())) {
            Optional<Tag> same = codebook.find(Guids.of(stripBraces(wanted.key())));
            if (same.isPresent()) {
                return same;
            }
        }
        String name = name(wanted).toLowerCase(Locale.ROOT);
        return codebook.children(parentId).stream().filter(t -> t.name().toLowerCase(Locale.ROOT).equals(name)).findFirst();
    }

    private Tag create(ImportBatch.Tag wanted, String parentId) {
        String id = Guids.isGuid(wanted.key()) ? stripBraces(wanted.key()).toLowerCase(Locale.ROOT) : UUID.randomUUID().toString();
        if (codebook.find(id).isPresent()) {
            id = UUID.randomUUID().toString();
        }
        String colour = wanted.color() != null && TagPalette.isColor(wanted.color()) ? wanted.color().toLowerCase(Locale.ROOT)
                : TagPalette.next(codebook);
        Tag tag = new Tag(id, name(wanted), parentId, colour, wanted.description() == null ? "" : wanted.description());
        List<Tag> tags = new ArrayList<>(codebook.tags());
        tags.add(tag);
        codebook = new Codebook(tags);
        created.add(tag);
        return tag;
    }

    private static String name(ImportBatch.Tag tag) {
        return tag.name() == null || tag.name().isBlank() ? "(unnamed)" : tag.name().strip();
    }

    private static String stripBraces(String guid) {
        return guid.startsWith("{") ? guid.substring(1, guid.length() - 1) : guid;
    }
}
