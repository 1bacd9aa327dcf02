package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.app.cli.Cli;
import org.corridor.app.cli.CliCommands;
import org.corridor.app.cli.CliContext;
import org.corridor.common.Json;
import org.corridor.notes.NotesFile;
import org.corridor.notes.NotesStore;
import org.corridor.settings.AppDirs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The {@code export} and {@code import-notes} commands, run as a user runs them. */
class ExportCommandsTest {

    @TempDir
    Path tmp;
    NotesFixture fixture;
    Path workspace;
    Path outDir;
    ByteArrayOutputStream out;
    ByteArrayOutputStream err;

    @BeforeEach
    void setUp() throws Exception {
        fixture = NotesFixture.create(tmp);
        workspace = Files.createDirectories(tmp.resolve("ws"));
        Files.write(workspace.resolve(NotesFile.NAME), NotesFile.write(fixture.notes));
        outDir = Files.createDirectories(tmp.resolve("out"));
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Cli cli = CliCommands.create(new CliContext(new AppDirs(tmp.resolve("config"), tmp.resolve("data")), tmp));
        return cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> Json.compact().readTree(l)).toList();
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<Path> outFiles() throws Exception {
        try (var list = Files.list(outDir)) {
            return list.toList();
        }
    }

    @Test
    void exportsEachFormatToItsFile() throws Exception {
        for (String format : List.of("md", "csv", "html", "webanno", "qdpx", "qdc")) {
            Path target = outDir.resolve("notes." + format);
            assertThat(run("export", "--corpus", fixture.corpusDir.toString(), "--workspace", workspace.toString(),
                    "--format", format, "--out", target.toString())).as(format + ": " + errors()).isZero();
            assertThat(Files.size(target)).isPositive();
            assertThat(lines().get(0).get("annotations").asInt()).isEqualTo(7);
        }
        assertThat(Files.readString(outDir.resolve("notes.md"))).contains("> China-Pakistan Economic Corridor (CPEC)");
    }

