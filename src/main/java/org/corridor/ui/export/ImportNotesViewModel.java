package org.corridor.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.corridor.common.ProgressListener;
import org.corridor.export.ImportReport;
import org.corridor.export.WorkspaceImporter;
import org.corridor.ui.common.Background;

/**
 * File ▸ Import notes…: imports the chosen files in the background with progress and turns the outcome into
 * the report the user reads: per file what came in, and every item that could not be placed, with why.
 */
public final class ImportNotesViewModel {

    /** Runs the import; the window's notes when they are open, else the workspace on disk. */
    @FunctionalInterface
    public interface Import {
        List<WorkspaceImporter.FileOutcome> run(List<Path> files, ProgressListener progress) throws Exception;
    }

    private final Background background;
    private final Import importer;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ImportNotesViewModel(Background background, Import importer) {
        this.background = background;
        this.importer = importer;
    }

    /** Imports the files; {@code onReport} gets the report text when done. */
    public void importFiles(List<Path> files, Consumer<String> onReport) {
        if (files.isEmpty()) {
            return;
        }
        background.runTracked("Importing notes", p -> importer.run(files, p), outcomes -> {
            message.set(summary(outcomes));
            onReport.accept(report(outcomes));
        }, failure -> {
            message.set("Import failed, nothing was changed: " + failure.getMessage());
            onReport.accept(message.get());
        });
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    static String summary(List<WorkspaceImporter.FileOutcome> outcomes) {
        int imported = outcomes.stream().filter(o -> !o.failed()).mapToInt(o -> o.report().imported()).sum();
        int unplaced = outcomes.stream().filter(o -> !o.failed()).mapToInt(o -> o.report().unplaced().size()).sum();
        long failed = outcomes.stream().filter(WorkspaceImporter.FileOutcome::failed).count();
        return "Imported " + imported + " annotations" + (unplaced > 0 ? "; " + unplaced + " could not be placed" : "")
                + (failed > 0 ? "; " + failed + " file(s) could not be read" : "");
    }

    static String report(List<WorkspaceImporter.FileOutcome> outcomes) {
        StringBuilder text = new StringBuilder(summary(outcomes)).append(".\n");
        for (WorkspaceImporter.FileOutcome o : outcomes) {
            text.append('\n').append(o.file().getFileName()).append(": ");
            if (o.failed()) {
                text.append("not read: ").append(o.error()).append('\n');
                continue;
            }
            ImportReport r = o.report();
            text.append(r.imported()).append(" imported, ").append(r.duplicates()).append(" already there, ")
                    .append(r.unplaced().size()).append(" not placed");
            if (!r.tagsCreated().isEmpty()) {
                text.append("; new tags: ").append(String.join(", ", r.tagsCreated()));
            }
            text.append('\n');
            for (ImportReport.Unplaced u : r.unplaced()) {
                text.append("  • “").append(u.item()).append("”: ").append(u.reason()).append('\n');
            }
        }
        return text.toString();
    }
}
