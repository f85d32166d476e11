package io.github.factmaven.model.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean posix(Path folder) {
        return Files.getFileAttributeView(folder, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }

    @Test
    void replacesTheContentAndLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("claims.json");
        Files.writeString(file, "old");

        AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertEquals("new", Files.readString(file));
        assertEquals(List.of("claims.json"), names(folder));
    }

    @Test
    void keepsThePermissionsOfTheFileItReplaces(@TempDir Path folder) throws IOException {
        assumeTrue(posix(folder));
        for (String mode : List.of("rw-r--r--", "rw-rw-r--", "r--r--r--", "rwxr-x---")) {
            Path file = folder.resolve(mode + ".json");
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));

            AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));

            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void writesThroughASymbolicLinkAndKeepsTheLink(@TempDir Path folder) throws IOException {
        Path target = Files.createDirectories(folder.resolve("shared")).resolve("claims.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), Path.of("shared/claims.json"));

        AtomicFile.write(link, "new".getBytes(StandardCharsets.UTF_8));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("claims.json"), names(folder.resolve("shared")));
    }

    @Test
    void refusesALinkThatLeadsNowhere(@TempDir Path folder) throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("link.json"), Path.of("missing.json"));

        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(link, new byte[] {1}));

        assertEquals(link + " is a symbolic link to a file that does not exist", e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void removesTheTemporaryFileOfAWriterThatWasKilledButNotOneBeingWritten(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("claims.json");
        Files.writeString(folder.resolve(".claims.json.1234.fact-tmp"), "left by a killed writer");
        Path live = folder.resolve(".claims.json.5678.fact-tmp");
        Files.writeString(folder.resolve(".other.json.1234.fact-tmp"), "another file's");
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            // a lock held by this process cannot be tried again here, as by another process: both are left
            AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
        }

        assertEquals(List.of(".claims.json.5678.fact-tmp", ".other.json.1234.fact-tmp", "claims.json"), names(folder));
    }

    @Test
    void writesTextAsUtf8AndAnUnpairedSurrogateAsTheReplacementCharacter(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("report.json");

        AtomicFile.write(file, out -> out.write("é😀\uD800!"));

        assertArrayEquals("é😀\uFFFD!".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("report.json");
        Files.writeString(file, "old");

        assertThrows(
                IOException.class,
                () -> AtomicFile.write(file, out -> {
                    out.write("half");
                    throw new IOException("disk full");
                }));

        assertEquals("old", Files.readString(file));
        assertEquals(List.of("report.json"), names(folder));
    }
}
