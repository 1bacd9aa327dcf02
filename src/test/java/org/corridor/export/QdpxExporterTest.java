package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corridor.common.ProgressListener;
import org.corridor.notes.Annotation;
import org.corridor.notes.Codebook;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.TextAnchor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class QdpxExporterTest extends NotesFixtureTest {

    /** The zip's entries by name. */
    static Map<String, byte[]> unzip(byte[] zipBytes) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private Map<String, byte[]> export(ExportJob job) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QdpxExporter().write(job, out, ProgressListener.NONE);
        return unzip(out.toByteArray());
    }

    @Test
    void projectIsValidAgainstTheOfficialSchemaAndZipNamesAreSafe() throws Exception {
        Map<String, byte[]> zip = export(fixture.job(ExportOptions.defaults()));

        XsdValidator.validate("Project.xsd", zip.get("project.qde"));
        assertThat(zip.keySet()).allMatch(ZipNames::isSafe).contains("project.qde");
        assertThat(zip.keySet().stream().filter(n -> n.startsWith("Sources/") && n.endsWith(".txt"))).hasSize(5);
        Document doc = parse(zip.get("project.qde"));
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("urn:QDA-XML:project:1.0");
        assertThat(doc.getElementsByTagNameNS("*", "User").getLength()).isEqualTo(1);
    }

    @Test
    void everySelectionCoversItsQuoteCountedInCodePointsAfterEmojiAndCrlf() throws Exception {
        Map<String, byte[]> zip = export(fixture.job(ExportOptions.defaults()));
        Document doc = parse(zip.get("project.qde"));

        NodeList sources = doc.getElementsByTagNameNS("*", "TextSource");
        int checked = 0;
        for (int i = 0; i < sources.getLength(); i++) {
            Element source = (Element) sources.item(i);
            String file = source.getAttribute("plainTextPath").replace("internal://", "Sources/");
            String text = new String(zip.get(file), StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("\r");
            int[] codePoints = text.codePoints().toArray();
            NodeList selections = source.getElementsByTagNameNS("*", "PlainTextSelection");
            for (int j = 0; j < selections.getLength(); j++) {
                Element selection = (Element) selections.item(j);
                int start = Integer.parseInt(selection.getAttribute("startPosition"));
                int end = Integer.parseInt(selection.getAttribute("endPosition"));
                Annotation a = byGuid(selection.getAttribute("guid"));
                assertThat(new String(codePoints, start, end - start))
                        .isEqualTo(a.anchor().exact().replace("\r\n", "\n"));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(fixture.notes.annotations().size());
        Annotation afterEmoji = fixture.notes.annotations().get(3);
        Element selection = selection(doc, afterEmoji.id());
        String original = fixture.corpus.open(afterEmoji.articleId()).text();
        long crsBefore = original.substring(0, afterEmoji.anchor().start()).chars().filter(c -> c == '\r').count();
        assertThat(crsBefore).isPositive();
        // one fewer for the emoji (two UTF-16 units, one code point), one fewer per dropped CR
        assertThat(Integer.parseInt(selection.getAttribute("startPosition")))
                .isEqualTo(afterEmoji.anchor().start() - 1 - crsBefore);
    }

    @Test
    void codesKeepHierarchyAndColoursAndCodingsPointAtThem() throws Exception {
        Document doc = parse(export(fixture.job(ExportOptions.defaults())).get("project.qde"));

        Element economy = code(doc, NotesFixture.ECONOMY.id());
        assertThat(economy.getAttribute("color")).isEqualTo("#2ca02c");
        assertThat(((Element) code(doc, NotesFixture.CPEC.id()).getParentNode()).getAttribute("name")).isEqualTo("Economy");
        assertThat(((Element) code(doc, NotesFixture.CORRIDOR_ZH.id()).getParentNode()).getAttribute("name")).isEqualTo("Economy");
        assertThat(code(doc, NotesFixture.CORRIDOR_ZH.id()).getAttribute("name")).isEqualTo("中巴经济走廊");
        Element overlapping = selection(doc, fixture.notes.annotations().get(1).id());
        NodeList refs = overlapping.getElementsByTagNameNS("*", "CodeRef");
        assertThat(List.of(((Element) refs.item(0)).getAttribute("targetGUID"), ((Element) refs.item(1)).getAttribute("targetGUID")))
                .containsExactly(NotesFixture.CPEC.id(), NotesFixture.DIPLOMACY.id());
    }

    @Test
    void notesAreEscapedByTheXmlWriterAndReadBackExactly() throws Exception {
        Document doc = parse(export(fixture.job(ExportOptions.defaults())).get("project.qde"));

        Element hostile = selection(doc, fixture.notes.annotations().get(2).id());
        assertThat(hostile.getElementsByTagNameNS("*", "Description").item(0).getTextContent())
                .isEqualTo(NotesFixture.HOSTILE_NOTE);
        assertThat(hostile.getElementsByTagNameNS("*", "script").getLength()).isZero();
    }

    @Test
    void aPassageNoLongerInTheTextTravelsAsAProjectNote() throws Exception {
        Annotation lost = new Annotation("0c4a7d2e-1111-4a5b-9c8d-0000000000ff", "004_f7e47c8c0e29e705", "t", null, null,
                List.of(), "keep me\u0001", NotesFixture.EXPORTED_AT, NotesFixture.EXPORTED_AT,
                new TextAnchor("a sentence that is not in the article", "", "", 10, 47));
        NotesSnapshot notes = new NotesSnapshot(1, Codebook.EMPTY, List.of(lost));
        ExportJob job = new ExportJob(Codebook.EMPTY, ExportScope.all().selectNotes(notes, fixture.corpus),
                ArticleTexts.of(fixture.corpus), ExportOptions.defaults(), NotesFixture.EXPORTED_AT, "all");

        byte[] qde = export(job).get("project.qde");

        XsdValidator.validate("Project.xsd", qde);
        Document doc = parse(qde);
        assertThat(doc.getElementsByTagNameNS("*", "PlainTextSelection").getLength()).isZero();
        String note = doc.getElementsByTagNameNS("*", "Note").item(0).getTextContent();
        assertThat(note).contains("a sentence that is not in the article", "keep me\uFFFD");
    }

    private Annotation byGuid(String guid) {
        return fixture.notes.annotations().stream().filter(a -> a.id().equals(guid)).findFirst().orElseThrow();
    }

    static Element selection(Document doc, String guid) {
        return byAttribute(doc, "PlainTextSelection", guid);
    }

    static Element code(Document doc, String guid) {
        return byAttribute(doc, "Code", guid);
    }

    private static Element byAttribute(Document doc, String element, String guid) {
        NodeList list = doc.getElementsByTagNameNS("*", element);
        for (int i = 0; i < list.getLength(); i++) {
            if (((Element) list.item(i)).getAttribute("guid").equals(guid)) {
                return (Element) list.item(i);
            }
        }
        throw new AssertionError("no " + element + " " + guid);
    }
}
