package org.corridor.notes;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.corridor.common.AtomicFiles;

/**
 * The child process of {@link CrashSafetyTest}'s repair test: in a loop, opens the workspace whose notes file is
 * damaged, salvages it, and puts the damaged bytes back (atomically, as another program's save would), appending
 * "N" to the acknowledgement file after each repair, until it is killed.
 */
public final class CrashingRepairer {

    private CrashingRepairer() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        byte[] damaged = Files.readAllBytes(Path.of(args[2]));
        try (FileOutputStream acks = new FileOutputStream(args[1], true)) {
            for (int n = 1; ; n++) {
                try (NotesStore store = NotesStore.open(workspace, Clock.systemUTC());
                     NotesStore repaired = store.repair(NotesRepair.salvage())) {
                    acks.write((n + " " + repaired.notebook().snapshot().annotations().size() + "\n")
                            .getBytes(StandardCharsets.US_ASCII));
                }
                AtomicFiles.write(workspace.resolve(NotesFile.NAME), damaged);
            }
        }
    }
}
