package org.corridor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.corpus.Article;
import org.corridor.corpus.ArticleParser;
import org.corridor.corpus.Corpus;
import org.corridor.corpus.CorpusLoader;
import org.corridor.notes.AnnotationEdits;
import org.corridor.notes.CodebookEdits;
import org.corridor.notes.NotesFile;
import org.corridor.notes.NotesStore;
import org.corridor.notes.UndoHistory;
import org.corridor.settings.AppDirs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class NotesCommandTest {

    @TempDir
    Path tmp;
    private Path corpus;
    private Path workspace;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void corpusWithTwoTaggedPassages() throws Exception {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        workspace = tmp.resolve("ws");
        Files.writeString(corpus.resolve("one.txt"), " date 2025-01-12 Ports and roads\n\n"
                + "Gwadar port will be expanded, the minister said. Roads to the north come next.\n");
        Files.writeString(corpus.resolve("two.txt"), " date 2025-02-01 Energy\n\nThree power plants were opened.\n");
        Corpus c = new CorpusLoader(new ArticleParser()).load(corpus, ProgressListener.NONE);
        try (NotesStore store = NotesStore.open(workspace, Clock.systemDefaultZone())) {
            UndoHistory history = new UndoHistory(store.notebook());
            history.perform(new CodebookEdits(Clock.systemDefaultZone()).acceptStarter(store.notebook().snapshot()));
            String ports = tagId(store, "Gwadar port");
            String power = tagId(store, "Power projects");
            AnnotationEdits edits = new AnnotationEdits(Clock.systemDefaultZone());
            Article one = c.open("one");
            int at = one.text().indexOf("Gwadar port will be expanded");
            history.perform(edits.tagPassage(store.notebook().snapshot(), one, at, at + 28, List.of(ports), "key claim"));
            Article two = c.open("two");
            int p = two.text().indexOf("power plants");
            history.perform(edits.tagPassage(store.notebook().snapshot(), two, p, p + 12, List.of(power), ""));
            store.save();
        }
    }

    private static String tagId(NotesStore store, String name) {
        return store.notebook().snapshot().codebook().tags().stream().filter(t -> t.name().equals(name))
                .findFirst().orElseThrow().id();
    }

    private int run(String... args) {
        Cli cli = CliCommands.create(new CliContext(new AppDirs(tmp.resolve("config"), tmp.resolve("data")), tmp));
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines()
                .map(l -> org.corridor.common.Json.compact().readTree(l)).toList();
    }

    @Test
    void listsEveryAnnotationAsAJsonLineWithItsTagsAndPlace() {
        assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", workspace.toString())).isZero();
        List<JsonNode> rows = lines();
        assertThat(rows).hasSize(2);
        JsonNode first = rows.get(0);
        assertThat(first.get("articleId").asString()).isEqualTo("one");
        assertThat(first.get("quote").asString()).isEqualTo("Gwadar port will be expanded");
        assertThat(first.get("tags").get(0).asString()).isEqualTo("Connectivity/Gwadar port");
        assertThat(first.get("note").asString()).isEqualTo("key claim");
        assertThat(first.get("orphan").asBoolean()).isFalse();
        assertThat(first.has("created") && first.has("modified") && first.has("start") && first.has("end")).isTrue();
    }

    @Test
    void filtersByArticleAndByTagIncludingSubTags() {
        assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", workspace.toString(),
                "--tag", "energy")).isZero();
        assertThat(lines()).singleElement().satisfies(r -> assertThat(r.get("articleId").asString()).isEqualTo("two"));
        out.reset();
        assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", workspace.toString(),
                "--article", "one")).isZero();
        assertThat(lines()).singleElement().satisfies(r -> assertThat(r.get("articleId").asString()).isEqualTo("one"));
    }

    @Test
    void aPassageThatWasEditedAwayIsListedAsAnOrphanAndAMovedOneFollows() throws Exception {
        Files.writeString(corpus.resolve("one.txt"), " date 2025-01-12 Ports and roads\n\nA new first sentence. "
                + "Gwadar port will be expanded, the minister said.\n");
        Files.writeString(corpus.resolve("two.txt"), " date 2025-02-01 Energy\n\nNothing about plants any more.\n");
        assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", workspace.toString())).isZero();
        List<JsonNode> rows = lines();
        assertThat(rows.get(0).get("orphan").asBoolean()).isFalse();
        assertThat(rows.get(0).get("start").asInt()).isEqualTo(Files.readString(corpus.resolve("one.txt"))
                .indexOf("Gwadar"));
        assertThat(rows.get(1).get("orphan").asBoolean()).isTrue();
    }

    @Test
    void aDamagedWorkspaceIsReportedByEveryCommandEveryTimeAndWrittenOnlyWhenTheUserRepairsIt() throws Exception {
        Path file = workspace.resolve(NotesFile.NAME);
        String text = Files.readString(file);
        int end = text.indexOf("\"end\" : ");
        String damaged = text.substring(0, end) + "\"end\" : -1, \"was\" : " + text.substring(end + 8);
        Files.writeString(file, damaged);
        String ws = workspace.toString();
        for (int i = 0; i < 2; i++) {
            assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", ws)).isEqualTo(CliCommand.PARTIAL);
            assertThat(lines()).hasSize(1);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot be read").contains("notes-repair");
            out.reset();
            err.reset();
        }
        Path w3c = Files.writeString(tmp.resolve("in.json"), "[]");
        assertThat(run("import-notes", "--corpus", corpus.toString(), "--workspace", ws, w3c.toString()))
                .isEqualTo(CliCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes-repair");
        assertThat(run("export", "--corpus", corpus.toString(), "--workspace", ws, "--format", "csv",
                "--out", tmp.resolve("out.csv").toString())).isEqualTo(CliCommand.PARTIAL);
        assertThat(Files.readString(file)).isEqualTo(damaged);
        out.reset();

        assertThat(run("notes-repair", "--workspace", ws)).isEqualTo(CliCommand.PARTIAL);
        assertThat(lines()).anySatisfy(l -> assertThat(l.get("unreadable").asString()).contains("end"));
        assertThat(Files.readString(file)).isEqualTo(damaged);
        out.reset();
        assertThat(run("notes-repair", "--workspace", ws, "--salvage", "--start-empty")).isEqualTo(CliCommand.FAILED);
        assertThat(run("notes-repair", "--workspace", ws, "--salvage")).isEqualTo(CliCommand.OK);
        JsonNode repaired = lines().get(0);
        assertThat(repaired.get("annotations").asInt()).isEqualTo(1);
        assertThat(Files.readString(Path.of(repaired.get("original").asString()))).isEqualTo(damaged);
        out.reset();
        err.reset();
        assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", ws)).isEqualTo(CliCommand.OK);
        assertThat(lines()).hasSize(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aNamedBackupIsRestoredOnRequest() throws Exception {
        try (NotesStore store = NotesStore.open(workspace, Clock.systemDefaultZone())) {
            UndoHistory history = new UndoHistory(store.notebook());
            String id = store.notebook().snapshot().annotations().get(0).id();
            history.perform(new AnnotationEdits(Clock.systemDefaultZone()).editNote(store.notebook().snapshot(), id, "v2"));
            store.save();
        }
        Files.writeString(workspace.resolve(NotesFile.NAME), "{\"schemaVersion\": 1, \"annotations\": [");
        String ws = workspace.toString();
        assertThat(run("notes-repair", "--workspace", ws)).isEqualTo(CliCommand.PARTIAL);
        JsonNode backup = lines().stream().filter(l -> l.has("backup")).findFirst().orElseThrow();
        assertThat(backup.get("annotations").asInt()).isEqualTo(2);
        out.reset();
        String name = Path.of(backup.get("backup").asString()).getFileName().toString();
        assertThat(run("notes-repair", "--workspace", ws, "--restore", name)).isEqualTo(CliCommand.OK);
        out.reset();
        assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", ws)).isEqualTo(CliCommand.OK);
        assertThat(lines()).extracting(l -> l.get("note").asString()).containsExactlyInAnyOrder("key claim", "");
    }

    @Test
    void aLockedWorkspaceIsReportedWithANonZeroExit() throws Exception {
        try (NotesStore open = NotesStore.open(workspace, Clock.systemDefaultZone())) {
            assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", workspace.toString()))
                    .isEqualTo(CliCommand.PARTIAL);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("open in another Corridor");
        }
    }

    @Test
    void aMissingWorkspaceOrUnknownTagFails() {
        assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", tmp.resolve("nope").toString()))
                .isEqualTo(CliCommand.FAILED);
        assertThat(run("notes", "--corpus", corpus.toString(), "--workspace", workspace.toString(), "--tag", "Nope"))
                .isEqualTo(CliCommand.FAILED);
        assertThat(run("notes", "--corpus", corpus.toString())).isEqualTo(CliCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--workspace DIR is required");
    }
}
