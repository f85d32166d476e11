package io.github.factmaven.validator.internal.text;

import io.github.factmaven.model.InvalidUtf8Exception;
import io.github.factmaven.model.Utf8Text;
import io.github.factmaven.validator.api.SourcePosition;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text of a source file, addressed in Unicode code points as claim offsets are, and kept as
 * its UTF-8 bytes: a quote is compared with the bytes at its offset, and the scans over the whole
 * text (where each quote occurs, the names it spells) read the bytes, so a source's text becomes a
 * Java {@code String} only if something asks for all of it.
 *
 * <p>The bytes are checked for UTF-8 and indexed in one pass: the byte position of every
 * {@value #MARK_EVERY}th code point is kept, so mapping an offset to its bytes is a lookup and a
 * step over at most that many characters. A text all in ASCII needs no index.
 */
public final class SourceText {

    /** Code points between two kept byte positions. */
    static final int MARK_EVERY = 64;

    private static final int MARK_SHIFT = Integer.numberOfTrailingZeros(MARK_EVERY);
    private static final int MARK_MASK = MARK_EVERY - 1;
    private static final long NON_ASCII = 0x8080808080808080L;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long CARRIAGE_RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final byte[] utf8;
    private final int length;
    /** Byte position of code point {@code k * MARK_EVERY}; null when every code point is one byte. */
    private final int[] marks;

    private final int supplementaryCount;

    /*
     * Built on first use, so the passing claims of a source never pay for them (racing threads
     * build the same): the decoded text, the offsets of the characters outside the Basic
     * Multilingual Plane (which take two Java chars), and where the line breaks are.
     */
    private volatile String text;
    private volatile int[] supplementary;
    private volatile LineBreaks lineBreaks;

    private SourceText(byte[] utf8, int length, int[] marks, int supplementaryCount, String text) {
        this.utf8 = utf8;
        this.length = length;
        this.marks = marks;
        this.supplementaryCount = supplementaryCount;
        this.text = text;
    }

    /**
     * Indexes a decoded text.
     *
     * @param text the source text, without byte-order mark
     * @return the indexed text
     */
    public static SourceText of(String text) {
        SourceText indexed = index(text.getBytes(StandardCharsets.UTF_8), text);
        if (indexed == null) {
            throw new IllegalStateException("a Java string encodes to valid UTF-8");
        }
        return indexed;
    }

    /**
     * Checks and indexes the bytes of a text file in one pass, without decoding them.
     *
     * @param bytes the file's bytes; a leading byte-order mark is not part of the text. Not copied
     *              unless there is one: not to be changed
     * @return the indexed text
     * @throws InvalidUtf8Exception naming the first byte that is not valid UTF-8, as {@link
     *                              Utf8Text#decode} does
     */
    public static SourceText ofUtf8(byte[] bytes) throws InvalidUtf8Exception {
        boolean byteOrderMark =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        SourceText indexed = index(byteOrderMark ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes, null);
        if (indexed != null) {
            return indexed;
        }
        // not valid: the decoder names the byte and says what the file looks like instead
        return of(Utf8Text.decode(bytes));
    }

    /** The one pass: each code point checked as the JDK's strict decoder does; null if one is not valid. */
    private static SourceText index(byte[] utf8, String text) {
        int n = utf8.length;
        int[] marks = new int[(n >>> MARK_SHIFT) + 2];
        int codePoints = 0;
        int supplementary = 0;
        int i = 0;
        while (i < n) {
            int inBlock = codePoints & MARK_MASK;
            if (inBlock == 0) {
                marks[codePoints >>> MARK_SHIFT] = i;
            }
            // runs of ASCII, eight bytes at a time, up to the next mark
            int room = MARK_EVERY - inBlock;
            while (room >= Long.BYTES && i <= n - Long.BYTES && ((long) LONGS.get(utf8, i) & NON_ASCII) == 0) {
                i += Long.BYTES;
                codePoints += Long.BYTES;
                room -= Long.BYTES;
            }
            if (room == 0 || i >= n) {
                continue;
            }
            int lead = utf8[i];
            if (lead >= 0) {
                i++;
            } else {
                int bytes = sequenceLength(utf8, i);
                if (bytes < 0) {
                    return null;
                }
                supplementary += bytes >>> 2;
                i += bytes;
            }
            codePoints++;
        }
        if ((codePoints & MARK_MASK) == 0) {
            marks[codePoints >>> MARK_SHIFT] = n; // the end, when it falls on a mark
        }
        return new SourceText(utf8, codePoints, codePoints == n ? null : marks, supplementary, text);
    }

    /** @return the bytes of the valid UTF-8 sequence that starts at i, or -1 if it is not one */
    private static int sequenceLength(byte[] utf8, int i) {
        int lead = utf8[i] & 0xFF;
        int n = utf8.length;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return i + 1 < n && continuation(utf8[i + 1]) ? 2 : -1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (i + 2 >= n || !continuation(utf8[i + 2])) {
                return -1;
            }
            int second = utf8[i + 1] & 0xFF;
            // no overlong form below U+0800, no surrogate U+D800..U+DFFF
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return second >= low && second <= high ? 3 : -1;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            if (i + 3 >= n || !continuation(utf8[i + 2]) || !continuation(utf8[i + 3])) {
                return -1;
            }
            int second = utf8[i + 1] & 0xFF;
            // no overlong form below U+10000, nothing past U+10FFFF
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return second >= low && second <= high ? 4 : -1;
        }
        return -1;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /**
     * @param lead the first byte of a character in UTF-8
     * @return how many bytes the character takes
     */
    public static int width(byte lead) {
        int b = lead & 0xFF;
        return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    }

    /** @return the text as a string, decoded on first use */
    public String text() {
        String decoded = text;
        if (decoded == null) {
            decoded = new String(utf8, StandardCharsets.UTF_8);
            text = decoded;
        }
        return decoded;
    }

    /** @return the length of the text in code points */
    public int length() {
        return length;
    }

    /**
     * The text's UTF-8 bytes, for scans that read them directly; not a copy, not to be changed. A
     * quote's UTF-8 bytes equal to these at a position that starts a character are the quote's code
     * points there, as UTF-8 is self-synchronizing.
     *
     * @return the bytes, without byte-order mark
     */
    public byte[] utf8() {
        return utf8;
    }

    /**
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the position of its first byte in {@link #utf8()}
     */
    public int bytePosition(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        if (marks == null) {
            return offset;
        }
        int position = marks[offset >>> MARK_SHIFT];
        for (int k = offset & MARK_MASK; k > 0; k--) {
            position += width(utf8[position]);
        }
        return position;
    }

    /**
     * @param bytePosition a position in {@link #utf8()} where a character starts, or its end
     * @return the code point offset there
     */
    public int offsetOfByte(int bytePosition) {
        if (marks == null) {
            return bytePosition;
        }
        int blocks = (length >>> MARK_SHIFT) + 1;
        int low = 0;
        int high = blocks - 1;
        // the last mark at or before the position
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (marks[middle] <= bytePosition) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        int offset = low << MARK_SHIFT;
        for (int position = marks[low]; position < bytePosition; position += width(utf8[position])) {
            offset++;
        }
        return offset;
    }

    /**
     * Maps a code point offset to the index of the same position in {@link #text()}.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the UTF-16 index
     */
    public int charIndex(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        int[] pairs = supplementary();
        if (pairs.length == 0) {
            return offset;
        }
        int before = Arrays.binarySearch(pairs, offset);
        return offset + (before >= 0 ? before : -before - 1);
    }

    /**
     * Maps an index of {@link #text()} to its code point offset.
     *
     * @param charIndex a UTF-16 index that does not split a surrogate pair
     * @return the code point offset
     */
    public int offsetOf(int charIndex) {
        int[] pairs = supplementary();
        int low = 0;
        int high = pairs.length;
        // count the supplementary characters that start before charIndex
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (pairs[middle] + middle < charIndex) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return charIndex - low;
    }

    /** The code point offsets of the characters outside the Basic Multilingual Plane, ascending. */
    private int[] supplementary() {
        int[] found = supplementary;
        if (found == null) {
            found = new int[supplementaryCount];
            int count = 0;
            int offset = 0;
            for (int i = 0; count < supplementaryCount && i < utf8.length; i += width(utf8[i])) {
                if ((utf8[i] & 0xF8) == 0xF0) {
                    found[count++] = offset;
                }
                offset++;
            }
            supplementary = found;
        }
        return found;
    }

    /**
     * Returns the text between two code point offsets.
     *
     * @param start first code point, inclusive
     * @param end   last code point, exclusive
     * @return the text in between
     */
    public String slice(int start, int end) {
        String decoded = text;
        if (decoded != null) {
            return decoded.substring(charIndex(start), charIndex(end));
        }
        int from = bytePosition(start);
        return new String(utf8, from, bytePosition(end) - from, StandardCharsets.UTF_8);
    }

    /**
     * @param start first code point, inclusive
     * @param end   last code point, exclusive
     * @return the code points in between
     */
    public int[] codePoints(int start, int end) {
        int[] codePoints = new int[end - start];
        int position = bytePosition(start);
        for (int k = 0; k < codePoints.length; k++) {
            codePoints[k] = codePointAt(utf8, position);
            position += width(utf8[position]);
        }
        return codePoints;
    }

    /**
     * @param utf8     valid UTF-8
     * @param position where a character starts
     * @return the character's code point
     */
    public static int codePointAt(byte[] utf8, int position) {
        int lead = utf8[position];
        if (lead >= 0) {
            return lead;
        }
        int bytes = width((byte) lead);
        int codePoint = lead & (0xFF >>> (bytes + 1));
        for (int j = 1; j < bytes; j++) {
            codePoint = codePoint << 6 | utf8[position + j] & 0x3F;
        }
        return codePoint;
    }

    /**
     * Tells whether the text at a code point offset is exactly the given text.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @param quote  the expected text
     * @return true if the code points from the offset on are the quote's
     */
    public boolean matchesAt(int offset, String quote) {
        return matchEnd(bytePosition(offset), quote) >= 0;
    }

    /**
     * Tells whether the text just before a code point offset is exactly the given text.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @param before the expected text
     * @return true if the code points that end at the offset are the given ones
     */
    public boolean endsAt(int offset, String before) {
        int end = bytePosition(offset);
        int start = end - utf8Length(before);
        // bytes equal from a position inside a character cannot be: a first byte is never a continuation byte
        return start >= 0 && matchEnd(start, before) == end;
    }

    /**
     * Compares a text with the bytes from a position, encoding it as it goes: no copy of a quote is
     * made to compare it.
     *
     * @return the position after the text's bytes if they are there, or -1; -1 also for a text with
     *     a surrogate without its pair, which no UTF-8 text holds
     */
    private int matchEnd(int position, String text) {
        int p = position;
        int n = utf8.length;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (p >= n || utf8[p] != c) {
                    return -1;
                }
                p++;
                continue;
            }
            int codePoint = c;
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return -1;
                }
                codePoint = Character.toCodePoint(c, text.charAt(++i));
            }
            int bytes = codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (p + bytes > n) {
                return -1;
            }
            int lead = bytes == 2 ? 0xC0 : bytes == 3 ? 0xE0 : 0xF0;
            if (utf8[p] != (byte) (lead | codePoint >>> (6 * (bytes - 1)))) {
                return -1;
            }
            for (int k = 1; k < bytes; k++) {
                if (utf8[p + k] != (byte) (0x80 | (codePoint >>> (6 * (bytes - 1 - k))) & 0x3F)) {
                    return -1;
                }
            }
            p += bytes;
        }
        return p;
    }

    /** The length of a text in UTF-8: a surrogate pair takes four bytes. */
    private static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /**
     * A text's UTF-8 bytes, to be compared with a source's.
     *
     * @param text a quote or other text of a claim
     * @return its bytes; null if it has a surrogate without its pair, which no UTF-8 text holds
     */
    public static byte[] utf8Of(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return null;
                }
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Finds the line and column of a code point offset, as editors count them: lines end at LF,
     * CRLF or CR, and columns count code points from 1.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the 1-based line and column
     */
    public LineColumn lineColumnOf(int offset) {
        int position = bytePosition(offset);
        int[] starts = lineBreaks().lineStarts();
        int lines = countAtMost(starts, position);
        int lineStart = lines == 0 ? 0 : starts[lines - 1];
        return new LineColumn(lines + 1, offset - offsetOfByte(lineStart) + 1);
    }

    /**
     * @param offset a code point offset, from 0 to {@link #length()}
     * @return the offset with its line and column
     */
    public SourcePosition positionOf(int offset) {
        LineColumn at = lineColumnOf(offset);
        return new SourcePosition(offset, at.line(), at.column());
    }

    /**
     * @return the lines and columns of byte positions asked in ascending order, each found from the
     *     one before: the places of a scan over the bytes, in one pass whatever their number
     */
    public ForwardLineColumns forwardLineColumns() {
        return new ForwardLineColumns(lineBreaks().lineStarts());
    }

    /** Lines and columns of ascending byte positions, as {@link #lineColumnOf} counts them. Not thread-safe. */
    public final class ForwardLineColumns {
        private final int[] lineStarts;
        /** How many line starts are at or before {@link #position}. */
        private int lines;

        private int position;
        private int offset;
        private int lineStartOffset;

        private ForwardLineColumns(int[] lineStarts) {
            this.lineStarts = lineStarts;
        }

        /**
         * @param bytePosition where a character starts, at or after the position asked before
         * @return its 1-based line and column
         */
        public LineColumn at(int bytePosition) {
            if (bytePosition < position) {
                throw new IllegalArgumentException("position " + bytePosition + " is before " + position);
            }
            offset += codePointsBetween(position, bytePosition);
            position = bytePosition;
            int before = lines;
            while (lines < lineStarts.length && lineStarts[lines] <= bytePosition) {
                lines++;
            }
            if (lines != before) {
                lineStartOffset = offsetOfByte(lineStarts[lines - 1]);
            }
            return new LineColumn(lines + 1, offset - lineStartOffset + 1);
        }
    }

    /** The code points between two byte positions where characters start: the bytes that are no continuation byte. */
    private int codePointsBetween(int from, int to) {
        if (marks == null) {
            return to - from;
        }
        int count = 0;
        // counted in blocks, not stepped eight bytes at a time to a limit: called for many short
        // spans, such a loop fails a limit check of the JIT's compiled code and is compiled again
        int blocks = (to - from) / Long.BYTES;
        for (int block = 0; block < blocks; block++) {
            long word = (long) LONGS.get(utf8, from + block * Long.BYTES);
            // a continuation byte is 10xxxxxx: its top bit set, the next one clear
            count += Long.BYTES - Long.bitCount(word & ~(word << 1) & NON_ASCII);
        }
        for (int i = from + blocks * Long.BYTES; i < to; i++) {
            count += continuation(utf8[i]) ? 0 : 1;
        }
        return count;
    }

    /**
     * Counts what lies before a code point offset, as other tools count positions: for telling an
     * offset counted in bytes or with other line endings from a stale one.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the UTF-8 bytes, carriage returns and line feeds before the offset
     */
    public Prefix prefix(int offset) {
        return new Prefix(utf8BytesBefore(offset), carriageReturnsBefore(offset), lineFeedsBefore(offset));
    }

    /**
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the U+000D before a code point offset
     */
    public int carriageReturnsBefore(int offset) {
        return countAtMost(lineBreaks().carriageReturns(), bytePosition(offset) - 1);
    }

    /**
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the U+000A before a code point offset
     */
    public int lineFeedsBefore(int offset) {
        return countAtMost(lineBreaks().lineFeeds(), bytePosition(offset) - 1);
    }

    /**
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the length in UTF-8 of the text before a code point offset
     */
    public long utf8BytesBefore(int offset) {
        return bytePosition(offset);
    }

    /**
     * What lies before a position.
     *
     * @param utf8Bytes       its length in UTF-8 bytes
     * @param carriageReturns how many U+000D it has
     * @param lineFeeds       how many U+000A it has
     */
    public record Prefix(long utf8Bytes, int carriageReturns, int lineFeeds) {}

    /** How many of some ascending indices are at most a given one. */
    private static int countAtMost(int[] ascending, int index) {
        int found = Arrays.binarySearch(ascending, index);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private LineBreaks lineBreaks() {
        LineBreaks built = lineBreaks;
        if (built == null) {
            // both kinds in one pass, eight bytes at a time: most words hold neither
            int[][] found = {new int[16], new int[16]};
            int[] counts = new int[2];
            int n = utf8.length;
            int i = 0;
            for (; i <= n - Long.BYTES; i += Long.BYTES) {
                long word = (long) LONGS.get(utf8, i);
                if (hasZeroByte(word ^ LINE_FEEDS) || hasZeroByte(word ^ CARRIAGE_RETURNS)) {
                    for (int k = i; k < i + Long.BYTES; k++) {
                        addLineBreak(k, found, counts);
                    }
                }
            }
            for (; i < n; i++) {
                addLineBreak(i, found, counts);
            }
            int[] lineFeeds = Arrays.copyOf(found[0], counts[0]);
            int[] carriageReturns = Arrays.copyOf(found[1], counts[1]);
            built = new LineBreaks(lineFeeds, carriageReturns, lineStarts(lineFeeds, carriageReturns));
            lineBreaks = built;
        }
        return built;
    }

    /** True if some byte of the word is zero. */
    private static boolean hasZeroByte(long word) {
        return ((word - 0x0101010101010101L) & ~word & NON_ASCII) != 0;
    }

    /** Keeps the position if an LF (kind 0) or a CR (kind 1) is there: ASCII bytes are never part of another character. */
    private void addLineBreak(int position, int[][] found, int[] counts) {
        int kind = utf8[position] == '\n' ? 0 : utf8[position] == '\r' ? 1 : -1;
        if (kind >= 0) {
            if (counts[kind] == found[kind].length) {
                found[kind] = Arrays.copyOf(found[kind], counts[kind] * 2);
            }
            found[kind][counts[kind]++] = position;
        }
    }

    /** Where each line but the first starts: after an LF, or after a CR that no LF follows. */
    private int[] lineStarts(int[] lineFeeds, int[] carriageReturns) {
        int[] starts = new int[lineFeeds.length + carriageReturns.length];
        int count = 0;
        int lf = 0;
        int cr = 0;
        while (lf < lineFeeds.length || cr < carriageReturns.length) {
            if (cr == carriageReturns.length || lf < lineFeeds.length && lineFeeds[lf] < carriageReturns[cr]) {
                starts[count++] = lineFeeds[lf++] + 1;
            } else {
                int index = carriageReturns[cr++];
                // the CR of a CRLF ends no line: its LF does
                if (index + 1 == utf8.length || utf8[index + 1] != '\n') {
                    starts[count++] = index + 1;
                }
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * The line breaks of the text, as ascending byte positions.
     *
     * @param lineFeeds       every U+000A
     * @param carriageReturns every U+000D
     * @param lineStarts      the position after each line break
     */
    private record LineBreaks(int[] lineFeeds, int[] carriageReturns, int[] lineStarts) {}

    /**
     * A position as editors show it.
     *
     * @param line   1-based line
     * @param column 1-based column in code points
     */
    public record LineColumn(int line, int column) {}
}
