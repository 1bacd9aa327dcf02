package org.corridor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corridor.common.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The command line in its own JVM under the C locale (ASCII): output stays UTF-8 and non-ASCII file names given as
 * arguments still open.
 */
class AnyLocaleCommandTest {

    @TempDir
    Path home;

    @Test
    void aNonAsciiFileNameWorksAndTheJsonKeepsEveryCharacterUnderTheCLocale() throws Exception {
        Path file = home.resolve("Karachi–Gwadar ñ.txt");
        Files.writeString(file, "Karachi–Gwadar motorway reaches Turbat\n\nThe Karachi–Gwadar motorway reached "
                + "Turbat on Monday, said Ahsan Iqbal, Pakistan’s planning minister, in Islamabad. Señor Núñez "
                + "attended.\n", StandardCharsets.UTF_8);

        Result run = runInCLocale("annotate", file.toString());

        assertThat(run.err()).doesNotContain("InvalidPathException").doesNotContain("Exception");
        assertThat(run.code()).isZero();
        JsonNode line = Json.compact().readTree(run.out().strip());
        assertThat(line.get("file").asString()).isEqualTo(file.toString());
        assertThat(line.get("article").get("title").asString()).isEqualTo("Karachi–Gwadar motorway reaches Turbat");
        assertThat(run.out()).doesNotContain("?");
    }

    @Test
    void messagesOnStandardErrorAreUtf8Too() throws Exception {
        Path missing = home.resolve("nowhere ñ.txt");

        Result run = runInCLocale("annotate", missing.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(missing.toString());
    }

    private record Result(int code, String out, String err) {
    }

    private Result runInCLocale(String... argv) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                Launcher.class.getName()));
        command.addAll(List.of(argv));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(home.resolve("err.txt").toFile());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().put("CORRIDOR_HOME", home.resolve("corridor-home").toString());
        Process p = builder.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), out, Files.readString(home.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
