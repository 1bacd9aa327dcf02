package org.corridor.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Makes arguments and file names work under any locale. On Linux the JVM decodes its arguments and encodes every
 * file name with the locale's charset (ASCII under {@code LANG=C}), fixed when it starts: {@code -Dsun.jnu.encoding}
 * is ignored by JDK 17, so no option in the jar or {@code jpackage.cfg} can change it. When the locale is not UTF-8,
 * the launcher therefore starts the same command once more under {@code LC_ALL=C.UTF-8} and hands over the
 * arguments as they were typed, read as bytes from {@code /proc/self/cmdline} (the JVM already lost them), in an
 * ASCII-safe variable.
 */
final class Utf8Relaunch {

    /** The original arguments, each Base64 of its UTF-8 bytes followed by ';'. Set only for the relaunched JVM. */
    static final String ARGS_VARIABLE = "CORRIDOR_UTF8_ARGS";
    private static final String UTF8_LOCALE = "C.UTF-8";

    private Utf8Relaunch() {
    }

    /** The arguments the user typed: those handed over by a relaunching parent, else the JVM's own. */
    static String[] arguments(String[] jvmArgs) {
        String handed = System.getenv(ARGS_VARIABLE);
        if (handed == null) {
            return jvmArgs;
        }
        List<String> args = new ArrayList<>();
        String[] parts = handed.split(";", -1);
        for (int i = 0; i < parts.length - 1; i++) {
            args.add(new String(Base64.getDecoder().decode(parts[i]), StandardCharsets.UTF_8));
        }
        return args.toArray(String[]::new);
    }

    /**
     * Runs the command again in a JVM with a UTF-8 locale when this one cannot represent non-ASCII names, and
     * returns its exit code; empty when this JVM can go on itself (or nothing better can be done).
     */
    static OptionalInt runInUtf8LocaleIfNeeded(String[] jvmArgs, PrintStream err) {
        if (StandardCharsets.UTF_8.equals(fileNameCharset())) {
            return OptionalInt.empty();
        }
        if (System.getenv(ARGS_VARIABLE) != null) {
            err.println("corridor: the " + UTF8_LOCALE + " locale is missing, so file names outside ASCII cannot be "
                    + "used; set LC_ALL to an installed UTF-8 locale (see `locale -a`).");
            return OptionalInt.empty();
        }
        Optional<List<String>> command = originalCommand(jvmArgs);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(run(command.get(), jvmArgs.length));
        } catch (IOException e) {
            err.println("corridor: could not start again under the " + UTF8_LOCALE + " locale (" + e.getMessage()
                    + "), so file names outside ASCII may not work; set LC_ALL to a UTF-8 locale.");
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    private static int run(List<String> command, int argCount) throws IOException, InterruptedException {
        List<String> launcher = command.subList(0, command.size() - argCount);
        List<String> args = command.subList(command.size() - argCount, command.size());
        ProcessBuilder builder = new ProcessBuilder(launcher).inheritIO();
        builder.environment().put("LC_ALL", UTF8_LOCALE);
        builder.environment().put(ARGS_VARIABLE, args.stream()
                .map(a -> Base64.getEncoder().encodeToString(a.getBytes(StandardCharsets.UTF_8)) + ";")
                .collect(Collectors.joining()));
        Process child = builder.start();
        // A Ctrl+C or kill of this JVM must not leave the real one running.
        Runtime.getRuntime().addShutdownHook(new Thread(child::destroy));
        return child.waitFor();
    }

    /**
     * This process's command line read as UTF-8 bytes, its first word the running executable; empty when it cannot
     * be read (not Linux), when the launcher part itself is not ASCII (it could not be passed on), or when its last
     * words are not the arguments the JVM received.
     */
    private static Optional<List<String>> originalCommand(String[] jvmArgs) {
        Path cmdline = Path.of("/proc/self/cmdline");
        Optional<String> executable = ProcessHandle.current().info().command();
        if (!Files.isReadable(cmdline) || executable.isEmpty()) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = Files.readAllBytes(cmdline);
        } catch (IOException e) {
            return Optional.empty();
        }
        List<byte[]> words = splitOnNul(raw);
        int launcherWords = words.size() - jvmArgs.length;
        if (launcherWords < 1) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(executable.get()));
        for (int i = 1; i < words.size(); i++) {
            byte[] word = words.get(i);
            if (i < launcherWords && !isAscii(word)) {
                return Optional.empty();
            }
            if (i >= launcherWords && !new String(word, fileNameCharset()).equals(jvmArgs[i - launcherWords])) {
                return Optional.empty();
            }
            command.add(new String(word, StandardCharsets.UTF_8));
        }
        return isAscii(executable.get().getBytes(StandardCharsets.UTF_8)) ? Optional.of(command) : Optional.empty();
    }

    private static List<byte[]> splitOnNul(byte[] raw) {
        List<byte[]> words = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == 0) {
                words.add(Arrays.copyOfRange(raw, start, i));
                start = i + 1;
            }
        }
        if (start < raw.length) {
            words.add(Arrays.copyOfRange(raw, start, raw.length));
        }
        return words;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    /** The charset the JVM uses for arguments and file names, fixed at its start. */
    private static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
