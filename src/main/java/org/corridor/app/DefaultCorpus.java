package org.corridor.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The corpus Corridor opens when the user names none: {@code seeds/} when run from the repository,
 * otherwise the copy bundled in the jar, unpacked once into the data folder so it can be read as files.
 */
public final class DefaultCorpus {

    static final String RESOURCE_DIR = "corridor-seeds";

    private DefaultCorpus() {
    }

    public static Path locate(Path workingDir, Path dataDir) throws IOException {
        Path repoSeeds = workingDir.resolve("seeds");
        if (Files.isDirectory(repoSeeds) && Files.isRegularFile(workingDir.resolve("pom.xml"))) {
            return repoSeeds;
        }
        return unpackBundled(dataDir.resolve("bundled-seeds"));
    }

    private static Path unpackBundled(Path target) throws IOException {
        URL url = DefaultCorpus.class.getClassLoader().getResource(RESOURCE_DIR);
        if (url == null) {
            throw new IOException("The bundled seed corpus is missing from this build");
        }
        Files.createDirectories(target);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyAll(jar.getPath(RESOURCE_DIR), target);
                }
            } else {
                copyAll(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException("Cannot locate the bundled seeds: " + url, e);
        }
        return target;
    }

    private static void copyAll(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(from)) {
            files = list.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path dest = to.resolve(file.getFileName().toString());
            try (InputStream in = Files.newInputStream(file)) {
                Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
