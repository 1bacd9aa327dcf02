package org.corridor.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.corridor.common.CancelledException;
import org.corridor.common.Plural;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Corpus;
import org.corridor.export.ArticleNotes;
import org.corridor.export.ArticleTexts;
import org.corridor.export.ExportJob;
import org.corridor.export.ExportOptions;
import org.corridor.export.ExportRunner;
import org.corridor.export.ExportScope;
import org.corridor.export.Exporters;
import org.corridor.export.NotesExporter;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;
import org.corridor.ui.common.Background;

/**
 * What the export dialog decides: the format, scope and options the user chose (starting from the last ones),
 * a preview of the first lines for text formats, and the export itself, run in the background with progress.
 */
public final class ExportViewModel {

    /** How many articles the preview is made from, so that it stays instant on a large workspace. */
    static final int PREVIEW_ARTICLES = 3;
    static final int PREVIEW_LINES = 40;

    private final Background background;
    private final Exporters exporters;
    private final ExportContext context;
    private final ExportChoices choices;
    private final Clock clock;
    private final ObjectProperty<NotesExporter> format = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportScopeKind> scopeKind = new SimpleObjectProperty<>(ExportScopeKind.ALL);
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObservableList<Tag> chosenTags = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty groupByTag = new SimpleBooleanProperty();
    private final BooleanProperty frontMatter = new SimpleBooleanProperty(true);
    private final BooleanProperty rowPerTag = new SimpleBooleanProperty();
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty();
    private final BooleanProperty onePerAnnotation = new SimpleBooleanProperty();
    /** Not remembered between exports: each one starts formula-safe. */
    private final BooleanProperty csvRaw = new SimpleBooleanProperty();
    private final StringProperty title = new SimpleStringProperty(ExportOptions.DEFAULT_TITLE);
    private final ObjectProperty<Path> destination = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper succeeded = new ReadOnlyBooleanWrapper(false);
    private NotesSnapshot notes = NotesSnapshot.empty();

    public ExportViewModel(Background background, Exporters exporters, ExportContext context, ExportChoices choices,
                           Clock clock) {
        this.background = background;
        this.exporters = exporters;
        this.context = context;
        this.choices = choices;
        this.clock = clock;
        choices.restore(this);
        if (format.get() == null) {
            format.set(exporters.all().get(0));
        }
        Observable[] choicesOfContent = {format, scopeKind, chosenTags, from, to, groupByTag, frontMatter, rowPerTag,
                byteOrderMark, csvRaw, onePerAnnotation, title};
        for (Observable choice : choicesOfContent) {
            choice.addListener(o -> {
                forgetLastOutcome();
                refreshPreview();
            });
        }
        format.addListener(o -> followFormatExtension());
        onePerAnnotation.addListener(o -> followFormatExtension());
        destination.addListener(o -> forgetLastOutcome());
    }

    /** "Exported …" speaks of the last export; once a choice changes it would describe a file this one is not. */
    private void forgetLastOutcome() {
        if (!busy.get()) {
            message.set("");
        }
    }

