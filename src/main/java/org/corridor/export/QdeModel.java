package org.corridor.export;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of a {@code project.qde} an import needs, read with a streaming parser that resolves no DTDs and no
 * external entities (a project file from elsewhere must not make Corridor read local files or the network).
 * Element names are matched without their namespace, so files from tools that get the namespace wrong still read.
 */
final class QdeModel {

    /** A project note, referred to from selections by NoteRef. */
    record ProjectNote(String name, String text) {
    }

    static final class Selection {
        private final String guid;
        private final int start;
        private final int end;
        private final OffsetDateTime created;
        private final OffsetDateTime modified;
        private final List<String> codeRefs = new ArrayList<>();
        private final List<String> noteRefs = new ArrayList<>();
        private String description;

        Selection(String guid, int start, int end, OffsetDateTime created, OffsetDateTime modified) {
            this.guid = guid;
            this.start = start;
            this.end = end;
            this.created = created;
            this.modified = modified;
        }

        String guid() { return guid; }
        int start() { return start; }
        int end() { return end; }
        OffsetDateTime created() { return created; }
        OffsetDateTime modified() { return modified; }
        List<String> codeRefs() { return codeRefs; }
        List<String> noteRefs() { return noteRefs; }
        String description() { return description; }
    }

    static final class Source {
        private final String name;
        private final String path;
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final List<Selection> selections = new ArrayList<>();
        private String inlineText;

        Source(String name, String path) {
            this.name = name;
            this.path = path;
        }

        String name() { return name; }
        String path() { return path; }
        Map<String, String> variables() { return variables; }
        List<Selection> selections() { return selections; }
        String inlineText() { return inlineText; }
    }

    private final List<ImportBatch.Tag> codes = new ArrayList<>();
    private final Map<String, ImportBatch.Tag> codeByGuid = new LinkedHashMap<>();
    private final Map<String, String> variableNames = new LinkedHashMap<>();
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, ProjectNote> notes = new LinkedHashMap<>();

    List<ImportBatch.Tag> codes() { return codes; }
    List<Source> sources() { return sources; }
    Map<String, ProjectNote> notes() { return notes; }

    static QdeModel parse(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        QdeModel model = new QdeModel();
        model.read(xml);
        return model;
    }

    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<String> codeStack = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Source source;
    private Selection selection;
    private String variableRef;
    private String noteGuid;
    private String noteName;

    private void read(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    text.setLength(0);
                    start(xml.getLocalName(), xml);
                    path.push(xml.getLocalName());
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> text.append(xml.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    path.pop();
                    end(xml.getLocalName());
                }
                default -> {
                    // comments, processing instructions, whitespace outside elements: nothing to keep
                }
            }
        }
    }

    private void start(String name, XMLStreamReader xml) {
        String parent = path.peek();
        switch (name) {
            case "Code" -> {
                String guid = attr(xml, "guid");
                ImportBatch.Tag tag = new ImportBatch.Tag(guid, attr(xml, "name"), codeStack.peek(), attr(xml, "color"), "");
                codes.add(tag);
                codeByGuid.put(guid, tag);
                codeStack.push(guid);
            }
            case "Variable" -> variableNames.put(attr(xml, "guid"), attr(xml, "name"));
            case "TextSource" -> source = new Source(attr(xml, "name"), attr(xml, "plainTextPath"));
            case "PlainTextSelection" -> selection = source == null ? null : new Selection(attr(xml, "guid"),
                    integer(attr(xml, "startPosition")), integer(attr(xml, "endPosition")),
                    time(attr(xml, "creationDateTime")), time(attr(xml, "modifiedDateTime")));
            case "CodeRef" -> {
                if (selection != null && "Coding".equals(parent)) {
                    selection.codeRefs.add(attr(xml, "targetGUID"));
                }
            }
            case "NoteRef" -> {
                if (selection != null && "PlainTextSelection".equals(parent)) {
                    selection.noteRefs.add(attr(xml, "targetGUID"));
                }
            }
            case "VariableRef" -> variableRef = attr(xml, "targetGUID");
            case "Note" -> {
                noteGuid = attr(xml, "guid");
                noteName = attr(xml, "name");
            }
            default -> {
                // other elements carry nothing an import uses
            }
        }
    }

    private void end(String name) {
        String parent = path.peek();
        String value = text.toString();
        switch (name) {
            case "Code" -> codeStack.pop();
            case "Description" -> {
                if ("Code".equals(parent) && !codeStack.isEmpty()) {
                    ImportBatch.Tag old = codeByGuid.get(codeStack.peek());
                    ImportBatch.Tag described = new ImportBatch.Tag(old.key(), old.name(), old.parentKey(), old.color(), value);
                    codes.set(codes.indexOf(old), described);
                    codeByGuid.put(old.key(), described);
                } else if ("PlainTextSelection".equals(parent) && selection != null) {
                    selection.description = value;
                }
            }
            case "PlainTextContent" -> {
                if ("Note".equals(parent) && noteGuid != null) {
                    notes.put(noteGuid, new ProjectNote(noteName, value));
                } else if ("TextSource".equals(parent) && source != null) {
                    source.inlineText = value;
                }
            }
            case "TextValue", "DateValue", "IntegerValue", "FloatValue", "BooleanValue", "DateTimeValue" -> {
                if (source != null && variableRef != null && variableNames.containsKey(variableRef)) {
                    source.variables.put(variableNames.get(variableRef), value);
                }
            }
            case "PlainTextSelection" -> {
                if (selection != null) {
                    source.selections.add(selection);
                }
                selection = null;
            }
            case "TextSource" -> {
                if (source != null) {
                    sources.add(source);
                }
                source = null;
            }
            case "Note" -> {
                if (noteGuid != null) {
                    notes.putIfAbsent(noteGuid, new ProjectNote(noteName, ""));
                }
                noteGuid = null;
            }
            default -> {
                // nothing collected for other elements
            }
        }
    }

    private static String attr(XMLStreamReader xml, String name) {
        return xml.getAttributeValue(null, name);
    }

    private static int integer(String value) {
        try {
            return value == null ? -1 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** xsd:dateTime with or without offset (a time without one is taken as UTC). */
    static OffsetDateTime time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value.strip()).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }
}
