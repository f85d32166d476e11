package io.github.factmaven.validator.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputManifestTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path project;

    private Dataset dataset;
    private long now;

    @BeforeEach
    void justWritten() throws IOException {
        Files.createDirectories(project.resolve("sources"));
        Files.createDirectories(project.resolve("claims"));
        Files.writeString(project.resolve("sources/a.txt"), "Kopyrkin was summoned");
        Files.writeString(project.resolve("claims/one.json"), "{\"claims\": []}");
        Files.writeString(project.resolve("sources/sources.json"), "{\"sources\": []}");
        dataset = Dataset.inDirectory(project);
        now = System.currentTimeMillis() * 1_000_000;
    }

    private InputManifest capture(Optional<InputManifest> previous, long at) throws IOException {
        return InputManifest.capture(dataset, "settings", previous, at);
    }

    /**
     * A file modified too recently for its timestamp to vouch for it is hashed, and at the next
     * check hashed again to compare; from then on its state vouches for it, and it is not hashed at
     * every check after.
     */
    @Test
    void aFileJustModifiedIsHashedUntilItsStateVouchesForIt() throws IOException {
        InputManifest first = capture(Optional.empty(), now);
        assertTrue(first.files().get("sources:a.txt").sha256().isPresent(), "modified just now: hashed");
        assertTrue(first.files().get("claims:one.json").sha256().isPresent());
        InputManifest recorded = first.settled();
        assertEquals(first, recorded, "still recent when taken: the record keeps the hashes");

        InputManifest second = capture(Optional.of(recorded), now + 10 * SECOND);
        assertTrue(second.files().get("sources:a.txt").sha256().isPresent(), "hashed again, to compare");
        assertEquals(recorded, second, "the same bytes");
        InputManifest settled = second.settled();
        assertEquals(Optional.empty(), settled.files().get("sources:a.txt").sha256());
        assertEquals(Optional.empty(), settled.files().get("claims:one.json").sha256());
        assertTrue(settled.files().get("sources:sources.json").sha256().isPresent(), "the registry keeps its hash");

        InputManifest third = capture(Optional.of(settled), now + 20 * SECOND);
        assertEquals(Optional.empty(), third.files().get("sources:a.txt").sha256(), "trusted by its state");
        assertEquals(settled, third);
    }

    /**
     * A time kept in whole seconds leaves two seconds within which an edit may not show in it; a
     * finer one, the kernel's clock tick, for which a tenth of a second is ample.
     */
    @Test
    void aFileIsRecentForAsLongAsItsFileSystemsTimesMayHideAnEdit() {
        long second = 1_700_000_000L * SECOND;
        InputManifest.FileState whole = new InputManifest.FileState(1, second, second, 1, Optional.empty());
        InputManifest.FileState fine =
                new InputManifest.FileState(1, second + 1234, second + 1234, 1, Optional.empty());

        assertTrue(whole.recentAt(second + SECOND));
        assertFalse(whole.recentAt(second + 3 * SECOND));
        assertTrue(fine.recentAt(second + 50_000_000L));
        assertFalse(fine.recentAt(second + 150_000_000L));
    }

    /** Bytes changed while the state stays what it was show in the hashes, when both states have one. */
    @Test
    void theSameFileIsTheSameStateAndTheSameHashWhereBothHaveOne() throws IOException {
        InputManifest.FileState state = InputManifest.FileState.of(project.resolve("sources/a.txt"));
        InputManifest.FileState hashed = state.withSha256("aa");

        assertTrue(state.sameFile(hashed));
        assertTrue(hashed.sameFile(state));
        assertTrue(hashed.sameFile(state.withSha256("aa")));
        assertFalse(hashed.sameFile(state.withSha256("bb")));
        assertFalse(state.sameFile(null));
        assertFalse(state.sameFile(InputManifest.FileState.of(project.resolve("claims/one.json"))));
    }
}