    @Test
    void tagArticleAndDateOptionsNarrowTheExport() throws Exception {
        Path target = outDir.resolve("economy.csv");

        int code = run("export", "--corpus", fixture.corpusDir.toString(), "--workspace", workspace.toString(),
                "--format", "csv", "--tag", "economy", "--from", "2020-01-01", "--to", "2025-12-31",
                "--rows", "tag", "--bom", "yes", "--out", target.toString());

        assertThat(code).as(errors()).isZero();
        List<List<String>> rows = Rfc4180Reader.read(Files.readString(target).substring(1));
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(8))
                .containsExactlyInAnyOrder("Economy/CPEC", "Diplomacy", "Economy/CPEC", "Economy/中巴经济走廊", "Economy");
        assertThat(lines().get(0).get("scope").asString()).isEqualTo("all articles; tags: Economy; dates: 2020-01-01 to 2025-12-31");
    }

    @Test
    void csvCellsAreFormulaSafeUnlessCsvRawIsGiven() throws Exception {
        var first = fixture.notes.annotations().get(0);
        var formula = NotesFixture.annotation(fixture.corpus, first.articleId(), first.anchor().exact(), 0, List.of(),
                "=HYPERLINK(\"http://evil.invalid\",\"x\")", 20);
        Files.write(workspace.resolve(NotesFile.NAME), NotesFile.write(new org.corridor.notes.NotesSnapshot(
                org.corridor.notes.NotesSnapshot.CURRENT_SCHEMA, fixture.notes.codebook(), List.of(formula))));
        Path safe = outDir.resolve("safe.csv");
        Path raw = outDir.resolve("raw.csv");

        assertThat(run("export", "--corpus", fixture.corpusDir.toString(), "--workspace", workspace.toString(),
                "--format", "csv", "--out", safe.toString())).as(errors()).isZero();
        assertThat(run("export", "--corpus", fixture.corpusDir.toString(), "--workspace", workspace.toString(),
                "--format", "csv", "--csv-raw", "--out", raw.toString())).as(errors()).isZero();

        assertThat(Rfc4180Reader.read(Files.readString(safe)).get(1).get(9)).isEqualTo("'=HYPERLINK(\"http://evil.invalid\",\"x\")");
        assertThat(Rfc4180Reader.read(Files.readString(raw)).get(1).get(9)).isEqualTo("=HYPERLINK(\"http://evil.invalid\",\"x\")");
    }

    @Test
    void theEntityTableUsesTheRealRecogniser() throws Exception {
        Path target = outDir.resolve("entities.csv");

        int code = run("export", "--corpus", fixture.corpusDir.toString(), "--workspace", workspace.toString(),
                "--format", "entities", "--article", "004_f7e47c8c0e29e705", "--out", target.toString());

        assertThat(code).as(errors()).isZero();
        List<List<String>> rows = Rfc4180Reader.read(Files.readString(target));
        assertThat(rows.get(0)).isEqualTo(EntityTableExporter.HEADER);
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).contains("actor", "initiative");
    }

    @Test
    void anUnknownFormatAnEmptyScopeOrABadDestinationFailClearlyAndWriteNothing() throws Exception {
        String corpus = fixture.corpusDir.toString();
        String ws = workspace.toString();

        assertThat(run("export", "--corpus", corpus, "--workspace", ws, "--format", "docx", "--out", outDir.resolve("a.docx").toString())).isEqualTo(2);
        assertThat(errors()).contains("unknown format docx");
        assertThat(run("export", "--corpus", corpus, "--workspace", ws, "--format", "md", "--article", "nope", "--out", outDir.resolve("a.md").toString())).isEqualTo(2);
        assertThat(errors()).contains("Nothing to export", "nothing was written");
        assertThat(run("export", "--corpus", corpus, "--workspace", ws, "--format", "md", "--tag", "Nonexistent", "--out", outDir.resolve("b.md").toString())).isEqualTo(2);
        assertThat(errors()).contains("no tag named Nonexistent");
        assertThat(run("export", "--corpus", corpus, "--workspace", ws, "--format", "md", "--out", outDir.resolve("missing/c.md").toString())).isEqualTo(2);
        assertThat(errors()).contains("Cannot write", "does not exist", "nothing was written");
        assertThat(run("export", "--corpus", corpus, "--workspace", ws, "--format", "md", "--from", "last week", "--out", outDir.resolve("d.md").toString())).isEqualTo(2);
        assertThat(errors()).contains("YYYY-MM-DD");
        assertThat(outFiles()).isEmpty();
    }

    @Test
    void importNotesMergesFilesSavesTheWorkspaceAndReportsAsJsonLines() throws Exception {
        Path exported = outDir.resolve("notes.jsonld");
        assertThat(run("export", "--corpus", fixture.corpusDir.toString(), "--workspace", workspace.toString(),
                "--format", "webanno", "--out", exported.toString())).isZero();
        Path empty = tmp.resolve("empty-ws");
        Path junk = Files.writeString(outDir.resolve("junk.txt"), "not notes");

        int code = run("import-notes", "--corpus", fixture.corpusDir.toString(), "--workspace", empty.toString(),
                exported.toString(), junk.toString());

        assertThat(code).as(errors()).isEqualTo(1);
        List<JsonNode> report = lines();
        assertThat(report.get(0).get("status").asString()).isEqualTo("imported");
        assertThat(report.get(0).get("imported").asInt()).isEqualTo(7);
        assertThat(report.get(1).get("status").asString()).isEqualTo("failed");
        assertThat(errors()).contains("neither W3C Web Annotation JSON nor a REFI-QDA");
        assertThat(NotesStore.readSnapshot(empty).annotations()).hasSize(7);

        assertThat(run("import-notes", "--corpus", fixture.corpusDir.toString(), "--workspace", empty.toString(),
                exported.toString())).isZero();
        assertThat(lines().get(0).get("duplicates").asInt()).isEqualTo(7);
        assertThat(NotesStore.readSnapshot(empty).annotations()).hasSize(7);
    }
}
