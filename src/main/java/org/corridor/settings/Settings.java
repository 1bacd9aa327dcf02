package org.corridor.settings;

import java.util.ArrayList;
import java.util.List;

/**
 * What the window remembers between runs. A plain bean so that Jackson can read files written by older and
 * newer versions alike (unknown fields are ignored, missing ones keep these defaults).
 */
public final class Settings {

    public static final double DEFAULT_FONT_SIZE = 16;
    public static final double MIN_FONT_SIZE = 10;
    public static final double MAX_FONT_SIZE = 32;

    public int schemaVersion = 1;
    public Double windowX;
    public Double windowY;
    public double windowWidth = 1400;
    public double windowHeight = 860;
    public boolean maximized;
    public List<Double> dividers = new ArrayList<>(List.of(0.27, 0.70));
    public double fontSize = DEFAULT_FONT_SIZE;
    public String theme = "light";
    /** The export dialog's last choices, so that the next export starts where the user left off. */
    public String exportFormat = "md";
    public String exportScope = "ALL";
    public boolean exportGroupByTag;
    public boolean exportFrontMatter = true;
    public boolean exportRowPerTag;
    public boolean exportByteOrderMark;
    public boolean exportOnePerAnnotation;
    public String exportFolder;
    /** The corpus folder and workspace the window last had open: what it opens next when started without either. */
    public String lastCorpus;
    public String lastWorkspace;
    /** The id of the article last open in the reader: shown again when the same corpus is opened next. */
    public String lastArticle;

    public static double clampFontSize(double size) {
        return Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, size));
    }
}
