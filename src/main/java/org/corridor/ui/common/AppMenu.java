package org.corridor.ui.common;

/** The menus of the menu bar, in their order. */
public enum AppMenu {
    FILE("_File"), EDIT("_Edit"), VIEW("_View"), HELP("_Help");

    private final String label;

    AppMenu(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