    /**
     * Gives the destination the chosen format's extension, so that an export in another format goes to a file of
     * its own instead of replacing the last export ("notes.md" becomes "notes.html").
     */
    private void followFormatExtension() {
        Path target = destination.get();
        if (target == null || target.getFileName() == null || format.get() == null) {
            return;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        destination.set(target.resolveSibling(base + "." + format.get().fileExtension(options())));
    }

    /** Reads the workspace's notes (read-only) in the background, then fills the tag list and the preview. */
    public void load() {
        busy.set(true);
        background.run(p -> context.notes().load(), loaded -> {
            busy.set(false);
            notes = loaded;
            tags.setAll(loaded.codebook().treeOrder());
            chosenTags.removeIf(t -> loaded.codebook().find(t.id()).isEmpty());
            refreshPreview();
        }, failure -> {
            busy.set(false);
            message.set("Cannot read the notes: " + failure.getMessage());
        });
    }

    /** The first lines of the export, for text formats, made from the first few articles in scope. */
    private void refreshPreview() {
        NotesExporter exporter = format.get();
        if (exporter == null || !exporter.isText() || (exporter.id().equals("webanno") && onePerAnnotation.get())) {
            preview.set("(no preview for this format)");
            return;
        }
        background.run(p -> {
            ExportJob job = job(p);
            ExportJob head = new ExportJob(job.codebook(), job.articles().subList(0, Math.min(PREVIEW_ARTICLES,
                    job.articles().size())), job.texts(), job.options(), job.exportedAt(), job.scopeLabel());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            exporter.write(head, out, p);
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines().limit(PREVIEW_LINES).toList();
            return String.join("\n", lines);
        }, preview::set, failure -> preview.set(failure.getMessage()));
    }

    /** Writes the export to the destination in the background with progress; remembers the choices. */
    public void export() {
        Path target = destination.get();
        if (target == null) {
            message.set("Choose where to save the export.");
            return;
        }
        NotesExporter exporter = format.get();
        choices.remember(this);
        busy.set(true);
        succeeded.set(false);
        message.set("Exporting…");
        background.runTracked("Exporting notes", p -> {
            ExportJob job = job(p);
            ExportRunner.run(exporter, job, target, p);
            return job;
        }, job -> {
            busy.set(false);
            succeeded.set(true);
            message.set("Exported " + Plural.of(job.annotationCount(), "annotation") + " from "
                    + Plural.of(job.articles().size(), "article") + " to " + target);
        }, failure -> {
            busy.set(false);
            message.set(failure instanceof CancelledException ? "Export cancelled; nothing was written."
                    : "Export failed, nothing was written: " + failure.getMessage());
        });
    }

    /** A file name for the chosen format, e.g. "corridor-notes.qdpx". */
    public String suggestedFileName() {
        return "corridor-notes." + format.get().fileExtension(options());
    }

    ExportJob job(ProgressListener progress) throws IOException {
        Corpus corpus = context.corpus();
        ExportScope scope = scope();
        List<ArticleNotes> articles = Exporters.isArticleTable(format.get().id()) ? scope.selectArticles(notes, corpus)
                : scope.selectNotes(notes, corpus);
        return new ExportJob(notes.codebook(), articles, ArticleTexts.of(corpus), options(),
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS), scope.label(notes.codebook()));
    }

    ExportScope scope() {
        return switch (scopeKind.get()) {
            case ALL -> ExportScope.all();
            case OPEN_ARTICLE -> new ExportScope(context.openArticleId() == null ? Set.of("(no article is open)")
                    : Set.of(context.openArticleId()), Set.of(), null, null);
            case SELECTED -> new ExportScope(context.selectedArticleIds().isEmpty() ? Set.of("(no article is selected)")
                    : Set.copyOf(context.selectedArticleIds()), Set.of(), null, null);
            case TAGS -> new ExportScope(Set.of(), chosenTags.stream().map(Tag::id).collect(Collectors.toSet()),
                    null, null);
            case DATES -> new ExportScope(Set.of(), Set.of(), from.get(), to.get());
        };
    }

    ExportOptions options() {
        return new ExportOptions(groupByTag.get(), frontMatter.get(), rowPerTag.get(), byteOrderMark.get(),
                onePerAnnotation.get(), title.get(), csvRaw.get());
    }

    public List<NotesExporter> formats() {
        return exporters.all();
    }

    public ObjectProperty<NotesExporter> formatProperty() { return format; }
    public ObjectProperty<ExportScopeKind> scopeKindProperty() { return scopeKind; }
    public ObservableList<Tag> tags() { return tags; }
    public ObservableList<Tag> chosenTags() { return chosenTags; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public BooleanProperty groupByTagProperty() { return groupByTag; }
    public BooleanProperty frontMatterProperty() { return frontMatter; }
    public BooleanProperty rowPerTagProperty() { return rowPerTag; }
    public BooleanProperty byteOrderMarkProperty() { return byteOrderMark; }
    public BooleanProperty onePerAnnotationProperty() { return onePerAnnotation; }
    public BooleanProperty csvRawProperty() { return csvRaw; }
    public StringProperty titleProperty() { return title; }
    public ObjectProperty<Path> destinationProperty() { return destination; }
    public ReadOnlyStringProperty previewProperty() { return preview.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty succeededProperty() { return succeeded.getReadOnlyProperty(); }
    public ExportContext context() { return context; }
}
