package org.corridor.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamException;
import org.corridor.corpus.TextDecoder;

/**
 * Reads a REFI-QDA project ({@code .qdpx}): its codes (hierarchy, colours, descriptions), its text sources and
 * their {@code PlainTextSelection}s with codings and notes (a selection's Description and the project notes it
 * refers to). Entries are read into memory by name, never unpacked to disk, and only source paths that are
 * safe names are looked up.
 */
public final class QdpxReader {

    private static final long MB = 1024 * 1024;
    /** At most this much is unpacked from one archive, so that a project and its sources fit a 1 GB heap. */
    static final long MAX_BYTES = 128 * MB;
    /** One entry: the project XML or one source, which is an article and is capped like one. */
    static final long MAX_ENTRY_BYTES = TextDecoder.MAX_BYTES;
    static final int MAX_RATIO = 100;
    /** Small entries may compress as well as they like (a megabyte of spaces is not a threat). */
    private static final long RATIO_FREE_BYTES = MB;
    private static final int CONTEXT = 32;

    private QdpxReader() {
    }

    public static ImportBatch read(byte[] zip, String fileName) throws IOException {
        Map<String, byte[]> entries = unzip(zip);
        byte[] qde = entries.get(QdpxExporter.PROJECT_ENTRY);
        if (qde == null) {
            throw new ExportException("no project.qde: it is not a REFI-QDA project");
        }
        QdeModel model;
        try {
            model = QdeModel.parse(new ByteArrayInputStream(qde));
        } catch (XMLStreamException e) {
            throw new ExportException("project.qde is not readable XML: " + e.getMessage(), e);
        }
        List<ImportBatch.Note> notes = new ArrayList<>();
        List<ImportReport.Unplaced> problems = new ArrayList<>();
        Set<String> referencedNotes = new LinkedHashSet<>();
        for (QdeModel.Source source : model.sources()) {
            String text = sourceText(source, entries);
            for (QdeModel.Selection s : source.selections()) {
                referencedNotes.addAll(s.noteRefs());
                notes.add(note(model, source, s, text));
            }
        }
        model.notes().forEach((guid, note) -> {
            if (!referencedNotes.contains(guid)) {
                problems.add(new ImportReport.Unplaced(note.name(), null,
                        "a project note not attached to any passage: " + shorten(note.text())));
            }
        });
        return new ImportBatch(fileName, "qdpx", model.codes(), notes, problems);
    }

    private static ImportBatch.Note note(QdeModel model, QdeModel.Source source, QdeModel.Selection s, String text) {
        String exact = null;
        String prefix = null;
        String suffix = null;
        if (text != null) {
            int length = text.codePointCount(0, text.length());
            if (s.start() >= 0 && s.start() < s.end() && s.end() <= length) {
                int from = text.offsetByCodePoints(0, s.start());
                int to = text.offsetByCodePoints(0, s.end());
                exact = text.substring(from, to);
                prefix = CodePoints.withoutBrokenEnds(text.substring(Math.max(0, from - CONTEXT), from));
                suffix = CodePoints.withoutBrokenEnds(text.substring(to, Math.min(text.length(), to + CONTEXT)));
            }
        }
        List<String> noteTexts = new ArrayList<>();
        if (s.description() != null && !s.description().isBlank()) {
            noteTexts.add(s.description());
        }
        for (String ref : s.noteRefs()) {
            QdeModel.ProjectNote n = model.notes().get(ref);
            if (n != null && !n.text().isBlank()) {
                noteTexts.add(n.text());
            }
        }
        List<String> sources = new ArrayList<>();
        addIfPresent(sources, source.variables().get(QdeWriter.VAR_ARTICLE_ID));
        addIfPresent(sources, source.variables().get(QdeWriter.VAR_FILE));
        addIfPresent(sources, source.name());
        addIfPresent(sources, source.path());
        return new ImportBatch.Note(s.guid(), sources, exact, prefix, suffix, s.start(), s.end(), true, s.codeRefs(),
                String.join("\n\n", noteTexts), s.created(), s.modified());
    }

    /** The source's text: its file in the archive ({@code internal://name} under sources/), else its inline content. */
    private static String sourceText(QdeModel.Source source, Map<String, byte[]> entries) {
        String path = source.path();
        if (path != null && path.startsWith("internal://")) {
            String name = path.substring("internal://".length());
            if (ZipNames.isSafe(name)) {
                for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                    if (e.getKey().toLowerCase(Locale.ROOT).equals(("sources/" + name).toLowerCase(Locale.ROOT))) {
                        String text = new String(e.getValue(), StandardCharsets.UTF_8);
                        return text.startsWith("\uFEFF") ? text.substring(1) : text;
                    }
                }
            }
        }
        return source.inlineText();
    }

    /**
     * The archive's entries by name, within three caps checked while inflating, so that a small zip bomb is
     * refused after a few megabytes instead of filling the heap: the whole unpacked size, each entry's size (a
     * source is an article, capped like one), and each entry's compression ratio (text and XML compress about
     * 3 to 20 times; a thousandfold ratio is a bomb, not a project).
     */
    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        ByteArrayInputStream raw = new ByteArrayInputStream(zip);
        try (ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory() || !ZipNames.isSafe(e.getName())) {
                    continue;
                }
                int compressedStart = zip.length - raw.available();
                ByteArrayOutputStream entry = new ByteArrayOutputStream();
                byte[] chunk = new byte[64 * 1024];
                for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                    entry.write(chunk, 0, n);
                    total += n;
                    long compressed = zip.length - raw.available() - compressedStart;
                    checkLimits(e.getName(), entry.size(), compressed, total);
                }
                entries.put(e.getName(), entry.toByteArray());
            }
        }
        return entries;
    }

    private static void checkLimits(String entry, long size, long compressed, long total)
            throws ExportException {
        if (total > MAX_BYTES) {
            throw new ExportException("unpacks to more than " + MAX_BYTES / MB + " MB; it is not imported");
        }
        if (size > MAX_ENTRY_BYTES) {
            throw new ExportException(entry + " unpacks to more than " + MAX_ENTRY_BYTES / MB
                    + " MB; it is not imported");
        }
        if (size > RATIO_FREE_BYTES && size > MAX_RATIO * Math.max(1, compressed)) {
            throw new ExportException(entry + " is compressed more than " + MAX_RATIO
                    + " to 1, as zip bombs are; it is not imported");
        }
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null && !value.isBlank() && !list.contains(value)) {
            list.add(value);
        }
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 79) + "…";
    }
}
