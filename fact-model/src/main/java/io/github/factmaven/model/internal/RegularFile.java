package io.github.factmaven.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opens only regular files. A named pipe where a file is expected would make a read wait for a
 * writer forever, and a device may never end: both are refused before they are opened, with a
 * message that says what the path is.
 */
public final class RegularFile {

    private RegularFile() {}

    /**
     * @param file a file, or a link to one
     * @return its bytes
     * @throws IOException if it is not a regular file, or cannot be read
     */
    public static byte[] readAllBytes(Path file) throws IOException {
        requireRegular(file);
        return Files.readAllBytes(file);
    }

    /**
     * @param file a file, or a link to one
     * @return a stream of its bytes
     * @throws IOException if it is not a regular file, or cannot be opened
     */
    public static InputStream open(Path file) throws IOException {
        requireRegular(file);
        return Files.newInputStream(file);
    }

    /**
     * @param file a file, or a link to one
     * @return a channel to read it, at any position
     * @throws IOException if it is not a regular file, or cannot be opened
     */
    public static FileChannel channel(Path file) throws IOException {
        requireRegular(file);
        return FileChannel.open(file, StandardOpenOption.READ);
    }

    private static void requireRegular(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (!attributes.isRegularFile()) {
            throw new NotRegularException(
                    file,
                    attributes.isDirectory() ? "a folder" : "a special file (a named pipe, a socket or a device)");
        }
    }

    /** A path that is there, but is not a regular file. */
    public static final class NotRegularException extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Path file;
        private final String reason;

        NotRegularException(Path file, String what) {
            super(file + " is not a regular file but " + what);
            this.file = file;
            this.reason = "it is not a regular file but " + what;
        }

        /** @return the path that is not a regular file */
        public Path file() {
            return file;
        }

        /** @return what the path is instead, for a message that names the file already */
        public String reason() {
            return reason;
        }
    }
}
