package org.corridor.ui.shell;

import java.nio.file.Path;
import org.corridor.entities.Recogniser;
import org.corridor.entities.WorkspaceLexicon;
import org.corridor.settings.Settings;
import org.corridor.settings.SettingsStore;
import org.corridor.ui.common.Background;
import org.corridor.ui.common.FileDialogs;

/**
 * The services the window is built from, made once by the composition root.
 *
 * @param initialCorpus the folder to open first
 * @param workspaceDir  where the user's notes for it live
 * @param recogniser    finds the entities of an article (with the workspace's corrections)
 * @param lexicon       the lexicon the recogniser uses: the one place corrections are made and read
 * @param windows       opens another window, for File ▸ Open workspace…
 * @param dialogs       the file and folder choosers
 */
public record ShellContext(Background background, CorpusSession session, Settings settings,
                           SettingsStore settingsStore, Path initialCorpus, Path workspaceDir,
                           Recogniser recogniser, WorkspaceLexicon lexicon, WindowOpener windows,
                           FileDialogs dialogs) {
}
