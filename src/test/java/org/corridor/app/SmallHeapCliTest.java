package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.corridor.corpus.TextDecoder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oversized input at a small heap: each command runs as a real child JVM with {@code -Xmx128m}, so reading a file
 * whole before checking its size shows up as an OutOfMemoryError instead of passing unnoticed in the test JVM's
 * heap. Big files are sparse (their length is set, not written), so the tests write kilobytes, not gigabytes.
 */
class SmallHeapCliTest {

    private static final long GB = 1024L * 1024 * 1024;
    private static final long MB = 1024L * 1024;

    @TempDir
    Path home;
    Path corpus;

    /** A child JVM's exit code, standard output and standard error. */
    private record Run(int code, String out, String err) {
    }

    @BeforeEach
    void oneReadableArticle() throws IOException {
        corpus = Files.createDirectories(home.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Gwadar: The port handled a record cargo.\n\nMore text follows.");
    }

    private Run corridor(String... argv) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", Launcher.class.getName()));
        command.addAll(List.of(argv));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().put("CORRIDOR_HOME", home.resolve("corridor-home").toString());
        Process p = builder.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command finished").isTrue();
        return new Run(p.exitValue(), Files.readString(home.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static Path sparse(Path file, String head, long length) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(head.getBytes(StandardCharsets.UTF_8));
            raf.setLength(length);
        }
        return file;
    }

    @Test
    void listSkipsA3GbArticleWithAMessageAndListsTheRest() throws Exception {
        sparse(corpus.resolve("huge.txt"), "Headline\n\nBody ", 3 * GB);

        Run run = corridor("list", "--corpus", corpus.toString());

        assertThat(run.out() + run.err()).doesNotContain("OutOfMemoryError").contains("huge.txt").contains("too large");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1).allSatisfy(l -> assertThat(l).contains("a.txt"));
    }

    @Test
    void anArticleJustUnderTheLimitIsListedAtASmallHeap() throws Exception {
        String paragraph = Files.readString(Path.of("seeds", "000_1b5463ecf60b4d06.txt"), StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(corpus.resolve("long.txt"))) {
            byte[] bytes = paragraph.getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written + bytes.length <= TextDecoder.MAX_BYTES; written += bytes.length) {
                out.write(bytes);
            }
        }
        Run run = corridor("list", "--corpus", corpus.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(2);
    }

    @Test
    void annotateRefusesA1GbFileWithAMessage() throws Exception {
        Path huge = sparse(home.resolve("huge.txt"), "Headline\n\nBody ", GB);

        Run run = corridor("annotate", huge.toString(), corpus.resolve("a.txt").toString());

        assertThat(run.out() + run.err()).doesNotContain("OutOfMemoryError").contains("huge.txt").contains("too large");
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("\"file\"").contains("a.txt");
    }

    @Test
    void importNotesRefusesAZipBombWithAMessage() throws Exception {
        Path bomb = home.resolve("bomb.qdpx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write("<?xml version=\"1.0\" encoding=\"utf-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\"><!--"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[(int) MB];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 1000; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(2 * MB);

        Run run = corridor("import-notes", "--corpus", corpus.toString(), "--workspace",
                home.resolve("ws").toString(), bomb.toString());

        assertThat(run.out() + run.err()).doesNotContain("OutOfMemoryError").contains("bomb.qdpx");
        assertThat(run.err()).containsAnyOf("compress", "unpacks to more than");
        assertThat(run.code()).as(run.err()).isEqualTo(2);
    }

    @Test
    void importNotesRefusesAnOversizedWebAnnotationFileWithAMessage() throws Exception {
        Path big = sparse(home.resolve("big.json"), "[{\"type\":\"Annotation\",\"body\":\"", 200 * MB);

        Run run = corridor("import-notes", "--corpus", corpus.toString(), "--workspace",
                home.resolve("ws").toString(), big.toString());

        assertThat(run.out() + run.err()).doesNotContain("OutOfMemoryError").contains("big.json").contains("too large");
        assertThat(run.code()).as(run.err()).isEqualTo(2);
    }
}
