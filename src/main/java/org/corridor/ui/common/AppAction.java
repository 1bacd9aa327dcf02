package org.corridor.ui.common;

import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * Every user action of the window, with its label, icon, shortcut and menu, so that menus, toolbar buttons,
 * tooltips and shortcuts are built from one list and never disagree.
 */
public enum AppAction {
    OPEN_CORPUS("Open corpus folder…", MaterialDesignF.FOLDER_OPEN_OUTLINE, "Shortcut+O", AppMenu.FILE, true),
    RELOAD("Reload corpus", MaterialDesignR.RELOAD, "F5", AppMenu.FILE, true),
    IMPORT_FILES("Import files…", MaterialDesignF.FILE_IMPORT_OUTLINE, "Shortcut+I", AppMenu.FILE, true),
    IMPORT_FOLDER("Import folder…", MaterialDesignF.FOLDER_DOWNLOAD_OUTLINE, null, AppMenu.FILE, false),
    LOAD_REPORT("Load report…", MaterialDesignF.FILE_ALERT_OUTLINE, null, AppMenu.FILE, false),
    OPEN_WORKSPACE("Open workspace…", MaterialDesignF.FOLDER_ACCOUNT_OUTLINE, null, AppMenu.FILE, false),
    EXPORT_NOTES("Export notes…", MaterialDesignE.EXPORT, "Shortcut+Shift+E", AppMenu.FILE, false),
    IMPORT_NOTES("Import notes…", MaterialDesignI.IMPORT, null, AppMenu.FILE, false),
    CHECK_NOTES("Check or repair notes…", MaterialDesignF.FILE_CHECK_OUTLINE, null, AppMenu.FILE, false),
    QUIT("Quit", MaterialDesignE.EXIT_TO_APP, "Shortcut+Q", AppMenu.FILE, false),
    MARK_ENTITY("Mark selection as entity…", MaterialDesignT.TAG_PLUS_OUTLINE, "Shortcut+E", AppMenu.EDIT, false),
    ENTITY_CORRECTIONS("Recogniser corrections…", MaterialDesignP.PLAYLIST_EDIT, null, AppMenu.EDIT, false),
    UNDO("Undo", MaterialDesignU.UNDO, "Shortcut+Z", AppMenu.EDIT, true),
    REDO("Redo", MaterialDesignR.REDO, "Shortcut+Shift+Z", AppMenu.EDIT, true),
    TAG_SELECTION("Tag selection… (T)", MaterialDesignT.TAG_PLUS_OUTLINE, null, AppMenu.EDIT, true),
    NOTE_SELECTION("Note on selection (N)", MaterialDesignN.NOTE_PLUS_OUTLINE, null, AppMenu.EDIT, false),
    FIND("Search the corpus", MaterialDesignM.MAGNIFY, "Shortcut+F", AppMenu.VIEW, false),
    NEXT_HIT("Next search hit", MaterialDesignA.ARROW_DOWN_BOLD_OUTLINE, "F3", AppMenu.VIEW, false),
    PREVIOUS_HIT("Previous search hit", MaterialDesignA.ARROW_UP_BOLD_OUTLINE, "Shift+F3", AppMenu.VIEW, false),
    ALL_NOTES("All notes…", MaterialDesignN.NOTE_MULTIPLE_OUTLINE, "Shortcut+Shift+N", AppMenu.VIEW, false),
    FONT_LARGER("Larger text", MaterialDesignF.FORMAT_FONT_SIZE_INCREASE, "Shortcut+EQUALS", AppMenu.VIEW, true),
    FONT_SMALLER("Smaller text", MaterialDesignF.FORMAT_FONT_SIZE_DECREASE, "Shortcut+MINUS", AppMenu.VIEW, true),
    FONT_RESET("Default text size", MaterialDesignF.FORMAT_SIZE, "Shortcut+0", AppMenu.VIEW, false),
    TOGGLE_THEME("Dark theme", MaterialDesignT.THEME_LIGHT_DARK, "Shortcut+Shift+T", AppMenu.VIEW, true),
    COMPARE("Compare two articles", MaterialDesignC.COMPARE, "Shortcut+D", AppMenu.VIEW, true),
    NEXT_PAIR("Next aligned sentences", MaterialDesignC.CHEVRON_DOWN, "Alt+DOWN", AppMenu.VIEW, false),
    PREVIOUS_PAIR("Previous aligned sentences", MaterialDesignC.CHEVRON_UP, "Alt+UP", AppMenu.VIEW, false),
    SWITCH_TEXT("Switch between compared texts", MaterialDesignS.SWAP_HORIZONTAL, "F6", AppMenu.VIEW, false),
    ABOUT("About Corridor", MaterialDesignI.INFORMATION_OUTLINE, "F1", AppMenu.HELP, false);

    private final String label;
    private final Ikon icon;
    private final String accelerator;
    private final AppMenu menu;
    private final boolean inToolbar;

    AppAction(String label, Ikon icon, String accelerator, AppMenu menu, boolean inToolbar) {
        this.label = label;
        this.icon = icon;
        this.accelerator = accelerator;
        this.menu = menu;
        this.inToolbar = inToolbar;
    }

    public String label() {
        return label;
    }

    public Ikon icon() {
        return icon;
    }

    /** The shortcut, or null when the action has none. */
    public KeyCombination accelerator() {
        return accelerator == null ? null : KeyCombination.keyCombination(accelerator);
    }

    public AppMenu menu() {
        return menu;
    }

    public boolean inToolbar() {
        return inToolbar;
    }

    /** Label and shortcut, for tooltips. */
    public String tooltip() {
        KeyCombination k = accelerator();
        return k == null ? label : label + " (" + k.getDisplayText() + ")";
    }
}
