package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.app.cli.CliCommand;
import org.corridor.notes.NotesFile;
import org.corridor.notes.TaggedSeeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search --entity} and {@code --tag} over the seeds, the tags coming from the workspace's notes file. */
class FacetSearchCommandTest {

    static final String SEED_000 = "000_1b5463ecf60b4d06";
    static final String SEED_001 = "001_873c68e08173f6cd";
    static final String SEED_002 = "002_7fe1a2b5e3bb247c";

    @TempDir
    Path home;

    private List<String> ids(String... argv) {
        CliRun run = CliRun.of(home, argv);
        assertThat(run.code()).as(run.err()).isEqualTo(CliCommand.OK);
        return run.lines().stream().map(l -> l.get("id").asString()).sorted().toList();
    }

    @Test
    void entityFiltersFindThePeopleAndTheGroups() {
        String ws = home.resolve("ws").toString();

        assertThat(ids("search", "--corpus", "seeds", "--workspace", ws, "--entity", "person:sun-weidong"))
                .containsExactly(SEED_000, SEED_001);
        assertThat(ids("search", "--corpus", "seeds", "--workspace", ws, "--entity", "group:cpec2-corridors"))
                .containsExactly(SEED_000);
        assertThat(ids("search", "--corpus", "seeds", "--workspace", ws, "--entity", "person:sun-weidong",
                "--from", "2025-01-01", "pakistan")).containsExactly(SEED_000);
    }

    @Test
    void aTagFilterUsesTheNotesAndIncludesChildTags() throws Exception {
        Path ws = home.resolve("ws");
        TaggedSeeds.tag(ws, SEED_000, "Gwadar port", "Pakistan");
        TaggedSeeds.tag(ws, SEED_002, "Power projects", "Pakistan");

        assertThat(ids("search", "--corpus", "seeds", "--workspace", ws.toString(), "--tag", "Energy"))
                .containsExactly(SEED_002);
        assertThat(ids("search", "--corpus", "seeds", "--workspace", ws.toString(), "--tag", "connectivity",
                "--tag", "Energy/Power projects", "china")).containsExactly(SEED_000, SEED_002);

        CliRun unknown = CliRun.of(home, "search", "--corpus", "seeds", "--workspace", ws.toString(), "--tag", "Nope");
        assertThat(unknown.code()).isEqualTo(CliCommand.FAILED);
        assertThat(unknown.err()).contains("no tag named Nope");
    }

    @Test
    void aTagFilterOnDamagedNotesAnswersFromWhatIsReadableAndSaysSoLikeNotesAndExport() throws Exception {
        Path ws = home.resolve("ws");
        TaggedSeeds.tag(ws, SEED_000, "Gwadar port", "Pakistan");
        TaggedSeeds.tag(ws, SEED_002, "Power projects", "Pakistan");
        Path file = ws.resolve(NotesFile.NAME);
        String text = Files.readString(file);
        int end = text.indexOf("\"end\" : ");
        // the first annotation's passage now ends before it starts: it is unreadable, the other one is not
        Files.writeString(file, text.substring(0, end) + "\"end\" : -1, \"was\" : " + text.substring(end + 8));

        CliRun search = CliRun.of(home, "search", "--corpus", "seeds", "--workspace", ws.toString(), "--tag", "Energy");
        CliRun notes = CliRun.of(home, "notes", "--corpus", "seeds", "--workspace", ws.toString());

        assertThat(search.code()).as(search.err()).isEqualTo(CliCommand.PARTIAL);
        assertThat(search.lines()).isNotEmpty();
        assertThat(notes.err()).contains("cannot be read").contains("notes-repair");
        assertThat(search.err()).contains(notes.err().replace("corridor notes: ", "corridor search: "));
    }
}
