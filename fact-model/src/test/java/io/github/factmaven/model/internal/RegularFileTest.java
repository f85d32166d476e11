package io.github.factmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFileTest {

    @Test
    void aNamedPipeIsRefusedBeforeItIsOpened(@TempDir Path folder) throws Exception {
        Path pipe = folder.resolve("sources.json");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0);

        // opening a pipe with no writer would block forever: the refusal must come first
        RegularFile.NotRegularException e = assertTimeoutPreemptively(
                java.time.Duration.ofMinutes(1),
                () -> assertThrows(RegularFile.NotRegularException.class, () -> RegularFile.readAllBytes(pipe)));
        assertEquals("it is not a regular file but a special file (a named pipe, a socket or a device)", e.reason());
        assertEquals(pipe + " " + e.reason().substring("it ".length()), e.getMessage());
        assertEquals(pipe, e.file());
    }

    @Test
    void aFolderIsRefused(@TempDir Path folder) throws IOException {
        Path inside = Files.createDirectory(folder.resolve("claims.json"));

        assertEquals(
                inside + " is not a regular file but a folder",
                assertThrows(IOException.class, () -> RegularFile.open(inside)).getMessage());
    }
}
