package org.corridor.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corridor.corpus.Article;
import org.corridor.entities.lexicon.BundledLexicon;
import org.corridor.entities.user.Correction;
import org.corridor.entities.user.CorrectionStore;
import org.corridor.entities.user.CorrectionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user teaches the recogniser; corrections live in the workspace and apply at once to every article. */
class CorrectionsTest {

    private static final String TEXT = "Officials said Qasim Jan of the Hunza Apricot Guild met Radio Pakistan staff. "
            + "Chairman Xi welcomed the Tarbela lake plan. Qasim Jan smiled.";

    @TempDir
    Path workspace;

    private static List<Mention> recognise(LexiconService lexicon, String text) {
        Article article = Fixtures.article("c", text);
        return new EntityRecogniser(lexicon).recognise(article);
    }

    @Test
    void addAliasAndRejectApplyAtOnceAndSurviveARestart() throws IOException {
        LexiconService lexicon = Recognisers.lexiconFor(workspace);
        assertThat(recognise(lexicon, TEXT)).extracting(Mention::text)
                .doesNotContain("Hunza Apricot Guild", "Chairman Xi").contains("Radio Pakistan");

        lexicon.corrections().add(Correction.entity("Hunza Apricot Guild", Category.ACTOR, "organisation", null));
        lexicon.corrections().add(Correction.alias("Chairman Xi", "person:xi-jinping"));
        lexicon.corrections().add(Correction.notEntity("Radio Pakistan"));
        lexicon.corrections().add(Correction.entity("Tarbela lake", Category.PLACE, "waterway", "Tarbela Reservoir"));

        assertExpected(recognise(lexicon, TEXT));
        // a fresh start reads the same corrections back from the workspace
        assertExpected(recognise(Recognisers.lexiconFor(workspace), TEXT));
        String json = Files.readString(workspace.resolve("lexicon-user.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"schemaVersion\" : 1", "\"type\" : \"not-entity\"", "\n  ");
    }

    private static void assertExpected(List<Mention> mentions) {
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Hunza Apricot Guild");
            assertThat(m.kind()).isEqualTo("organisation");
            assertThat(m.entityId()).isEqualTo("user:hunza-apricot-guild");
        });
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Chairman Xi");
            assertThat(m.entityId()).isEqualTo("person:xi-jinping");
        });
        assertThat(mentions).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Tarbela lake");
            assertThat(m.category()).isEqualTo(Category.PLACE);
            assertThat(m.label()).isEqualTo("Tarbela Reservoir");
        });
        // "Radio Pakistan" is no longer an organisation; the country inside it still is
        assertThat(mentions).noneSatisfy(m -> assertThat(m.text()).isEqualTo("Radio Pakistan"));
        assertThat(mentions).anySatisfy(m -> assertThat(m.text()).isEqualTo("Pakistan"));
    }

    @Test
    void correctionsCanBeListedEditedAndRemoved() throws IOException {
        LexiconService lexicon = Recognisers.lexiconFor(workspace);
        Correction added = lexicon.corrections().add(Correction.entity("Qasim Jan", Category.ACTOR, "person", null));
        assertThat(lexicon.corrections().list()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(added.id()).startsWith("c-");
            assertThat(c.type()).isEqualTo(CorrectionType.ENTITY);
            assertThat(c.created()).isNotNull();
        });
        long before = lexicon.current().version();

        lexicon.corrections().update(new Correction(added.id(), CorrectionType.ENTITY, "Qasim Jan", "place", "city",
                "user:qasim-jan", "Qasim Jan town", null));
        assertThat(lexicon.current().version()).isGreaterThan(before);
        assertThat(recognise(lexicon, TEXT)).filteredOn(m -> m.text().equals("Qasim Jan")).hasSize(2)
                .allSatisfy(m -> assertThat(m.category()).isEqualTo(Category.PLACE));
        assertThat(lexicon.corrections().list().get(0).created()).isEqualTo(added.created());

        lexicon.corrections().remove(added.id());
        assertThat(lexicon.corrections().list()).isEmpty();
        assertThat(recognise(lexicon, TEXT)).filteredOn(m -> m.text().equals("Qasim Jan"))
                .noneSatisfy(m -> assertThat(m.category()).isEqualTo(Category.PLACE));
        assertThat(new CorrectionStore(workspace.resolve("lexicon-user.json")).load().corrections()).isEmpty();
    }

    @Test
    void theBundledLexiconIsNeverChanged() throws IOException {
        LexiconService lexicon = Recognisers.lexiconFor(workspace);
        int entries = lexicon.bundled().size();
        lexicon.corrections().add(Correction.alias("Chairman Xi", "person:xi-jinping"));
        lexicon.corrections().add(Correction.entity("Hunza Apricot Guild", Category.ACTOR, "organisation", null));
        assertThat(lexicon.bundled().size()).isEqualTo(entries);
        assertThat(lexicon.bundled().entry("person:xi-jinping").orElseThrow().aliases()).doesNotContain("Chairman Xi");
        assertThat(BundledLexicon.load().entry("person:xi-jinping").orElseThrow().aliases())
                .doesNotContain("Chairman Xi");
    }

    @Test
    void aDamagedFileIsReportedAndLeftAlone() throws IOException {
        Path file = workspace.resolve("lexicon-user.json");
        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> Recognisers.lexiconFor(workspace)).isInstanceOf(IOException.class)
                .hasMessageContaining("lexicon-user.json");
        assertThat(Files.readString(file)).isEqualTo("{ not json");
    }
}
