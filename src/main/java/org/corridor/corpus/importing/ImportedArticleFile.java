package org.corridor.corpus.importing;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.corridor.corpus.MetadataHeader;

/**
 * The text file an imported article becomes: the seed format's date line when the date is known, the metadata
 * header (title, source, original file name, near-duplicate flag), a blank line, then the body. The article
 * parser reads it back exactly like a seed (see docs/import-format.md).
 */
final class ImportedArticleFile {

    private static final int MAX_SLUG = 80;

    private ImportedArticleFile() {
    }

    static String compose(ImportedDocument doc, String originalName, String nearDuplicateOf) {
        StringBuilder out = new StringBuilder(doc.body().length() + 256);
        if (doc.date() != null) {
            out.append(" date ").append(doc.date()).append(" \n");
        }
        Map<String, String> header = new LinkedHashMap<>();
        header.put(MetadataHeader.TITLE, doc.title());
        header.put(MetadataHeader.SOURCE, doc.source());
        header.put(MetadataHeader.ORIGINAL, originalName);
        header.put(MetadataHeader.NEAR_DUPLICATE_OF, nearDuplicateOf);
        out.append(MetadataHeader.write(header)).append('\n');
        return out.append(doc.body().strip()).append('\n').toString();
    }

    /** A file name from the original's: ASCII letters, digits and dashes, so ids stay readable everywhere. */
    static String slug(String originalName) {
        int dot = originalName.lastIndexOf('.');
        String base = dot > 0 ? originalName.substring(0, dot) : originalName;
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    static String baseName(Path written) {
        String name = written.getFileName().toString();
        return name.substring(0, name.length() - ".txt".length());
    }
}
