package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.corridor.common.ProgressListener;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class QdcExporterTest extends NotesFixtureTest {

    @Test
    void codebookIsValidAgainstCodebookXsdWithHierarchyColoursAndDescriptions() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QdcExporter().write(fixture.job(ExportOptions.defaults()), out, ProgressListener.NONE);

        XsdValidator.validate("Codebook.xsd", out.toByteArray());
        Document doc = QdpxExporterTest.parse(out.toByteArray());
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:QDA-XML:codebook:1.0");
        assertThat(doc.getElementsByTagNameNS("*", "Code").getLength()).isEqualTo(6);
        Element terrorism = QdpxExporterTest.code(doc, NotesFixture.TERRORISM.id());
        assertThat(((Element) terrorism.getParentNode()).getAttribute("guid")).isEqualTo(NotesFixture.SECURITY.id());
        assertThat(terrorism.getAttribute("color")).isEqualTo("#ff9896");
        Element economy = QdpxExporterTest.code(doc, NotesFixture.ECONOMY.id());
        assertThat(economy.getElementsByTagNameNS("*", "Description").item(0).getTextContent())
                .isEqualTo("Trade, \"investment\" & <growth>");
    }

    @Test
    void anEmptyCodebookIsAClearErrorNotAnInvalidFile() throws Exception {
        NotesSnapshot notes = new NotesSnapshot(1, Codebook.EMPTY, List.of(fixture.notes.annotations().get(5)));
        ExportJob job = new ExportJob(Codebook.EMPTY, ExportScope.all().selectNotes(notes, fixture.corpus),
                ArticleTexts.of(fixture.corpus), ExportOptions.defaults(), NotesFixture.EXPORTED_AT, "all");

        assertThatThrownBy(() -> new QdcExporter().write(job, new ByteArrayOutputStream(), ProgressListener.NONE))
                .isInstanceOf(EmptyScopeException.class).hasMessageContaining("codebook has no tags");
    }
}
