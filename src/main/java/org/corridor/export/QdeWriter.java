package org.corridor.export;

import java.io.OutputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.corridor.notes.Annotation;

/**
 * Writes {@code project.qde} in the element order Project.xsd prescribes: Users, CodeBook, Variables, Sources,
 * Notes, Description. Article metadata travels as source variables (article id, title, date, outlet, file),
 * which QDA tools show as document attributes and Corridor reads back to find the article again.
 */
final class QdeWriter {

    record Source(String guid, String file, ArticleNotes article, List<Selection> selections) {
    }

    /** A passage placed in its source, in code points of the LF text. */
    record Selection(Annotation annotation, int start, int end) {
    }

    /** An annotation that cannot be placed in a source; it travels as a project note, never dropped. */
    record Orphan(ArticleNotes article, Annotation annotation, String reason) {
    }

    static final String VAR_ARTICLE_ID = "Corridor article id";
    static final String VAR_FILE = "File";
    static final String VAR_DATE = "Date";
    static final String VAR_SOURCE = "Source";
    static final String USER_NAME = "Corridor user";

    private final ExportJob job;
    private final String user;
    private final String now;

    QdeWriter(ExportJob job) {
        this.job = job;
        this.user = Guids.derived("user", USER_NAME);
        this.now = ExportText.iso(job.exportedAt());
    }

    void write(OutputStream out, List<Source> sources, List<Orphan> orphans) throws XMLStreamException {
        XMLStreamWriter xml = QdaXml.open(out);
        xml.setDefaultNamespace(QdaXml.PROJECT_NS);
        xml.writeStartElement(QdaXml.PROJECT_NS, "Project");
        xml.writeDefaultNamespace(QdaXml.PROJECT_NS);
        xml.writeAttribute("name", QdaXml.clean(job.options().title()));
        xml.writeAttribute("origin", QdaXml.ORIGIN);
        xml.writeAttribute("creatingUserGUID", user);
        xml.writeAttribute("creationDateTime", now);
        xml.writeAttribute("modifyingUserGUID", user);
        xml.writeAttribute("modifiedDateTime", now);
        xml.writeStartElement("Users");
        xml.writeEmptyElement("User");
        xml.writeAttribute("guid", user);
        xml.writeAttribute("name", USER_NAME);
        xml.writeEndElement();
        var codes = QdaXml.codes(job.codebook(), job.annotations().stream().flatMap(a -> a.tagIds().stream()).toList());
        if (!codes.isEmpty()) {
            xml.writeStartElement("CodeBook");
            QdaXml.writeCodes(xml, codes);
            xml.writeEndElement();
        }
        if (!sources.isEmpty()) {
            writeVariables(xml);
            xml.writeStartElement("Sources");
            for (Source source : sources) {
                writeSource(xml, source);
            }
            xml.writeEndElement();
        }
        if (!orphans.isEmpty()) {
            xml.writeStartElement("Notes");
            for (Orphan orphan : orphans) {
                writeOrphan(xml, orphan);
            }
            xml.writeEndElement();
        }
        QdaXml.element(xml, "Description", "Exported by Corridor " + now + "; " + job.scopeLabel());
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private void writeVariables(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("Variables");
        for (String name : List.of(VAR_ARTICLE_ID, VAR_FILE, VAR_SOURCE)) {
            variable(xml, name, "Text");
        }
        variable(xml, VAR_DATE, "Date");
        xml.writeEndElement();
    }

    private static void variable(XMLStreamWriter xml, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("Variable");
        xml.writeAttribute("guid", Guids.derived("variable", name));
        xml.writeAttribute("name", name);
        xml.writeAttribute("typeOfVariable", type);
    }

    private void writeSource(XMLStreamWriter xml, Source source) throws XMLStreamException {
        ArticleNotes article = source.article();
        xml.writeStartElement("TextSource");
        xml.writeAttribute("guid", source.guid());
        xml.writeAttribute("name", QdaXml.clean(article.title()));
        xml.writeAttribute("plainTextPath", "internal://" + source.file());
        xml.writeAttribute("creatingUser", user);
        xml.writeAttribute("creationDateTime", now);
        for (Selection s : source.selections()) {
            writeSelection(xml, s);
        }
        value(xml, VAR_ARTICLE_ID, "TextValue", article.id());
        value(xml, VAR_FILE, "TextValue", article.fileName());
        if (article.source() != null) {
            value(xml, VAR_SOURCE, "TextValue", article.source());
        }
        if (article.date() != null) {
            value(xml, VAR_DATE, "DateValue", article.date().toString());
        }
        xml.writeEndElement();
    }

    private void writeSelection(XMLStreamWriter xml, Selection s) throws XMLStreamException {
        Annotation a = s.annotation();
        xml.writeStartElement("PlainTextSelection");
        xml.writeAttribute("guid", Guids.of(a.id()));
        xml.writeAttribute("name", QdaXml.clean(shorten(a.anchor().exact())));
        xml.writeAttribute("startPosition", Integer.toString(s.start()));
        xml.writeAttribute("endPosition", Integer.toString(s.end()));
        times(xml, a);
        if (!a.note().isBlank()) {
            QdaXml.element(xml, "Description", a.note());
        }
        for (String tagId : a.tagIds()) {
            xml.writeStartElement("Coding");
            xml.writeAttribute("guid", Guids.derived("coding", a.id(), tagId));
            xml.writeAttribute("creatingUser", user);
            if (a.modified() != null) {
                xml.writeAttribute("creationDateTime", ExportText.iso(a.modified()));
            }
            xml.writeEmptyElement("CodeRef");
            xml.writeAttribute("targetGUID", Guids.of(tagId));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void times(XMLStreamWriter xml, Annotation a) throws XMLStreamException {
        xml.writeAttribute("creatingUser", user);
        if (a.created() != null) {
            xml.writeAttribute("creationDateTime", ExportText.iso(a.created()));
        }
        xml.writeAttribute("modifyingUser", user);
        if (a.modified() != null) {
            xml.writeAttribute("modifiedDateTime", ExportText.iso(a.modified()));
        }
    }

    private static void value(XMLStreamWriter xml, String variable, String element, String value)
            throws XMLStreamException {
        xml.writeStartElement("VariableValue");
        xml.writeEmptyElement("VariableRef");
        xml.writeAttribute("targetGUID", Guids.derived("variable", variable));
        QdaXml.element(xml, element, value);
        xml.writeEndElement();
    }

    private void writeOrphan(XMLStreamWriter xml, Orphan orphan) throws XMLStreamException {
        Annotation a = orphan.annotation();
        xml.writeStartElement("Note");
        xml.writeAttribute("guid", Guids.of(a.id()));
        xml.writeAttribute("name", QdaXml.clean("Unplaced: " + shorten(a.anchor().exact())));
        times(xml, a);
        String tags = String.join(", ", ExportText.tagPaths(job.codebook(), a));
        QdaXml.element(xml, "PlainTextContent", "Article: " + orphan.article().title() + " (" + orphan.article().id()
                + ")\nNot placed because " + orphan.reason() + ".\nQuote: " + a.anchor().exact()
                + (tags.isEmpty() ? "" : "\nTags: " + tags) + "\n\n" + a.note());
        xml.writeEndElement();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 59) + "…";
    }
}
