package io.github.factmaven.model;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Replaces a file's content atomically: the new content goes to a temporary file in the same
 * folder, which is then moved over the file, so an interrupted write leaves the old file or the new
 * one, never half of each.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * Writes bytes to a file, creating its folder if need be.
     *
     * @param file  the file to create or replace
     * @param bytes its new content
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + file.getFileName(), ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
