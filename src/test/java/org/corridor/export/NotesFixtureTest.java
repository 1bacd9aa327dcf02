package org.corridor.export;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the tests that run on {@link NotesFixture}: every test gets a fresh fixture in its own folder. */
abstract class NotesFixtureTest {

    @TempDir
    Path dir;
    NotesFixture fixture;

    /** Runs before a subclass's own {@code @BeforeEach}, so that one may build on the fixture. */
    @BeforeEach
    void createFixture() throws Exception {
        fixture = NotesFixture.create(dir);
    }
}
