package org.corridor.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that saves notes in a loop at random moments (while starting, opening, writing, renaming)
 * and checks after each kill that the file parses and holds every note the child had confirmed as saved,
 * plus at most the one being saved when it died. {@code -Dcorridor.crash.kills=N} sets the number of kills
 * (the {@code bench} profile runs thousands).
 */
class CrashSafetyTest {

    private static final int KILLS = Integer.getInteger("corridor.crash.kills", 24);

    @TempDir
    Path workspace;

    @Test
    void killingTheSaverAtRandomMomentsNeverLosesOrCorruptsANote() throws Exception {
        Random random = new Random(Long.getLong("corridor.crash.seed", System.nanoTime()));
        int confirmed = 0;
        int midSave = 0;
        long started = System.nanoTime();
        Path acks = workspace.resolveSibling(workspace.getFileName() + "-acks.txt");
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashingSaver.class.getName(), workspace.toString(), acks.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (random.nextInt(5) == 0) {
                Thread.sleep(random.nextInt(400)); // anywhere from JVM start through opening to the first saves
            } else {
                waitForFirstSave(acks, confirmed, child);
                Thread.sleep(random.nextInt(120));
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            int acknowledged = Math.max(confirmed, lastAcknowledged(acks));
            Path file = workspace.resolve(NotesFile.NAME);
            if (!Files.exists(file)) {
                assertThat(acknowledged).as("a confirmed save left no file").isZero();
                continue;
            }
            NotesSnapshot onDisk = NotesFile.parse(Files.readAllBytes(file)).snapshot();
            Set<Integer> notes = onDisk.annotations().stream().map(a -> Integer.parseInt(a.note()))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(notes.size()).as("notes on disk after kill %d", kill)
                    .isBetween(acknowledged, acknowledged + 1);
            assertThat(notes).containsExactlyElementsOf(range(notes.size()));
            midSave += notes.size() - acknowledged;
            confirmed = notes.size();
            if ((kill + 1) % 100 == 0) {
                System.out.printf("crash test: %d kills so far, %d notes confirmed, 0 lost%n", kill + 1, confirmed);
            }
        }
        System.out.printf("crash test: %d kills, %d notes confirmed, 0 lost, %d kills caught a save in flight,"
                + " %.1f s%n", KILLS, confirmed, midSave, (System.nanoTime() - started) / 1e9);
        assertThat(NotesStore.read(workspace).notices()).isEmpty();
    }

    /**
     * Kills a process that repairs a damaged notes file (salvage, then the damage is put back) at random moments:
     * afterwards there is always a notes file, either the damaged original or the whole salvaged notes, and the
     * damaged bytes are never lost.
     */
    @Test
    void killingARepairNeverLeavesNoNotesFileAndNeverLosesTheOriginal() throws Exception {
        Random random = new Random(Long.getLong("corridor.crash.seed", System.nanoTime()));
        Clock clock = Clock.systemUTC();
        AnnotationEdits edits = new AnnotationEdits(clock);
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            UndoHistory history = new UndoHistory(store.notebook());
            for (int n = 1; n <= 8; n++) {
                history.perform(edits.tagPassage(store.notebook().snapshot(), Fixtures.article(), n, n + 20,
                        List.of(), Integer.toString(n)));
            }
            store.save();
        }
        Path file = workspace.resolve(NotesFile.NAME);
        String text = Files.readString(file);
        int end = text.indexOf("\"end\" : ");
        byte[] damaged = (text.substring(0, end) + "\"end\" : -1, \"was\" : " + text.substring(end + 8))
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, damaged);
        Path damagedCopy = workspace.resolveSibling(workspace.getFileName() + "-damaged.json");
        Files.write(damagedCopy, damaged);
        Path acks = workspace.resolveSibling(workspace.getFileName() + "-repairs.txt");
        int kills = Math.max(KILLS / 2, 4);
        for (int kill = 0; kill < kills; kill++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                    CrashingRepairer.class.getName(), workspace.toString(), acks.toString(), damagedCopy.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int before = repairs(acks);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (repairs(acks) == before && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertThat(child.isAlive()).as("the repairer should still be running").isTrue();
            Thread.sleep(random.nextInt(60));
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            assertThat(file).as("a notes file after kill %d", kill).exists();
            byte[] now = Files.readAllBytes(file);
            if (!java.util.Arrays.equals(now, damaged)) {
                assertThat(NotesFile.parse(now).snapshot().annotations()).as("the salvaged notes").hasSize(7);
                Files.write(file, damaged);
            }
            try (var originals = Files.list(workspace)) {
                assertThat(originals.filter(p -> p.getFileName().toString().startsWith(NotesFile.NAME + ".original-"))
                        .allMatch(p -> sameBytes(p, damaged))).isTrue();
            }
        }
    }

    private static boolean sameBytes(Path p, byte[] expected) {
        try {
            return java.util.Arrays.equals(Files.readAllBytes(p), expected);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How many repairs the child has confirmed: the number of complete lines of its acknowledgement file. */
    private static int repairs(Path acks) throws IOException {
        return Files.exists(acks) ? (int) Files.readString(acks, StandardCharsets.US_ASCII).chars()
                .filter(c -> c == '\n').count() : 0;
    }

    /** The last save the child confirmed: the last complete line of the acknowledgement file. */
    private static int lastAcknowledged(Path acks) throws IOException {
        if (!Files.exists(acks)) {
            return 0;
        }
        String text = Files.readString(acks, StandardCharsets.US_ASCII);
        assertThat(text).as("the saver opened the workspace writable").doesNotContain("read-only");
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return 0;
        }
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return Integer.parseInt(text.substring(start, end));
    }

    /** Kills only after the child saved once, so that every round adds notes and the test makes progress. */
    private static void waitForFirstSave(Path acks, int before, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lastAcknowledged(acks) <= before && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(child.isAlive()).as("the saver should still be running").isTrue();
    }

    private static List<Integer> range(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).boxed().toList();
    }
}
