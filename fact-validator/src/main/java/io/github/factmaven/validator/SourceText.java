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
    /** Characters per block of the scans over the whole text, and between byte checkpoints. */
    private static final int BLOCK = 4096;

    /*
     * Built on first use, so the passing claims of a source never pay for them (racing threads
     * build the same): where the line breaks are, found with String.indexOf, which is many times
     * faster than a loop over the characters; and the UTF-8 bytes before every BLOCK-th character,
     * which only a quote found before its claimed offset asks for.
     */
    private volatile LineBreaks lineBreaks;
    private volatile long[] utf8Checkpoints;

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
        int length = text.length();
        // scanned a block at a time from a copy: String.charAt checks bounds and coder per character
        char[] block = new char[BLOCK];
        for (int from = 0; from < length; from += BLOCK) {
            int end = Math.min(length, from + BLOCK);
            text.getChars(from, end, block, 0);
            for (int i = 0; i < end - from; i++) {
                if (Character.isHighSurrogate(block[i])) {
                    int index = from + i;
                    if (index + 1 < length && Character.isLowSurrogate(text.charAt(index + 1))) {
                        if (count == positions.length) {
                            positions = Arrays.copyOf(positions, count * 2);
                        }
                        // its code point offset: the pairs before it each take two indices for one offset
                        positions[count] = index - count;
                        count++;
                    }
                }
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
     * CRLF or CR, and columns count code points from 1.
     *
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the 1-based line and column
     */
    public LineColumn lineColumnOf(int offset) {
        int index = charIndex(offset);
        int[] starts = lineBreaks().lineStarts();
        int lines = countAtMost(starts, index);
        int lineStart = lines == 0 ? 0 : starts[lines - 1];
        return new LineColumn(lines + 1, text.codePointCount(lineStart, index) + 1);
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
        return countAtMost(lineBreaks().carriageReturns(), charIndex(offset) - 1);
    }

    /**
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the U+000A before a code point offset
     */
    public int lineFeedsBefore(int offset) {
        return countAtMost(lineBreaks().lineFeeds(), charIndex(offset) - 1);
    }

    /**
     * @param offset code point offset, from 0 to {@link #length()}
     * @return the length in UTF-8 of the text before a code point offset
     */
    public long utf8BytesBefore(int offset) {
        int end = charIndex(offset);
        long[] checkpoints = utf8Checkpoints();
        int checkpoint = end / BLOCK;
        long extra = checkpoints[checkpoint];
        for (int i = checkpoint * BLOCK; i < end; i++) {
            extra += extraUtf8Bytes(text.charAt(i));
        }
        // a supplementary character is 4 bytes, but its two surrogates counted as 3 each
        return end + extra - 2L * countAtMost(supplementary, offset - 1);
    }

    /**
     * What lies before a position.
     *
     * @param utf8Bytes       its length in UTF-8 bytes
     * @param carriageReturns how many U+000D it has
     * @param lineFeeds       how many U+000A it has
     */
    public record Prefix(long utf8Bytes, int carriageReturns, int lineFeeds) {}

    /** UTF-8 bytes of one UTF-16 unit past the first: 1 from U+0080, 2 from U+0800, surrogates included. */
    private static int extraUtf8Bytes(char c) {
        return ((0x7F - c) >>> 31) + ((0x7FF - c) >>> 31);
    }

    /** How many of some ascending indices are at most a given one. */
    private static int countAtMost(int[] ascending, int index) {
        int found = Arrays.binarySearch(ascending, index);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private LineBreaks lineBreaks() {
        LineBreaks built = lineBreaks;
        if (built == null) {
            int[] lineFeeds = indicesOf('\n');
            int[] carriageReturns = indicesOf('\r');
            built = new LineBreaks(lineFeeds, carriageReturns, lineStarts(lineFeeds, carriageReturns));
            lineBreaks = built;
        }
        return built;
    }

    private int[] indicesOf(char c) {
        int[] indices = new int[16];
        int count = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            if (count == indices.length) {
                indices = Arrays.copyOf(indices, count * 2);
            }
            indices[count++] = i;
        }
        return Arrays.copyOf(indices, count);
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
                if (index + 1 == text.length() || text.charAt(index + 1) != '\n') {
                    starts[count++] = index + 1;
                }
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** The {@link #extraUtf8Bytes} before every {@value #BLOCK}-th character. */
    private long[] utf8Checkpoints() {
        long[] built = utf8Checkpoints;
        if (built == null) {
            built = new long[text.length() / BLOCK + 1];
            char[] block = new char[BLOCK];
            long extra = 0;
            for (int k = 0; k < built.length; k++) {
                built[k] = extra;
                int end = Math.min(text.length(), (k + 1) * BLOCK);
                text.getChars(k * BLOCK, end, block, 0);
                // branch-free, into an int: text mixes ASCII and other characters that no branch predicts
                int inBlock = 0;
                for (int i = 0; i < end - k * BLOCK; i++) {
                    inBlock += extraUtf8Bytes(block[i]);
                }
                extra += inBlock;
            }
            utf8Checkpoints = built;
        }
        return built;
    }

    /**
     * The line breaks of the text, as ascending UTF-16 indices.
     *
     * @param lineFeeds       every U+000A
     * @param carriageReturns every U+000D
     * @param lineStarts      the index after each line break
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
