package io.github.factmaven.validator;

import java.util.Arrays;

/**
 * The decoded text of a source file, addressed in Unicode code points as claim offsets are.
 *
 * <p>Java strings index UTF-16 units; the two differ only after a character outside the Basic
 * Multilingual Plane (an emoji, a flag). The positions of those characters are indexed once, so
 * mapping an offset to a string index is a binary search instead of a scan of the text.
 */
public final class SourceText {

    private final String text;
    /** Code point offsets of the supplementary characters, ascending. */
    private final int[] supplementary;
    private final int length;
    private static final int CHECKPOINT = 4096;

    /**
     * Counts before every {@value #CHECKPOINT}-th character, computed on first use, in one pass for
     * both positions as editors show them and prefixes as other tools count them; racing threads
     * compute the same.
     */
    private volatile Checkpoints checkpoints;

    private SourceText(String text, int[] supplementary) {
        this.text = text;
        this.supplementary = supplementary;
        this.length = text.length() - supplementary.length;
    }

    /**
     * Indexes a decoded text.
     *
     * @param text the source text, without byte-order mark
     * @return the indexed text
     */
    public static SourceText of(String text) {
        int[] positions = new int[16];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++, codePoint++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = codePoint;
                i++;
            }
        }
        return new SourceText(text, Arrays.copyOf(positions, count));
    }

    /** @return the text as a string */
    public String text() {
        return text;
    }

    /** @return the length of the text in code points */
    public int length() {
        return length;
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
        int before = Arrays.binarySearch(supplementary, offset);
        return offset + (before >= 0 ? before : -before - 1);
    }

    /**
     * Maps an index of {@link #text()} to its code point offset.
     *
     * @param charIndex a UTF-16 index that does not split a surrogate pair
     * @return the code point offset
     */
    public int offsetOf(int charIndex) {
        int low = 0;
        int high = supplementary.length;
        // count the supplementary characters that start before charIndex
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (supplementary[middle] + middle < charIndex) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return charIndex - low;
    }

    /**
     * Returns the text between two code point offsets.
     *
     * @param start first code point, inclusive
     * @param end   last code point, exclusive
     * @return the text in between
     */
    public String slice(int start, int end) {
        return text.substring(charIndex(start), charIndex(end));
    }

    /**
     * Tells whether the text at a code point offset is exactly the given text.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @param quote  the expected text
     * @return true if the code points from the offset on are the quote's
     */
    public boolean matchesAt(int offset, String quote) {
        int start = charIndex(offset);
        int end = start + quote.length();
        return text.regionMatches(start, quote, 0, quote.length())
                // a quote that ends in half a surrogate pair is not the same code points
                && (end == text.length() || !Character.isLowSurrogate(text.charAt(end)));
    }

    /**
     * Finds the line and column of a code point offset, as editors count them: lines end at LF,
     * CRLF or CR, and columns count code points from 1. Counts are indexed on first use, so the
     * passing claims of a source never pay for it.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the 1-based line and column
     */
    public LineColumn lineColumnOf(int offset) {
        int index = charIndex(offset);
        Checkpoints counts = checkpoints();
        int checkpoint = index / CHECKPOINT;
        int lineBreaks = counts.lineBreaks[checkpoint];
        for (int i = checkpoint * CHECKPOINT; i < index; i++) {
            lineBreaks += isLineBreak(i) ? 1 : 0;
        }
        int lineStart = index;
        while (lineStart > 0 && !isLineBreak(lineStart - 1)) {
            lineStart--;
        }
        return new LineColumn(lineBreaks + 1, text.codePointCount(lineStart, index) + 1);
    }

    /** Whether a line ends with the character at this index: an LF, or a CR not followed by LF. */
    private boolean isLineBreak(int index) {
        char c = text.charAt(index);
        return c == '\n' || c == '\r' && (index + 1 == text.length() || text.charAt(index + 1) != '\n');
    }

    /**
     * Counts what lies before a code point offset, as other tools count positions: for telling an
     * offset counted in bytes or with other line endings from a stale one. Uses checkpoints every
     * {@value #CHECKPOINT} characters, built on first use, so each call scans at most that many.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the UTF-8 bytes, carriage returns and line feeds before the offset
     */
    public Prefix prefix(int offset) {
        int end = charIndex(offset);
        Checkpoints checkpoints = checkpoints();
        int checkpoint = end / CHECKPOINT;
        long bytes = checkpoints.bytes[checkpoint];
        int carriageReturns = checkpoints.carriageReturns[checkpoint];
        int lineFeeds = checkpoints.lineFeeds[checkpoint];
        for (int i = checkpoint * CHECKPOINT; i < end; i++) {
            char c = text.charAt(i);
            bytes += utf8Length(c);
            carriageReturns += c == '\r' ? 1 : 0;
            lineFeeds += c == '\n' ? 1 : 0;
        }
        return new Prefix(bytes, carriageReturns, lineFeeds);
    }

    /**
     * What lies before a position.
     *
     * @param utf8Bytes       its length in UTF-8 bytes
     * @param carriageReturns how many U+000D it has
     * @param lineFeeds       how many U+000A it has
     */
    public record Prefix(long utf8Bytes, int carriageReturns, int lineFeeds) {
    }

    /** UTF-8 bytes of one UTF-16 unit: a surrogate pair takes 4, 2 for each half. */
    private static int utf8Length(char c) {
        return 1 + ((0x7F - c) >>> 31) + ((0x7FF - c) >>> 31) - ((c & 0xF800) == 0xD800 ? 1 : 0);
    }

    private Checkpoints checkpoints() {
        Checkpoints built = checkpoints;
        if (built == null) {
            int count = text.length() / CHECKPOINT + 1;
            long[] bytes = new long[count];
            int[] carriageReturns = new int[count];
            int[] lineFeeds = new int[count];
            int[] lineBreaks = new int[count];
            char[] chunk = new char[CHECKPOINT];
            long byteCount = 0;
            int crCount = 0;
            int lfCount = 0;
            int crLfCount = 0;
            char previous = 0;
            for (int k = 0; k < count; k++) {
                bytes[k] = byteCount;
                carriageReturns[k] = crCount;
                lineFeeds[k] = lfCount;
                // a CRLF ends one line; one split by the checkpoint is counted at its LF, after it
                boolean splitsCrLf = previous == '\r' && k * CHECKPOINT < text.length()
                        && text.charAt(k * CHECKPOINT) == '\n';
                lineBreaks[k] = crCount + lfCount - crLfCount - (splitsCrLf ? 1 : 0);
                int end = Math.min(text.length(), (k + 1) * CHECKPOINT);
                text.getChars(k * CHECKPOINT, end, chunk, 0);
                // branch-free: text is a mix of ASCII and other characters that no branch predicts
                for (int i = 0; i < end - k * CHECKPOINT; i++) {
                    char c = chunk[i];
                    byteCount += utf8Length(c);
                    crCount += c == '\r' ? 1 : 0;
                    lfCount += c == '\n' ? 1 : 0;
                    crLfCount += c == '\n' && previous == '\r' ? 1 : 0;
                    previous = c;
                }
            }
            built = new Checkpoints(bytes, carriageReturns, lineFeeds, lineBreaks);
            checkpoints = built;
        }
        return built;
    }

    private record Checkpoints(long[] bytes, int[] carriageReturns, int[] lineFeeds, int[] lineBreaks) {
    }

    /**
     * A position as editors show it.
     *
     * @param line   1-based line
     * @param column 1-based column in code points
     */
    public record LineColumn(int line, int column) {
    }
}
