package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.corridor.common.ProgressListener;
import org.corridor.notes.Annotation;
import org.junit.jupiter.api.Test;

class WebAnnotationExporterTest extends NotesFixtureTest {

    final W3cAnnotationSuite suite = new W3cAnnotationSuite();

    private byte[] export(ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WebAnnotationExporter().write(fixture.job(options), out, ProgressListener.NONE);
        return out.toByteArray();
    }

    @Test
    void theSuiteHarnessAcceptsACorrectSampleAndRejectsAnIncorrectOne() throws Exception {
        assertThat(suite.failures("annotations/annotationMusts.test", suite.sample("correct/anno1.json"))).isEmpty();
        assertThat(suite.failures("annotations/annotationMusts.test", suite.sample("incorrect/anno2.json"))).isNotEmpty();
    }

    @Test
    void theCollectionAndEveryAnnotationPassTheRequiredChecksOfTheW3cSuite() throws Exception {
        JsonNode collection = suite.parse(export(ExportOptions.defaults()));

        assertThat(suite.failures("collections/collectionMusts.test", collection)).isEmpty();
        JsonNode page = collection.get("first");
        // Embedded resources inherit the collection's context; the suite checks them as standalone documents.
        ObjectNode standalonePage = ((ObjectNode) page.deepCopy()).put("@context", WebAnnotationJson.CONTEXT);
        assertThat(suite.failures("collections/pages/pageMusts.test", standalonePage)).isEmpty();
        assertThat(page.get("items")).hasSize(fixture.notes.annotations().size());
        for (JsonNode item : page.get("items")) {
            ObjectNode standalone = ((ObjectNode) item.deepCopy()).put("@context", WebAnnotationJson.CONTEXT);
            assertThat(suite.failures("annotations/annotationMusts.test", standalone)).as(item.get("id").asText()).isEmpty();
        }
        assertThat(collection.get("@context").asText()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("total").asInt()).isEqualTo(fixture.notes.annotations().size());
    }

    @Test
    void bodiesTargetAndPositionsInCodePointsFollowTheModel() throws Exception {
        JsonNode items = suite.parse(export(ExportOptions.defaults())).get("first").get("items");
        Annotation afterEmoji = fixture.notes.annotations().get(3);
        JsonNode item = find(items, afterEmoji);

        assertThat(item.get("id").asText()).isEqualTo("urn:uuid:" + afterEmoji.id());
        assertThat(item.get("motivation").asText()).isEqualTo("commenting");
        assertThat(item.get("created").asText()).isEqualTo("2026-02-04T09:14:05.123+05:00");
        assertThat(item.get("body").findValuesAsText("purpose")).containsExactly("commenting", "tagging");
        assertThat(item.get("body").get(1).get("value").asText()).isEqualTo("Security/Counter terrorism");
        JsonNode target = item.get("target");
        String text = fixture.corpus.open(afterEmoji.articleId()).text();
        assertThat(target.get("source").asText()).isEqualTo(Path.of(fixture.corpus.find(afterEmoji.articleId()).orElseThrow().path()).toUri().toString());
        JsonNode quote = target.get("selector").get(0);
        JsonNode position = target.get("selector").get(1);
        assertThat(quote.get("exact").asText()).isEqualTo("Sartaj Aziz and Cheng Guoping");
        int start = position.get("start").asInt();
        int end = position.get("end").asInt();
        assertThat(start).isEqualTo(afterEmoji.anchor().start() - 1);
        assertThat(new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start))
                .isEqualTo("Sartaj Aziz and Cheng Guoping");
        JsonNode tagOnly = find(items, fixture.notes.annotations().get(4));
        assertThat(tagOnly.get("motivation").asText()).isEqualTo("tagging");
    }

    @Test
    void onePerAnnotationWritesAZipOfStandaloneAnnotations() throws Exception {
        ExportOptions options = new ExportOptions(false, false, false, false, true, null);
        assertThat(new WebAnnotationExporter().fileExtension(options)).isEqualTo("zip");
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(export(options)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                JsonNode annotation = suite.parse(zip.readAllBytes());
                assertThat(suite.failures("annotations/annotationMusts.test", annotation)).isEmpty();
            }
        }
        assertThat(names).hasSize(fixture.notes.annotations().size()).allMatch(ZipNames::isSafe)
                .allMatch(n -> n.startsWith("annotations/") && n.endsWith(".jsonld"));
    }

    private static JsonNode find(JsonNode items, Annotation a) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals("urn:uuid:" + a.id())) {
                return item;
            }
        }
        throw new AssertionError("no item for " + a.id());
    }
}
