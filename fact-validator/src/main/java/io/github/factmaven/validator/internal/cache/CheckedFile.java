package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.internal.AtomicFile;
import io.github.factmaven.model.internal.RegularFile;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * A file of what a check keeps, read whole: its format and this library's version first, a CRC-32
 * of everything last. One that is cut short, altered or not a file at all is told of and never
 * read on; one of another format or version (another fact-maven's) is passed over in silence.
 *
 * @param format   what it says it is, with the version of its layout
 * @param kind     what it is, as a message says it: "a record of a check"
 * @param maxBytes the largest it may be: it is read whole into memory, and a larger one is not
 *                 kept, so that the check does the work instead
 */
record CheckedFile(String format, String kind, int maxBytes) {

    /** Writes the content of a checked file. */
    @FunctionalInterface
    interface Content {
        void writeTo(DataOutputStream out) throws IOException;
    }

    /** Reads the content of a checked file. */
    @FunctionalInterface
    interface Reading<T> {
        T readFrom(DataInputStream in) throws IOException;
    }

    /**
     * @param file      where it is kept
     * @param discarded told why, if it is there but damaged or not a file of its kind
     * @param reading   reads its content, which must end where the file does
     * @return what was read; empty if there is no file, or it is of another version, or damaged
     */
    <T> Optional<T> read(Path file, Consumer<String> discarded, Reading<T> reading) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (!Files.isRegularFile(file) || Files.size(file) > maxBytes || Files.size(file) < Long.BYTES) {
                discarded.accept("it is not " + kind);
                return Optional.empty();
            }
            byte[] bytes = RegularFile.readAllBytes(file);
            int length = bytes.length - Long.BYTES;
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, length);
            if (crc.getValue() != new DataInputStream(new ByteArrayInputStream(bytes, length, Long.BYTES)).readLong()) {
                discarded.accept("it fails its checksum");
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, length));
            if (!in.readUTF().equals(format) || !in.readUTF().equals(CheckCache.version())) {
                return Optional.empty(); // another version's: not damaged, just not ours
            }
            T read = reading.readFrom(in);
            if (in.available() != 0) {
                throw new IOException("it has bytes past its end");
            }
            return Optional.of(read);
        } catch (IOException | RuntimeException e) {
            discarded.accept("it cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Writes a checked file, replacing it atomically; one larger than it may be is not written, and
     * the old one is removed.
     *
     * @param file    where it is kept
     * @param content writes its content
     * @throws IOException if it cannot be written
     */
    void write(Path file, Content content) throws IOException {
        FileBytes bytes = new FileBytes(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(format);
        out.writeUTF(CheckCache.version());
        content.writeTo(out);
        out.flush();
        if (bytes.size() > maxBytes - Long.BYTES) {
            Files.deleteIfExists(file);
            return;
        }
        out.writeLong(bytes.crc32(0, bytes.size()));
        out.flush();
        bytes.writeTo(file);
    }

    /**
     * Adds a part at the end of a kept file, durably. A part cut short by a crash must fail the
     * checksum it carries, so that the file is never trusted.
     *
     * @param file where it is kept
     * @param part   holds the part's bytes, its checksum among them
     * @param length how many bytes the part is
     * @throws IOException if it cannot be written
     */
    static void append(Path file, byte[] part, int length) throws IOException {
        try (FileChannel channel = FileChannel.open(
                file, StandardOpenOption.WRITE, StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS)) {
            AtomicFile.writeAll(channel, part, length);
            channel.force(false);
        }
    }

    /** A count no larger than the bytes left: a damaged count cannot ask for gigabytes. */
    static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > in.available()) {
            throw new IOException("a count of " + count + " with " + in.available() + " bytes left");
        }
        return count;
    }

    static void state(DataOutputStream out, InputManifest.FileState state) throws IOException {
        out.writeLong(state.size());
        out.writeLong(state.modifiedNanos());
        out.writeLong(state.changedNanos());
        out.writeLong(state.fileNumber());
        out.writeUTF(state.sha256().orElse(""));
    }

    static InputManifest.FileState state(DataInputStream in) throws IOException {
        long size = in.readLong();
        long modified = in.readLong();
        long changed = in.readLong();
        long fileNumber = in.readLong();
        String sha256 = in.readUTF();
        return new InputManifest.FileState(
                size, modified, changed, fileNumber, sha256.isEmpty() ? Optional.empty() : Optional.of(sha256));
    }
}
