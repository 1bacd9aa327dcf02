package org.corridor.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.corridor.common.CancelledException;
import org.corridor.common.ProgressListener;

/**
 * Reads every article file of a folder (recursively) into a {@link Corpus}. A file that cannot be read is
 * reported and skipped; it never stops the others.
 */
public final class CorpusLoader {

    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown", "");

    private final ArticleParser parser;

    public CorpusLoader(ArticleParser parser) {
        this.parser = parser;
    }

    public Corpus load(Path folder, ProgressListener progress) throws IOException {
        Path root = folder.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "the corpus folder does not exist");
        }
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(root.toString());
        }
        List<Path> files = listFiles(root);
        List<ArticleMeta> articles = new ArrayList<>(files.size());
        List<LoadProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            Path file = files.get(i);
            progress.progress(i, files.size(), file.getFileName().toString());
            String shown = root.relativize(file).toString();
            try {
                ParsedFile parsed = readOne(root, file, ids);
                articles.add(parsed.meta());
                if (parsed.warning() != null) {
                    problems.add(new LoadProblem(shown, parsed.warning(), false));
                }
            } catch (UnreadableFileException e) {
                problems.add(new LoadProblem(shown, e.getMessage(), true));
            } catch (IOException e) {
                problems.add(new LoadProblem(shown, "Could not be read: " + e.getMessage(), true));
            }
        }
        progress.progress(files.size(), files.size(), "");
        return new Corpus(root, articles, problems, parser);
    }

    private record ParsedFile(ArticleMeta meta, String warning) {
    }

    private ParsedFile readOne(Path root, Path file, Set<String> ids) throws IOException, UnreadableFileException {
        String extension = extension(file);
        if (!TEXT_EXTENSIONS.contains(extension)) {
            throw new UnreadableFileException("Not a text article (." + extension
                    + "); use File ▸ Import… for HTML and PDF files.");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(Files.readAllBytes(file));
        String id = uniqueId(ArticleIds.of(root, file), extension, ids);
        return new ParsedFile(parser.parse(id, file, decoded.text()).meta(), decoded.warning());
    }

    private static String uniqueId(String id, String extension, Set<String> ids) {
        String candidate = ids.contains(id) ? id + "." + extension : id;
        ids.add(candidate);
        return candidate;
    }

    private static List<Path> listFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root, p))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
