package org.corridor.export;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.corridor.notes.Codebook;
import org.corridor.notes.Tag;

/**
 * What the REFI-QDA project and codebook files share: a real XML writer (so every name and note is escaped)
 * and the codebook as nested {@code Code} elements with GUIDs and colours.
 */
final class QdaXml {

    static final String PROJECT_NS = "urn:QDA-XML:project:1.0";
    static final String CODEBOOK_NS = "urn:QDA-XML:codebook:1.0";
    static final String ORIGIN = "Corridor";

    private QdaXml() {
    }

    static XMLStreamWriter open(OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        return xml;
    }

    /**
     * Characters XML 1.0 cannot carry at all (most control characters, lone surrogates) become U+FFFD;
     * an escaping writer cannot help with those, and one of them would make the whole file unreadable.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    /** The codebook's tags plus, as top-level codes, any tag an annotation names that the codebook lacks. */
    static List<Tag> codes(Codebook codebook, List<String> usedTagIds) {
        Map<String, Tag> all = new LinkedHashMap<>();
        codebook.tags().forEach(t -> all.put(t.id(), t));
        for (String id : usedTagIds) {
            all.putIfAbsent(id, new Tag(id, id, null, null, ""));
        }
        return new ArrayList<>(all.values());
    }

    /** {@code <Codes>} with each tag under its parent; tags whose parent is unknown go to the top. */
    static void writeCodes(XMLStreamWriter xml, List<Tag> tags) throws XMLStreamException {
        Map<String, Tag> byId = new LinkedHashMap<>();
        tags.forEach(t -> byId.put(t.id(), t));
        xml.writeStartElement("Codes");
        for (Tag tag : tags) {
            if (tag.parentId() == null || !byId.containsKey(tag.parentId())) {
                writeCode(xml, tag, tags, 0);
            }
        }
        xml.writeEndElement();
    }

    private static void writeCode(XMLStreamWriter xml, Tag tag, List<Tag> tags, int depth) throws XMLStreamException {
        xml.writeStartElement("Code");
        xml.writeAttribute("guid", Guids.of(tag.id()));
        xml.writeAttribute("name", clean(tag.name()));
        xml.writeAttribute("isCodable", "true");
        if (tag.color() != null && tag.color().matches("#[0-9a-fA-F]{6}")) {
            xml.writeAttribute("color", tag.color());
        }
        if (tag.description() != null && !tag.description().isBlank()) {
            element(xml, "Description", tag.description());
        }
        if (depth < 64) {
            for (Tag child : tags) {
                if (tag.id().equals(child.parentId())) {
                    writeCode(xml, child, tags, depth + 1);
                }
            }
        }
        xml.writeEndElement();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        writeText(xml, clean(text));
        xml.writeEndElement();
    }

    /**
     * Text with its CRs written as character references: a parser turns a literal CRLF into LF (XML's
     * end-of-line rule), so a note typed with CRLF would come back changed.
     */
    private static void writeText(XMLStreamWriter xml, String text) throws XMLStreamException {
        int from = 0;
        for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
            xml.writeCharacters(text.substring(from, cr));
            xml.writeEntityRef("#xD");
            from = cr + 1;
        }
        xml.writeCharacters(text.substring(from));
    }
}
