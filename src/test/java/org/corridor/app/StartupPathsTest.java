package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.settings.AppDirs;
import org.corridor.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which corpus and workspace a window opens with: arguments first, then what it had open last, then the seeds. */
class StartupPathsTest {

    @TempDir
    Path home;
    final Path cwd = Path.of("").toAbsolutePath();

    private AppDirs dirs() {
        return new AppDirs(home.resolve("config"), home.resolve("data"));
    }

    @Test
    void withNothingRememberedTheSeedsOpenInTheirDefaultWorkspace() throws Exception {
        StartupPaths paths = StartupPaths.resolve(dirs(), cwd, null, null, new Settings());

        assertThat(paths.corpus()).isEqualTo(cwd.resolve("seeds"));
        assertThat(paths.workspace()).isEqualTo(dirs().defaultWorkspace(paths.corpus()));
    }

    @Test
    void theLastCorpusAndWorkspaceComeBackWhileTheFolderExists() throws Exception {
        Path project = Files.createDirectories(home.resolve("project"));
        Settings remembered = new Settings();
        remembered.lastCorpus = project.toString();
        remembered.lastWorkspace = home.resolve("notes").toString();

        assertThat(StartupPaths.resolve(dirs(), cwd, null, null, remembered))
                .isEqualTo(new StartupPaths(project, home.resolve("notes")));

        Files.delete(project);
        assertThat(StartupPaths.resolve(dirs(), cwd, null, null, remembered).corpus()).isEqualTo(cwd.resolve("seeds"));
    }

    @Test
    void argumentsWinAndANamedCorpusGetsItsOwnWorkspace() throws Exception {
        Path project = Files.createDirectories(home.resolve("project"));
        Settings remembered = new Settings();
        remembered.lastCorpus = project.toString();
        remembered.lastWorkspace = home.resolve("notes").toString();

        StartupPaths seeds = StartupPaths.resolve(dirs(), cwd, "seeds", null, remembered);

        assertThat(seeds).isEqualTo(new StartupPaths(cwd.resolve("seeds"), dirs().defaultWorkspace(cwd.resolve("seeds"))));
        assertThat(StartupPaths.resolve(dirs(), cwd, null, "elsewhere", remembered).workspace())
                .isEqualTo(cwd.resolve("elsewhere"));
    }
}
