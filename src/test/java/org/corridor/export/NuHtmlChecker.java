package org.corridor.export;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML checker (validator.nu), run in-process and offline on a document: the same schema and
 * checks as the W3C's online service, with its language detection on. Returns every error and warning as
 * "line N: message", so a test can show what the checker saw.
 */
final class NuHtmlChecker {

    private NuHtmlChecker() {
    }

    static List<String> problems(String html) throws Exception {
        List<String> problems = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                problems.add("warning, line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                problems.add("error, line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add("fatal, line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, true);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        source.setEncoding("UTF-8");
        validator.checkHtmlInputSource(source);
        return problems;
    }
}
