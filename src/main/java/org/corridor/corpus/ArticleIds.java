package org.corridor.corpus;

import java.nio.file.Path;

/**
 * Article ids are the file's path inside the corpus folder, without its extension, with '/' separators:
 * readable in exported notes, and unchanged when the whole corpus folder moves. A renamed file gets a new
 * id; notes find it again through the body's fingerprint (see docs/architecture.md).
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String of(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        int dot = relative.lastIndexOf('.');
        int slash = relative.lastIndexOf('/');
        return dot > slash + 1 ? relative.substring(0, dot) : relative;
    }
}
