package org.corridor.settings;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * Where Corridor keeps its settings and workspaces: the operating system's conventional per-user folders
 * (XDG on Linux, Application Support on macOS, AppData on Windows), or everything under {@code CORRIDOR_HOME}
 * when that variable is set, which is also how tests keep away from the real home directory.
 */
public final class AppDirs {

    private final Path config;
    private final Path data;

    public AppDirs(Path config, Path data) {
        this.config = config;
        this.data = data;
    }

    /** Resolves the folders from the environment and system properties of this process. */
    public static AppDirs fromEnvironment() {
        return from(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static AppDirs from(Map<String, String> env, String osName, String home) {
        String corridorHome = env.get("CORRIDOR_HOME");
        if (corridorHome != null && !corridorHome.isBlank()) {
            Path root = Path.of(corridorHome);
            return new AppDirs(root.resolve("config"), root.resolve("data"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path userHome = Path.of(home);
        if (os.contains("win")) {
            Path appData = Path.of(env.getOrDefault("APPDATA", userHome.resolve("AppData/Roaming").toString()));
            return new AppDirs(appData.resolve("Corridor"), appData.resolve("Corridor"));
        }
        if (os.contains("mac")) {
            Path support = userHome.resolve("Library/Application Support/Corridor");
            return new AppDirs(support, support);
        }
        Path xdgConfig = pathOr(env.get("XDG_CONFIG_HOME"), userHome.resolve(".config"));
        Path xdgData = pathOr(env.get("XDG_DATA_HOME"), userHome.resolve(".local/share"));
        return new AppDirs(xdgConfig.resolve("corridor"), xdgData.resolve("corridor"));
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    public Path configDir() {
        return config;
    }

    public Path dataDir() {
        return data;
    }

    public Path settingsFile() {
        return config.resolve("settings.json");
    }

    /** The default workspace of a corpus: one folder per corpus, named after it and its location. */
    public Path defaultWorkspace(Path corpusRoot) {
        Path abs = corpusRoot.toAbsolutePath().normalize();
        String name = abs.getFileName() == null ? "corpus" : abs.getFileName().toString();
        String hash = HexFormat.of().toHexDigits(abs.toString().hashCode());
        return data.resolve("workspaces").resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + hash);
    }
}
