package org.corridor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corridor.common.ProgressListener;
import org.corridor.notes.Annotation;
import org.corridor.notes.NotesSnapshot;
import org.corridor.notes.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QdpxImportTest extends NotesFixtureTest {

    static final String NS = "urn:QDA-XML:project:1.0";
    static final String PARENT = "11111111-2222-4333-8444-555555555501";
    static final String CHILD = "11111111-2222-4333-8444-555555555502";

    NotesImporter importer;

    @BeforeEach
    void setUp() throws Exception {
        importer = new NotesImporter(fixture.corpus, ArticleTexts.of(fixture.corpus),
                Clock.fixed(NotesFixture.EXPORTED_AT.toInstant(), ZoneOffset.UTC));
    }

    static byte[] zip(Map<String, String> entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A project as another QDA tool might write it: its own source text (CRLF, an extra first line), codes, notes. */
    private byte[] handWrittenProject(String sourceText, int start, int end) throws Exception {
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <Project xmlns="%s" name="From another tool">
                  <CodeBook><Codes>
                    <Code guid="%s" name="Regional &amp; security" isCodable="true" color="#AA3311">
                      <Description>Parent code</Description>
                      <Code guid="%s" name="Afghanistan talks" isCodable="true" color="#11aa33"/>
                    </Code>
                    <Code guid="%s" name="Diplomacy" isCodable="true"/>
                  </Codes></CodeBook>
                  <Sources>
                    <TextSource guid="aaaaaaaa-0000-4000-8000-000000000001" name="Interview 7.txt" plainTextPath="internal://aaaaaaaa-0000-4000-8000-000000000001.txt">
                      <PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000001" startPosition="%d" endPosition="%d"
                          creationDateTime="2023-03-03T10:00:00Z" modifiedDateTime="2023-03-04T10:00:00">
                        <Description>memo &lt;b&gt;kept&lt;/b&gt;</Description>
                        <Coding guid="cccccccc-0000-4000-8000-000000000001"><CodeRef targetGUID="%s"/></Coding>
                        <Coding guid="cccccccc-0000-4000-8000-000000000002"><CodeRef targetGUID="%s"/></Coding>
                        <NoteRef targetGUID="dddddddd-0000-4000-8000-000000000001"/>
                      </PlainTextSelection>
                      <PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000002" startPosition="0" endPosition="9">
                        <Coding guid="cccccccc-0000-4000-8000-000000000003"><CodeRef targetGUID="%s"/></Coding>
                      </PlainTextSelection>
                    </TextSource>
                    <TextSource guid="aaaaaaaa-0000-4000-8000-000000000002" name="Escape" plainTextPath="internal://../../etc/passwd">
                      <PlainTextSelection guid="bbbbbbbb-0000-4000-8000-000000000003" startPosition="0" endPosition="4"/>
                    </TextSource>
                  </Sources>
                  <Notes>
                    <Note guid="dddddddd-0000-4000-8000-000000000001" name="n1"><PlainTextContent>linked note</PlainTextContent></Note>
                    <Note guid="dddddddd-0000-4000-8000-000000000002" name="loose"><PlainTextContent>a project memo</PlainTextContent></Note>
                  </Notes>
                </Project>
                """.formatted(NS, PARENT, CHILD, NotesFixture.DIPLOMACY.id(), start, end, CHILD, NotesFixture.DIPLOMACY.id(), PARENT);
        return zip(Map.of("project.qde", qde, "Sources/aaaaaaaa-0000-4000-8000-000000000001.txt", sourceText));
    }

    @Test
    void codesSelectionsAndNotesOfAForeignProjectComeIn() throws Exception {
        String article = fixture.corpus.open(NotesFixture.CRLF_ARTICLE).text();
        String source = "Transcribed by hand 🎙\r\n" + article;
        String quote = "Russian Foreign Minister Sergei Lavrov";
        int from = source.indexOf(quote);
        int start = source.codePointCount(0, from);

        NotesImporter.Result result = importer.merge(fixture.notes,
                NotesFileReader.read(handWrittenProject(source, start, start + quote.codePointCount(0, quote.length())), "p.qdpx"));

        assertThat(result.report().format()).isEqualTo("qdpx");
        NotesSnapshot merged = result.applyTo(fixture.notes);
        Tag parent = merged.codebook().find(PARENT).orElseThrow();
        assertThat(parent.name()).isEqualTo("Regional & security");
        assertThat(parent.color()).isEqualTo("#aa3311");
        assertThat(parent.description()).isEqualTo("Parent code");
        assertThat(merged.codebook().find(CHILD).orElseThrow().parentId()).isEqualTo(PARENT);
        assertThat(result.report().tagsCreated()).containsExactly("Regional & security", "Afghanistan talks");
        Annotation lavrov = result.newAnnotations().get(0);
        assertThat(lavrov.articleId()).isEqualTo(NotesFixture.CRLF_ARTICLE);
        assertThat(lavrov.anchor().exact()).isEqualTo(quote);
        assertThat(article.substring(lavrov.anchor().start(), lavrov.anchor().end())).isEqualTo(quote);
        assertThat(lavrov.tagIds()).containsExactly(CHILD, NotesFixture.DIPLOMACY.id());
        assertThat(lavrov.note()).isEqualTo("memo <b>kept</b>\n\nlinked note");
        assertThat(lavrov.modified()).isEqualTo("2023-03-04T10:00:00Z");
        assertThat(result.report().unplaced()).extracting(ImportReport.Unplaced::reason)
                .anyMatch(r -> r.contains("a project memo"))
                .anyMatch(r -> r.contains("no article"));
        // the "Transcribed" selection (in no article), the escaping source path (not read) and the loose memo
        assertThat(result.report().unplaced()).hasSize(3);
        assertThat(result.report().imported()).isEqualTo(1);
    }

    @Test
    void ourOwnExportComesBackOntoTheSamePassagesDespiteCrlfAndEmoji() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QdpxExporter().write(fixture.job(ExportOptions.defaults()), out, ProgressListener.NONE);

        NotesImporter.Result result = importer.merge(NotesSnapshot.empty(), NotesFileReader.read(out.toByteArray(), "ours.qdpx"));

        assertThat(result.report().unplaced()).isEmpty();
        assertThat(result.newAnnotations()).hasSameSizeAs(fixture.notes.annotations());
        for (Annotation original : fixture.notes.annotations()) {
            Annotation back = result.newAnnotations().stream().filter(a -> a.id().equals(original.id())).findFirst().orElseThrow();
            assertThat(back.anchor()).isEqualTo(original.anchor());
            assertThat(back.articleId()).isEqualTo(original.articleId());
        }
    }

    @Test
    void aProjectFileCannotMakeCorridorReadLocalFiles() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
        String qde = """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE Project [<!ENTITY xxe SYSTEM "%s">]>
                <Project xmlns="%s" name="x"><Notes>
                  <Note guid="dddddddd-0000-4000-8000-000000000009" name="n"><PlainTextContent>&xxe;</PlainTextContent></Note>
                </Notes></Project>
                """.formatted(secret.toUri(), NS);

        String outcome;
        try {
            outcome = NotesFileReader.read(zip(Map.of("project.qde", qde)), "evil.qdpx").problems().toString();
        } catch (ExportException refused) {
            outcome = refused.getMessage();
        }

        assertThat(outcome).doesNotContain("TOP-SECRET-CONTENT");
    }
}
