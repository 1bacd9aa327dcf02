package org.corridor.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file written in place keeps what the user set on it: a symbolic link stays a link, the mode stays. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aSymlinkedTargetStaysALinkAndItsTargetGetsTheContent() throws IOException {
        Path real = Files.createDirectories(dir.resolve("elsewhere")).resolve("notes.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("notes.json"), real);
        AtomicFiles.write(link, "new".getBytes());
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void anExistingFileKeepsItsPermissionsAndANewFileFollowsTheUmask() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path shared = dir.resolve("shared.json");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, "new".getBytes());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-rw-r--");

        Path plain = Files.createFile(dir.resolve("made-by-the-system"));
        Path fresh = dir.resolve("fresh.json");
        AtomicFiles.write(fresh, "new".getBytes());
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}
