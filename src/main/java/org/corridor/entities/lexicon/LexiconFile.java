package org.corridor.entities.lexicon;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** The bundled lexicon's JSON document (see {@code docs/lexicon-format.md}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record LexiconFile(int schemaVersion, List<LexiconEntry> entities, Map<String, String> demonyms,
                          List<String> titles, List<String> orgHeads) {

    public LexiconFile {
        entities = entities == null ? List.of() : List.copyOf(entities);
        demonyms = demonyms == null ? Map.of() : Map.copyOf(demonyms);
        titles = titles == null ? List.of() : List.copyOf(titles);
        orgHeads = orgHeads == null ? List.of() : List.copyOf(orgHeads);
    }
}
