package org.corridor.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Light and dark themes: AtlantaFX's Primer themes as the base, one palette of looked-up colours per theme,
 * and one structure sheet shared by both.
 */
public final class Themes {

    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private static final String STRUCTURE = css("corridor.css");
    private static final String LIGHT_PALETTE = css("palette-light.css");
    private static final String DARK_PALETTE = css("palette-dark.css");

    private Themes() {
    }

    public static void apply(Scene scene, String theme) {
        boolean dark = DARK.equals(theme);
        Application.setUserAgentStylesheet(dark
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(dark ? DARK_PALETTE : LIGHT_PALETTE, STRUCTURE);
    }

    private static String css(String name) {
        return Themes.class.getResource("/org/corridor/css/" + name).toExternalForm();
    }
}
