package org.corridor.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.corridor.common.Plural;
import org.corridor.common.ProgressListener;
import org.corridor.export.ImportReport;
import org.corridor.export.WorkspaceImporter;
import org.corridor.ui.common.Background;

/**
 * File ▸ Import notes…: reads and merges the chosen files in the background with progress, adds the result to
 * the open notes as one undoable edit, and turns the outcome into the report the user reads: per file what came
 * in, and every item that could not be placed, with why.
 */
public final class ImportNotesViewModel {

    /** Reads and merges the files against the notes as they are (off the FX thread). */
    @FunctionalInterface
    public interface Preparer {
        WorkspaceImporter.Prepared prepare(List<Path> files, ProgressListener progress) throws Exception;
    }

    /** Adds what was prepared to the open notes (on the FX thread); null when done, else why it was refused. */
    @FunctionalInterface
    public interface Applier {
        String apply(WorkspaceImporter.Prepared prepared);
    }

    private final Background background;
    private final Preparer preparer;
    private final Applier applier;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ImportNotesViewModel(Background background, Preparer preparer, Applier applier) {
        this.background = background;
        this.preparer = preparer;
        this.applier = applier;
    }

    /** Imports the files; {@code onReport} gets the report text when done. */
    public void importFiles(List<Path> files, Consumer<String> onReport) {
        if (files.isEmpty()) {
            return;
        }
        background.runTracked("Importing notes", p -> preparer.prepare(files, p), prepared -> {
            String refused = prepared.changesNothing() ? null : applier.apply(prepared);
            if (refused != null) {
                message.set("Nothing was imported: " + refused);
                onReport.accept(message.get());
                return;
            }
            message.set(summary(prepared.outcomes()));
            onReport.accept(report(prepared.outcomes()));
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
        return "Imported " + Plural.of(imported, "annotation") + (unplaced > 0 ? "; " + unplaced + " could not be placed" : "")
                + (failed > 0 ? "; " + Plural.of(failed, "file") + " could not be read" : "");
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
