package org.corridor.export;

import java.io.IOException;
import java.io.OutputStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.corridor.common.ProgressListener;

/** The codebook alone as a REFI-QDA codebook exchange file ({@code .qdc}, namespace urn:QDA-XML:codebook:1.0). */
public final class QdcExporter implements NotesExporter {

    @Override
    public String id() {
        return "qdc";
    }

    @Override
    public String label() {
        return "REFI-QDA codebook (.qdc)";
    }

    @Override
    public String fileExtension(ExportOptions options) {
        return "qdc";
    }

    @Override
    public boolean isText() {
        return true;
    }

    @Override
    public void write(ExportJob job, OutputStream out, ProgressListener progress) throws IOException {
        var codes = QdaXml.codes(job.codebook(), job.annotations().stream().flatMap(a -> a.tagIds().stream()).toList());
        if (codes.isEmpty()) {
            throw new EmptyScopeException("Nothing to export: the codebook has no tags");
        }
        try {
            XMLStreamWriter xml = QdaXml.open(out);
            xml.setDefaultNamespace(QdaXml.CODEBOOK_NS);
            xml.writeStartElement(QdaXml.CODEBOOK_NS, "CodeBook");
            xml.writeDefaultNamespace(QdaXml.CODEBOOK_NS);
            xml.writeAttribute("origin", QdaXml.ORIGIN);
            QdaXml.writeCodes(xml, codes);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the codebook: " + e.getMessage(), e);
        }
    }
}
