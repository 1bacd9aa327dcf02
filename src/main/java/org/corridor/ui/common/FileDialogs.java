package org.corridor.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The system's file and folder choosers, behind one seam: the window asks here, and a headless test, where no
 * native chooser exists, answers in the user's place.
 */
public interface FileDialogs {

    /** The system choosers. */
    FileDialogs NATIVE = new NativeFileDialogs();

    /** The files the user picked; empty when the chooser was cancelled. */
    List<Path> chooseFiles(Window owner, String title, List<FileChooser.ExtensionFilter> filters);

    /** The folder the user picked, starting at {@code initial} when it is a folder (it may be null). */
    Optional<Path> chooseFolder(Window owner, String title, Path initial);
}
