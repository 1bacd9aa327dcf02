package org.corridor.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Validates XML against the official REFI-QDA schemas copied into the test resources. */
final class XsdValidator {

    private XsdValidator() {
    }

    /** Throws with the parser's message (line, column, what is wrong) when the document is not valid. */
    static void validate(String xsd, byte[] xml) throws IOException, SAXException {
        URL url = XsdValidator.class.getClassLoader().getResource("specs/refi-qda/" + xsd);
        if (url == null) {
            throw new IOException("missing schema " + xsd);
        }
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Schema schema = factory.newSchema(url);
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
