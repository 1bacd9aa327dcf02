package org.corridor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.CodebookEdits;
import org.corridor.notes.NotesFile;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.NotesStore;
import org.corridor.notes.Tag;
import org.corridor.notes.TextAnchor;

/**
 * How long one autosave takes with 10,000 annotations (serialise, write a temporary file, fsync, atomic move):
 * the pause between an edit and its being safe on disk. Run by the {@code bench} profile, not by unit tests.
 * Arguments: [annotations] [rounds].
 */
public final class NotesAutosaveBench {

    private NotesAutosaveBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path workspace = Files.createTempDirectory("corridor-autosave-bench");
        Files.write(workspace.resolve(NotesFile.NAME), NotesFile.write(snapshot(count)));
        long[] save = new long[rounds];
        long[] serialise = new long[rounds];
        try (NotesStore store = NotesStore.open(workspace, Clock.systemDefaultZone())) {
            var history = new org.corridor.notes.UndoHistory(store.notebook());
            var edits = new org.corridor.notes.AnnotationEdits(Clock.systemDefaultZone());
            String id = store.notebook().snapshot().annotations().get(count / 2).id();
            for (int warm = 0; warm < 10; warm++) {
                history.perform(edits.editNote(store.notebook().snapshot(), id, "warm-up " + warm));
                store.save();
            }
            for (int r = 0; r < rounds; r++) {
                history.perform(edits.editNote(store.notebook().snapshot(), id, "round " + r));
                history.endBurst();
                long t0 = System.nanoTime();
                NotesFile.write(store.notebook().snapshot());
                long t1 = System.nanoTime();
                history.perform(edits.editNote(store.notebook().snapshot(), id, "round " + r + "."));
                long t2 = System.nanoTime();
                store.save();
                long t3 = System.nanoTime();
                serialise[r] = t1 - t0;
                save[r] = t3 - t2;
            }
        }
        long size = Files.size(workspace.resolve(NotesFile.NAME));
        System.out.printf("autosave bench: %d annotations, file %.1f MB, %d rounds%n", count, size / 1e6, rounds);
        System.out.printf("  serialise only:        median %6.1f ms, p95 %6.1f ms%n", ms(serialise, 50), ms(serialise, 95));
        System.out.printf("  whole save (+fsync):   median %6.1f ms, p95 %6.1f ms, max %6.1f ms%n",
                ms(save, 50), ms(save, 95), ms(save, 100));
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int i = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    /** Realistic notes: 500 articles, passages of a sentence or two, a note on most, one to three tags. */
    private static NotesSnapshot snapshot(int count) {
        Codebook codebook = Codebook.EMPTY;
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Tag t = CodebookEdits.newTag(codebook, "Tag " + i, i < 8 ? null : tags.get(i % 8).id());
            tags.add(t);
            codebook = new Codebook(tags);
        }
        String sentence = "The corridor's second phase turns to industry, agriculture and special economic zones, "
                + "officials said on Tuesday. ";
        String text = sentence.repeat(40);
        OffsetDateTime now = OffsetDateTime.now();
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int start = (i * 37) % (text.length() - 300);
            int end = start + 60 + i % 200;
            List<String> tagIds = new ArrayList<>();
            for (int k = 0; k <= i % 3; k++) {
                tagIds.add(tags.get((i + k * 7) % tags.size()).id());
            }
            String note = i % 4 == 0 ? "" : "Compare with the March statement; the wording about zones changed. "
                    .repeat(1 + i % 3);
            annotations.add(new Annotation(UUID.randomUUID().toString(), "articles/article-" + (i % 500),
                    "Article " + (i % 500), "/corpus/articles/article-" + (i % 500) + ".txt", "fp" + (i % 500),
                    tagIds, note, now, now, TextAnchor.of(text, start, end)));
        }
        return new NotesSnapshot(NotesSnapshot.CURRENT_SCHEMA, codebook, annotations);
    }
}
