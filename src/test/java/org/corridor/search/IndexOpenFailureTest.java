package org.corridor.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index that could not be opened for writing does not stay owned: the next try can build and update it. */
class IndexOpenFailureTest {

    /** A folder in which no file can be created, not even by root. */
    private static final Path UNWRITABLE = Path.of("/proc");

    @TempDir
    Path workspace;

    @Test
    void aFailedOpenLeavesTheIndexFreeForTheNextOpen() throws Exception {
        assumeTrue(Files.isDirectory(UNWRITABLE), "needs Linux's /proc");
        Path folder = workspace.resolve(SearchIndex.FOLDER);
        Files.createSymbolicLink(folder, UNWRITABLE);
        assertThatThrownBy(() -> SearchIndex.open(workspace, List.of())).isInstanceOf(IOException.class);

        Files.delete(folder);
        try (SearchIndex index = SearchIndex.open(workspace, List.of())) {
            assertThat(index.readOnly()).as("owned by this open, not by the failed one").isFalse();
        }
    }
}
