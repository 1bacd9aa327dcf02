package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.corridor.notes.Annotation;
import org.corridor.notes.NotesSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WebAnnotationImportTest extends NotesFixtureTest {

    NotesImporter importer;
    String uri004;

    @BeforeEach
    void setUp() throws Exception {
        importer = new NotesImporter(fixture.corpus, ArticleTexts.of(fixture.corpus),
                Clock.fixed(NotesFixture.EXPORTED_AT.toInstant(), ZoneOffset.UTC));
        uri004 = Path.of(fixture.corpus.find("004_f7e47c8c0e29e705").orElseThrow().path()).toUri().toString();
    }

    private NotesImporter.Result importJson(NotesSnapshot base, String json) throws Exception {
        return importer.merge(base, NotesFileReader.read(json.getBytes(StandardCharsets.UTF_8), "hand.json"));
    }

    private String text(String id) throws Exception {
        return fixture.corpus.open(id).text();
    }

    @Test
    void aSingleAnnotationLandsOnItsPassageWithExistingTagsAndItsNote() throws Exception {
        String json = """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:7d0f8a6e-3b1c-4d2a-9e8f-123456789abc",
                 "type": "Annotation", "motivation": "commenting", "created": "2025-05-01T10:00:00+02:00",
                 "body": [{"type": "TextualBody", "purpose": "commenting", "value": "A note, \\"quoted\\"\\nover two lines"},
                          {"type": "TextualBody", "purpose": "tagging", "value": "Economy/CPEC"}],
                 "target": {"source": "%s", "selector": [
                    {"type": "TextQuoteSelector", "exact": "China-Pakistan Economic Corridor (CPEC)"}]}}
                """.formatted(uri004);

        NotesImporter.Result result = importJson(fixture.notes, json);

        assertThat(result.report().imported()).isEqualTo(1);
        assertThat(result.report().tagsCreated()).isEmpty();
        Annotation a = result.newAnnotations().get(0);
        assertThat(a.id()).isEqualTo("7d0f8a6e-3b1c-4d2a-9e8f-123456789abc");
        assertThat(a.articleId()).isEqualTo("004_f7e47c8c0e29e705");
        assertThat(a.tagIds()).containsExactly(NotesFixture.CPEC.id());
        assertThat(a.note()).isEqualTo("A note, \"quoted\"\nover two lines");
        assertThat(a.created()).isEqualTo("2025-05-01T10:00:00+02:00");
        assertThat(text("004_f7e47c8c0e29e705").substring(a.anchor().start(), a.anchor().end()))
                .isEqualTo("China-Pakistan Economic Corridor (CPEC)");
    }

    @Test
    void aQuoteInBothTheHeadlineAndTheBodyIsPlacedInTheBodyTheReaderShows() throws Exception {
        String id = "000_1b5463ecf60b4d06";
        String json = """
                {"type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "Economy/CPEC"},
                 "target": {"source": "%s", "selector": {"type": "TextQuoteSelector",
                   "exact": "all-weather strategic cooperative partnership"}}}
                """.formatted(id);

        Annotation a = importJson(fixture.notes, json).newAnnotations().get(0);

        String text = text(id);
        assertThat(text.indexOf("all-weather strategic cooperative partnership"))
                .isLessThan(fixture.corpus.open(id).bodyStart());
        assertThat(a.anchor().start()).isGreaterThanOrEqualTo(fixture.corpus.open(id).bodyStart());
        assertThat(text.substring(a.anchor().start(), a.anchor().end()))
                .isEqualTo("all-weather strategic cooperative partnership");
    }

    @Test
    void unknownSourcesMissingQuotesAndWrongPositionsArePlacedOrReportedNeverDropped() throws Exception {
        String crlf = text(NotesFixture.CRLF_ARTICLE);
        int aziz = crlf.indexOf("Sartaj Aziz");
        int azizCp = crlf.codePointCount(0, aziz);
        String json = """
                [
                 {"id": "a1", "target": {"source": "https://elsewhere.example/unknown", "selector":
                   {"type": "TextQuoteSelector", "exact": "Russian Foreign Minister Sergei Lavrov"}}},
                 {"id": "a2", "target": {"source": "https://elsewhere.example/unknown", "selector":
                   {"type": "TextQuoteSelector", "exact": "a sentence no article of the corpus contains"}}},
                 {"id": "a3", "body": {"type": "TextualBody", "value": "by position only"},
                  "target": {"source": "%s", "selector": {"type": "TextPositionSelector", "start": %d, "end": %d}}},
                 {"id": "a4", "target": {"source": "%s", "selector": [
                    {"type": "TextQuoteSelector", "exact": "Sartaj Aziz", "prefix": "", "suffix": " and Cheng Guoping discussed"},
                    {"type": "TextPositionSelector", "start": 3, "end": 14}]}},
                 {"id": "a5", "target": "https://elsewhere.example/no-selector"},
                 {"id": "a6", "target": {"source": "nowhere", "selector": {"type": "TextPositionSelector", "start": 1, "end": 5}}},
                 {"id": "a7", "target": {"selector": {"type": "TextQuoteSelector", "exact": "all-weather strategic cooperative partnership"}}}
                ]
                """.formatted(NotesFixture.CRLF_ARTICLE + ".txt", azizCp, azizCp + 11, NotesFixture.CRLF_ARTICLE);

        NotesImporter.Result result = importJson(NotesSnapshot.empty(), json);

        assertThat(result.report().read()).isEqualTo(7);
        assertThat(result.newAnnotations()).extracting(a -> a.anchor().exact())
                .containsExactly("Russian Foreign Minister Sergei Lavrov", "Sartaj Aziz", "Sartaj Aziz");
        assertThat(result.newAnnotations().get(0).articleId()).isEqualTo(NotesFixture.CRLF_ARTICLE);
        assertThat(result.newAnnotations().get(1).anchor().start()).isEqualTo(aziz);
        assertThat(result.newAnnotations().get(1).note()).isEqualTo("by position only");
        int second = crlf.indexOf("Sartaj Aziz and Cheng Guoping discussed");
        assertThat(result.newAnnotations().get(2).anchor().start()).isEqualTo(second);
        assertThat(result.report().unplaced()).extracting(ImportReport.Unplaced::item)
                .containsExactlyInAnyOrder("a sentence no article of the corpus contains", "a5", "a6",
                        "all-weather strategic cooperative partnership");
        assertThat(result.report().unplaced()).filteredOn(u -> u.item().startsWith("all-weather"))
                .extracting(ImportReport.Unplaced::reason).first().asString().contains("several articles");
        assertThat(result.report().imported() + result.report().unplaced().size()).isEqualTo(7);
    }

    @Test
    void hypothesisRowsBringTheirTagsAndTextAndMissingTagsAreCreatedOnce() throws Exception {
        String json = """
                {"total": 2, "rows": [
                  {"id": "Hx7fq2", "uri": "%s", "text": "from Hypothesis", "tags": ["Energy", "Energy/Coal"],
                   "created": "2024-02-02T08:00:00.000000+00:00", "updated": "2024-02-03T08:00:00.000000+00:00",
                   "target": [{"source": "%s", "selector": [{"type": "RangeSelector"},
                     {"type": "TextQuoteSelector", "exact": "CPEC", "prefix": "Economic Corridor (", "suffix": ")"}]}]},
                  {"id": "Hx7fq3", "uri": "%s", "text": "", "tags": ["energy"],
                   "target": [{"source": "%s", "selector": [{"type": "TextQuoteSelector", "exact": "Economic Corridor"}]}]}
                ]}
                """.formatted(uri004, uri004, uri004, uri004);

        NotesImporter.Result result = importJson(fixture.notes, json);

        assertThat(result.report().tagsCreated()).containsExactly("Energy", "Coal");
        NotesSnapshot merged = result.applyTo(fixture.notes);
        Annotation first = result.newAnnotations().get(0);
        assertThat(first.tagIds()).extracting(merged.codebook()::path).containsExactly("Energy", "Energy/Coal");
        assertThat(first.modified()).isEqualTo("2024-02-03T08:00:00Z");
        assertThat(first.id()).isNotEqualTo("Hx7fq2").matches("[0-9a-f-]{36}");
        assertThat(result.newAnnotations().get(1).tagIds()).containsExactly(first.tagIds().get(0));
        assertThat(merged.codebook().tags()).hasSize(fixture.notes.codebook().tags().size() + 2);
    }

    @Test
    void importingTheSameFileTwiceCreatesNoDuplicates() throws Exception {
        String json = """
                {"type": "Annotation", "body": {"type": "TextualBody", "purpose": "tagging", "value": "Diplomacy"},
                 "target": {"source": "004_f7e47c8c0e29e705", "selector": {"type": "TextQuoteSelector", "exact": "Xi"}}}
                """;
        NotesImporter.Result once = importJson(fixture.notes, json);
        NotesSnapshot after = once.applyTo(fixture.notes);

        NotesImporter.Result twice = importJson(after, json);

        assertThat(once.report().imported()).isEqualTo(1);
        assertThat(twice.report().imported()).isZero();
        assertThat(twice.report().duplicates()).isEqualTo(1);
        assertThat(twice.newTags()).isEmpty();
    }

    @Test
    void somethingThatIsNotAnnotationJsonIsAClearError() {
        assertThatThrownBy(() -> importJson(fixture.notes, "{\"hello\": "))
                .isInstanceOf(ExportException.class).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> NotesFileReader.read("plain words".getBytes(StandardCharsets.UTF_8), "x.txt"))
                .hasMessageContaining("neither W3C Web Annotation JSON nor a REFI-QDA");
        assertThatThrownBy(() -> importJson(fixture.notes, "[]")).hasMessageContaining("holds no annotations");
    }
}
