package org.corridor.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corridor.notes.NotesBackups;
import org.corridor.notes.NotesDamage;
import org.corridor.notes.NotesRepair;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.NotesStore;
import org.corridor.notes.WorkspaceRead;

/**
 * {@code notes-repair}: what is wrong with a workspace's notes file and the user's choice of repair. Without a
 * choice it changes nothing and prints, as JSON lines, each entry that cannot be read and each backup that could
 * be restored (exit 1 while the notes are damaged, 0 when they are not). With a choice it keeps the file's bytes
 * as {@code notes.json.original-<time>} and replaces {@code notes.json} in one step.
 */
public final class NotesRepairCommand implements CliCommand {

    private static final String SALVAGE = "salvage";
    private static final String START_EMPTY = "start-empty";
    private static final String RESTORE = "restore";

    private final CliContext context;
    private final Clock clock;

    public NotesRepairCommand(CliContext context, Clock clock) {
        this.context = context;
        this.clock = clock;
    }

    /**
     * What every command that answers from a workspace's notes prints on standard error when they are not healthy:
     * each notice, then, for damaged notes, how to repair them.
     */
    static void warnUnlessHealthy(PrintStream err, String command, Path workspace, WorkspaceRead read) {
        read.notices().forEach(n -> err.println("corridor " + command + ": " + n));
        if (read.damage() != null) {
            tellHowToRepair(err, command, workspace);
        }
    }

    /** What the commands that read notes print after a damaged workspace's notices. */
    static void tellHowToRepair(PrintStream err, String command, Path workspace) {
        err.println("corridor " + command + ": the notes stay as they are until you choose a repair: corridor"
                + " notes-repair --workspace " + workspace + " (to see the choices), then --restore BACKUP,"
                + " --salvage or --start-empty");
    }

    @Override
    public String name() {
        return "notes-repair";
    }

    @Override
    public String summary() {
        return "show why the workspace's notes cannot be read, and repair them by the choice given: restore a"
                + " backup, salvage what can be read, or start empty (the damaged file is kept)";
    }

    @Override
    public String usage() {
        return "notes-repair [--corpus DIR] --workspace DIR [--restore BACKUP | --salvage | --start-empty]";
    }

    @Override
    public Set<String> flags() {
        return Set.of(SALVAGE, START_EMPTY);
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        args.allowOnly(Set.of("corpus", "workspace", RESTORE, SALVAGE, START_EMPTY));
        if (args.option("workspace").isEmpty()) {
            throw new UsageException("--workspace DIR is required");
        }
        List<String> chosen = List.of(RESTORE, SALVAGE, START_EMPTY).stream().filter(c -> args.option(c).isPresent())
                .toList();
        if (chosen.size() > 1 || args.options(RESTORE).size() > 1) {
            throw new UsageException("choose one repair: --restore BACKUP, --salvage or --start-empty");
        }
        Path workspace = context.workspaceDir(args, context.corpusDir(args));
        if (!Files.isDirectory(workspace)) {
            err.println("corridor notes-repair: no such workspace folder: " + workspace);
            return FAILED;
        }
        if (chosen.isEmpty()) {
            return diagnose(workspace, out, err);
        }
        try (NotesStore store = NotesStore.open(workspace, clock)) {
            Optional<NotesDamage> damage = store.damage();
            if (damage.isEmpty()) {
                err.println("corridor notes-repair: the notes file " + store.file() + " can be read; nothing was"
                        + " changed");
                return OK;
            }
            NotesRepair choice = switch (chosen.get(0)) {
                case SALVAGE -> NotesRepair.salvage();
                case START_EMPTY -> NotesRepair.startEmpty();
                default -> NotesRepair.restore(backup(store, args.option(RESTORE).get()));
            };
            try (NotesStore repaired = store.repair(choice)) {
                CliContext.printJson(out, repairedRow(chosen.get(0), repaired));
            }
            return OK;
        }
    }

    /** A backup named by its path, or by its file name in the workspace's {@code backups} folder. */
    private Path backup(NotesStore store, String named) throws UsageException {
        Path path = context.resolve(named);
        if (!Files.isRegularFile(path)) {
            path = store.backups().dir().resolve(named);
        }
        if (!Files.isRegularFile(path)) {
            throw new UsageException("no backup " + named + " (run notes-repair without a choice to list them)");
        }
        return path;
    }

    private int diagnose(Path workspace, PrintStream out, PrintStream err) throws Exception {
        WorkspaceRead read = NotesStore.read(workspace);
        read.notices().forEach(n -> err.println("corridor notes-repair: " + n));
        if (read.damage() == null) {
            return OK;
        }
        NotesDamage damage = read.damage();
        for (String entry : damage.unreadable()) {
            CliContext.printJson(out, Map.of("unreadable", entry));
        }
        CliContext.printJson(out, counts("salvage", damage.salvageable()));
        for (Path backup : damage.backups()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("backup", backup.toString());
            try {
                NotesSnapshot s = NotesBackups.readWhole(backup);
                row.put("annotations", s.annotations().size());
                row.put("tags", s.codebook().tags().size());
            } catch (java.io.IOException e) {
                row.put("error", e.getMessage());
            }
            CliContext.printJson(out, row);
        }
        return PARTIAL;
    }

    private static Map<String, Object> counts(String key, NotesSnapshot s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(key, true);
        row.put("annotations", s.annotations().size());
        row.put("tags", s.codebook().tags().size());
        return row;
    }

    private static Map<String, Object> repairedRow(String choice, NotesStore repaired) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("repaired", choice);
        row.put("file", repaired.file().toString());
        row.put("annotations", repaired.notebook().snapshot().annotations().size());
        row.put("tags", repaired.notebook().snapshot().codebook().tags().size());
        row.put("original", repaired.keptOriginal().map(Path::toString).orElse(null));
        return row;
    }
}
