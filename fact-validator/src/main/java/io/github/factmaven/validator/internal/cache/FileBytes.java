package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.model.internal.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The bytes of a file being made, in one growing array that is checksummed and written as it is:
 * the cache and the segments of a million claims are tens of megabytes, which each copy (to take a
 * checksum, to frame a part, to write) costs a fresh JVM again in memory it must first touch.
 */
final class FileBytes extends ByteArrayOutputStream {

    FileBytes(int size) {
        super(size);
    }

    /** Sets the four bytes at {@code at}, written before, to a number found later, such as a length. */
    void setInt(int at, int value) {
        if (at < 0 || at + Integer.BYTES > count) {
            throw new IndexOutOfBoundsException("no int at " + at + " of " + count + " bytes");
        }
        for (int i = 0; i < Integer.BYTES; i++) {
            buf[at + i] = (byte) (value >>> (24 - 8 * i));
        }
    }

    /** @return the CRC-32 of {@code length} bytes from {@code from} */
    long crc32(int from, int length) {
        CRC32 crc = new CRC32();
        crc.update(buf, from, length);
        return crc.getValue();
    }

    /** Writes the bytes to a file, replacing it atomically. */
    void writeTo(Path file) throws IOException {
        AtomicFile.write(file, buf, count);
    }

    /** Adds the bytes at the end of a file, durably. */
    void appendTo(Path file) throws IOException {
        CheckedFile.append(file, buf, count);
    }
}
