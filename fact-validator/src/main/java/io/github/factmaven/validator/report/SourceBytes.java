package io.github.factmaven.validator.report;

import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.validator.HtmlText;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * A source file's UTF-8 bytes, from which passages are decoded where they are asked for. A report
 * shows a few passages of a source: decoding all of it to show them cost more than writing the
 * whole report. The byte position of a code point offset is found by counting the bytes that start
 * a character, eight bytes at a time, from the nearest of checkpoints set every few kilobytes.
 *
 * <p>The check has read the source as valid UTF-8 before a report shows it; should the file have
 * changed since, a passage shows U+FFFD where its bytes are no longer valid, and nothing fails.
 */
final class SourceBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** Bytes between checkpoints: a position is found by counting at most this many bytes one by one. */
    private static final int BLOCK = 4096;

    private static final long HIGH_BITS = 0x8080808080808080L;

    private final byte[] bytes;
    /** Where the text starts: after a byte-order mark, which is not part of it. */
    private final int start;
    /** Code points of the text before each block. */
    private final int[] before;

    private final int length;

    private SourceBytes(byte[] bytes) {
        this.bytes = bytes;
        this.start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        int blocks = (bytes.length - start + BLOCK - 1) / BLOCK;
        this.before = new int[blocks + 1];
        int count = 0;
        for (int k = 0; k < blocks; k++) {
            before[k] = count;
            int from = start + k * BLOCK;
            count += characterStarts(from, Math.min(bytes.length, from + BLOCK));
        }
        before[blocks] = count;
        this.length = count;
    }

    /**
     * @param file a source file
     * @param entry its entry in the sources registry, if any: how to read an HTML page
     * @return its bytes (an HTML page's text, encoded as UTF-8); empty if it cannot be read, which the
     *     check has already reported
     */
    static Optional<SourceBytes> read(Path file, Optional<SourceEntry> entry) {
        try {
            byte[] bytes = RegularFile.readAllBytes(file);
            if (SourceEntry.isHtmlPage(file.getFileName().toString())) {
                // a page's passages are of its text, read as its registry entry says, as its claims are checked
                bytes = HtmlText.of(bytes, entry).getBytes(StandardCharsets.UTF_8);
            }
            return Optional.of(new SourceBytes(bytes));
        } catch (IOException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    /** @return the length of the text in code points */
    int length() {
        return length;
    }

    /**
     * @param from first code point, inclusive, at most {@link #length()}
     * @param to   last code point, exclusive, from {@code from} to {@link #length()}
     * @return the text in between
     */
    String slice(int from, int to) {
        int begin = position(from);
        return new String(bytes, begin, position(to) - begin, StandardCharsets.UTF_8);
    }

    /** The byte index where the code point at this offset starts, or the end of the bytes. */
    private int position(int offset) {
        if (offset >= length) {
            return bytes.length;
        }
        int found = Arrays.binarySearch(before, offset);
        // the last block that starts at or before the offset
        int block = found >= 0 ? found : -found - 2;
        int count = before[block];
        for (int i = start + block * BLOCK; ; i++) {
            if (startsCharacter(bytes[i])) {
                if (count == offset) {
                    return i;
                }
                count++;
            }
        }
    }

    /** The bytes from {@code from} to {@code to} that start a character: all but continuation bytes. */
    private int characterStarts(int from, int to) {
        int continuations = 0;
        int i = from;
        for (; i + Long.BYTES <= to; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            // a continuation byte is 10xxxxxx: its high bit set and the next one clear
            continuations += Long.bitCount(word & ~(word << 1) & HIGH_BITS);
        }
        for (; i < to; i++) {
            if (!startsCharacter(bytes[i])) {
                continuations++;
            }
        }
        return to - from - continuations;
    }

    private static boolean startsCharacter(byte b) {
        return (b & 0xC0) != 0x80;
    }
}
