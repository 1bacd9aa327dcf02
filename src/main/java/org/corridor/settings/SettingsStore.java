package org.corridor.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.common.AtomicFiles;
import org.corridor.common.Json;
import tools.jackson.core.JacksonException;

/** Reads and writes the settings file atomically; a damaged settings file falls back to defaults. */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return new Settings();
        }
        try {
            return Json.pretty().readValue(Files.readAllBytes(file), Settings.class);
        } catch (IOException | JacksonException e) {
            // Settings are a convenience, not the user's work: start from defaults rather than refuse to open.
            return new Settings();
        }
    }

    public void save(Settings settings) throws IOException {
        write(serialize(settings));
    }

    /** Serialising is separate from writing so the UI can snapshot on its thread and write on another. */
    public byte[] serialize(Settings settings) {
        return Json.pretty().writeValueAsBytes(settings);
    }

    public void write(byte[] json) throws IOException {
        AtomicFiles.write(file, json);
    }
}
