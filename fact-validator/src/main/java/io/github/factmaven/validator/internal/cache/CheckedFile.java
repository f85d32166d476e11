package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.internal.AtomicFile;
import io.github.factmaven.model.internal.RegularFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * A file of what a check keeps, read whole: its format and this library's version first, a CRC-32
 * of everything last. One that is cut short, altered or not of this kind is told of and never
 * read on; one of another version is passed over in silence.
 */
final class CheckedFile {

    /** Read whole into memory: a larger file is not read, and the check does the work instead. */
    private static final int MAX_BYTES = Integer.MAX_VALUE - 64;

    private CheckedFile() {}

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
     * @param format    what it must say it is
     * @param discarded told why, if it is there but damaged or not of its kind
     * @param reading   reads its content, which must end where the file does
     * @return what was read; empty if there is no file, or it is of another version, or damaged
     */
    static <T> Optional<T> read(Path file, String format, Consumer<String> discarded, Reading<T> reading) {
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty();
            }
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES || Files.size(file) < Long.BYTES) {
                discarded.accept("it is not a file of its kind");
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
            if (!in.readUTF().equals(format)) {
                discarded.accept("it is not a file of its kind");
                return Optional.empty();
            }
            if (!in.readUTF().equals(CheckCache.version())) {
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
     * Writes a checked file, replacing it atomically.
     *
     * @param file    where it is kept
     * @param format  what it says it is
     * @param content writes its content
     * @throws IOException if it cannot be written
     */
    static void write(Path file, String format, Content content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(format);
        out.writeUTF(CheckCache.version());
        content.writeTo(out);
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        AtomicFile.write(file, bytes.toByteArray());
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
