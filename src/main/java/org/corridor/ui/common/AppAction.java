package org.corridor.ui.common;

import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * Every user action of the window, with its label, icon, shortcut and menu, so that menus, toolbar buttons,
 * tooltips and shortcuts are built from one list and never disagree.
 */
public enum AppAction {
    OPEN_CORPUS("Open corpus folder…", MaterialDesignF.FOLDER_OPEN_OUTLINE, "Shortcut+O", AppMenu.FILE, true),
    RELOAD("Reload corpus", MaterialDesignR.RELOAD, "F5", AppMenu.FILE, true),
    LOAD_REPORT("Load report…", MaterialDesignF.FILE_ALERT_OUTLINE, null, AppMenu.FILE, false),
    EXPORT_NOTES("Export notes…", MaterialDesignE.EXPORT, "Shortcut+Shift+E", AppMenu.FILE, false),
    IMPORT_NOTES("Import notes…", MaterialDesignI.IMPORT, null, AppMenu.FILE, false),
    QUIT("Quit", MaterialDesignE.EXIT_TO_APP, "Shortcut+Q", AppMenu.FILE, false),
    FONT_LARGER("Larger text", MaterialDesignF.FORMAT_FONT_SIZE_INCREASE, "Shortcut+EQUALS", AppMenu.VIEW, true),
    FONT_SMALLER("Smaller text", MaterialDesignF.FORMAT_FONT_SIZE_DECREASE, "Shortcut+MINUS", AppMenu.VIEW, true),
    FONT_RESET("Default text size", MaterialDesignF.FORMAT_SIZE, "Shortcut+DIGIT0", AppMenu.VIEW, false),
    TOGGLE_THEME("Dark theme", MaterialDesignT.THEME_LIGHT_DARK, "Shortcut+Shift+T", AppMenu.VIEW, true),
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
