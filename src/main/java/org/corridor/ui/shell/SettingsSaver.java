package org.corridor.ui.shell;

import java.io.IOException;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.corridor.settings.Settings;
import org.corridor.settings.SettingsStore;
import org.corridor.ui.common.Background;

/**
 * Saves settings half a second after the last change (dragging a divider changes it hundreds of times),
 * off the FX thread, and once more synchronously when the window closes.
 */
final class SettingsSaver {

    private final SettingsStore store;
    private final Settings settings;
    private final Background background;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(500));

    SettingsSaver(SettingsStore store, Settings settings, Background background) {
        this.store = store;
        this.settings = settings;
        this.background = background;
        debounce.setOnFinished(e -> saveInBackground());
    }

    void changed() {
        debounce.playFromStart();
    }

    private void saveInBackground() {
        byte[] snapshot = store.serialize(settings);
        background.run(p -> {
            write(snapshot);
            return null;
        }, ok -> { }, error -> { });
    }

    private synchronized void write(byte[] snapshot) throws IOException {
        store.write(snapshot);
    }

    void flush() {
        debounce.stop();
        try {
            write(store.serialize(settings));
        } catch (IOException e) {
            // Losing the window size is harmless; the user's notes are saved elsewhere, with full care.
        }
    }
}
