package org.corridor.common;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two JSON mappers of the application: a pretty, stably ordered one for files the user owns
 * (small, meaningful diffs) and a compact one for the command line's JSON lines.
 */
public final class Json {

    private static final JsonMapper PRETTY = pretty(JsonFactory.builder().build()).build();
    private static final JsonMapper COMPACT = base(JsonFactory.builder().build()).build();

    private Json() {
    }

    /** The pretty mapper's settings on a factory of the caller's, e.g. one with its own reading limits. */
    public static JsonMapper.Builder pretty(JsonFactory factory) {
        return base(factory)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
    }

    private static JsonMapper.Builder base(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** For files in the workspace and settings: indented, keys sorted. */
    public static JsonMapper pretty() {
        return PRETTY;
    }

    /** For JSON lines on standard output. */
    public static JsonMapper compact() {
        return COMPACT;
    }
}
