package org.corridor.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.settings.Settings;

/** Keeps the export dialog's last choices in the settings, so that the next export starts from them. */
public final class ExportChoices {

    private final Settings settings;
    private final Runnable changed;

    /** @param changed called after the settings changed, to save them */
    public ExportChoices(Settings settings, Runnable changed) {
        this.settings = settings;
        this.changed = changed;
    }

    void restore(ExportViewModel model) {
        model.formats().stream().filter(e -> e.id().equals(settings.exportFormat)).findFirst()
                .ifPresent(model.formatProperty()::set);
        try {
            model.scopeKindProperty().set(ExportScopeKind.valueOf(settings.exportScope));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            model.scopeKindProperty().set(ExportScopeKind.ALL);
        }
        model.groupByTagProperty().set(settings.exportGroupByTag);
        model.frontMatterProperty().set(settings.exportFrontMatter);
        model.rowPerTagProperty().set(settings.exportRowPerTag);
        model.byteOrderMarkProperty().set(settings.exportByteOrderMark);
        model.onePerAnnotationProperty().set(settings.exportOnePerAnnotation);
    }

    void remember(ExportViewModel model) {
        settings.exportFormat = model.formatProperty().get().id();
        settings.exportScope = model.scopeKindProperty().get().name();
        settings.exportGroupByTag = model.groupByTagProperty().get();
        settings.exportFrontMatter = model.frontMatterProperty().get();
        settings.exportRowPerTag = model.rowPerTagProperty().get();
        settings.exportByteOrderMark = model.byteOrderMarkProperty().get();
        settings.exportOnePerAnnotation = model.onePerAnnotationProperty().get();
        Path target = model.destinationProperty().get();
        if (target != null && target.toAbsolutePath().getParent() != null) {
            settings.exportFolder = target.toAbsolutePath().getParent().toString();
        }
        changed.run();
    }

    /** The folder the last export went to, when it still exists. */
    public Path lastFolder() {
        if (settings.exportFolder == null) {
            return null;
        }
        Path folder = Path.of(settings.exportFolder);
        return Files.isDirectory(folder) ? folder : null;
    }
}
