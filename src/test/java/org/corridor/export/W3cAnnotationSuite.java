package org.corridor.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a test of the W3C Web Annotation test suite (a {@code .test} file listing assertion schemas) on a
 * document, the way the suite's harness does: each assertion is a draft-04 JSON schema that must give its
 * expected result. The schemas refer to shared definitions by relative names, mapped here to the copies
 * in {@code src/test/resources/specs/web-annotation}.
 */
final class W3cAnnotationSuite {

    private static final String ROOT = "specs/web-annotation/web-annotation-tests/";
    private static final String BASE = "https://web-annotation-tests.invalid/";

    private final ObjectMapper mapper = new ObjectMapper();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
            builder -> builder.schemaMappers(m -> m.mapPrefix(BASE, "classpath:" + ROOT + "definitions/")));

    /** The error messages of the assertions of {@code testFile} (e.g. "annotations/annotationMusts.test") that failed. */
    List<String> failures(String testFile, JsonNode document) throws IOException {
        List<String> failures = new ArrayList<>();
        for (JsonNode assertion : read(testFile).get("assertions")) {
            JsonNode schemaNode = read(assertion.asText());
            JsonSchema schema = factory.getSchema(URI.create(BASE + fileName(assertion.asText())), schemaNode);
            Set<ValidationMessage> errors = schema.validate(document);
            boolean expectValid = !"invalid".equals(schemaNode.path("expectedResult").asText("valid"));
            if (errors.isEmpty() != expectValid) {
                failures.add(assertion.asText() + ": " + schemaNode.path("errorMessage").asText() + " " + errors);
            }
        }
        return failures;
    }

    JsonNode parse(byte[] json) throws IOException {
        return mapper.readTree(json);
    }

    JsonNode sample(String path) throws IOException {
        return read("samples/" + path);
    }

    private JsonNode read(String path) throws IOException {
        try (InputStream in = W3cAnnotationSuite.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IOException("missing test resource " + ROOT + path);
            }
            return mapper.readTree(in);
        }
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
