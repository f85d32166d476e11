package io.github.factmaven.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;

/**
 * A file's bytes on their way to Jackson's byte parser, which reads UTF-8 without decoding it into
 * a second copy first: checked to be strict UTF-8 as they pass (no overlong form, no surrogate, no
 * NUL, which JSON never holds raw), a leading byte-order mark left out as not part of the text, and
 * measured so that a token's column can be told in code points. Jackson counts a byte-parsed
 * column in bytes; messages count code points, as claims count offsets.
 *
 * <p>Bytes that are not such UTF-8 end the stream with a {@link MalformedInputException}: a reader
 * of claims then reads the file the thorough way, which says where and what they are. Only strict
 * UTF-8 reaches the parser, so it never takes a file for UTF-16 or UTF-32 (whose text has NUL bytes
 * or starts with a mark that is not UTF-8). Not thread-safe: one per parse.
 */
public final class Utf8Input extends FilterInputStream implements Columns {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /** Bytes passed to the parser so far, the byte-order mark not counted. */
    private long position;
    /** Continuation bytes the character being read still needs. */
    private int needed;
    /** The range the next continuation byte must be in: narrower right after some leading bytes. */
    private int low = 0x80;

    private int high = 0xBF;
    /**
     * Per block of 64 bytes, which bytes continue a character (a bit each): a column counts the
     * bytes that start one. Null while every byte so far is ASCII, as in most claims files.
     */
    private long[] continuing;

    private final Cursor lineStarts = new Cursor();
    private final Cursor tokens = new Cursor();
    /** Bytes of the file before the text: 3 for a byte-order mark, else 0. */
    private final int mark;

    private Utf8Input(InputStream in, int mark) {
        super(in);
        this.mark = mark;
    }

    /**
     * @param in the bytes of a text, which may start with a byte-order mark; closed with this stream
     * @return the stream of the text's bytes without the mark, checked as they are read
     * @throws IOException if the first bytes cannot be read
     */
    public static Utf8Input of(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        try {
            buffered.mark(3);
            byte[] first = buffered.readNBytes(3);
            boolean mark = first.length == 3
                    && (first[0] & 0xFF) == 0xEF
                    && (first[1] & 0xFF) == 0xBB
                    && (first[2] & 0xFF) == 0xBF;
            if (!mark) {
                buffered.reset();
            }
            return new Utf8Input(buffered, mark ? 3 : 0);
        } catch (IOException e) {
            buffered.close();
            throw e;
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n < 0) {
            if (needed > 0) {
                throw new MalformedInputException(1); // the text ends inside a character
            }
            return n;
        }
        check(bytes, offset, offset + n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // a parser does not skip; were it to, the skipped bytes would go unchecked and uncounted
        throw new IOException("the bytes of a checked text are read, not skipped");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(byte[] bytes, int from, int to) throws MalformedInputException {
        int i = from;
        while (i < to) {
            if (needed == 0 && i <= to - Long.BYTES) {
                long word = (long) LONGS.get(bytes, i);
                // eight ASCII bytes, none of them NUL: most of a claims file
                if ((word & HIGH_BITS) == 0 && ((word - LOW_BITS) & HIGH_BITS) == 0) {
                    i += Long.BYTES;
                    continue;
                }
            }
            int b = bytes[i] & 0xFF;
            long at = position + (i - from);
            if (needed > 0) {
                if (b < low || b > high) {
                    throw new MalformedInputException(1);
                }
                low = 0x80;
                high = 0xBF;
                needed--;
                continuing(at);
            } else if (b == 0 || (b >= 0x80 && !lead(b))) {
                throw new MalformedInputException(1);
            }
            i++;
        }
        position += to - from;
    }

    /** Takes a leading byte of two to four: how many follow, and the range of the next. */
    private boolean lead(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            needed = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            needed = 2;
            low = b == 0xE0 ? 0xA0 : 0x80; // not overlong
            high = b == 0xED ? 0x9F : 0xBF; // not a surrogate
        } else if (b >= 0xF0 && b <= 0xF4) {
            needed = 3;
            low = b == 0xF0 ? 0x90 : 0x80; // not overlong
            high = b == 0xF4 ? 0x8F : 0xBF; // not past U+10FFFF
        } else {
            return false;
        }
        return true;
    }

    private void continuing(long at) {
        int block = (int) (at >>> 6);
        if (continuing == null) {
            continuing = new long[Math.max(64, Integer.highestOneBit(block) << 1)];
        } else if (block >= continuing.length) {
            continuing = Arrays.copyOf(continuing, Math.max(block + 1, 2 * continuing.length));
        }
        continuing[block] |= 1L << at;
    }

    /**
     * @param at where a parser of these bytes met a token
     * @return the token's column in code points, 1 at least
     */
    @Override
    public int column(JsonLocation at) {
        int bytes = Math.max(1, at.getColumnNr());
        long offset = at.getByteOffset();
        if (continuing == null || offset < 0) {
            return bytes;
        }
        long lineStart = offset - (bytes - 1);
        return (int) Math.max(1, bytes - (tokens.before(this, offset) - lineStarts.before(this, lineStart)));
    }

    @Override
    public long byteInFile(JsonLocation at) {
        return at.getByteOffset() < 0 ? -1 : mark + at.getByteOffset();
    }

    /** How many continuation bytes are before a position. */
    private long countBefore(long from, long fromCount, long to) {
        long count = fromCount;
        long block = from >>> 6;
        long lastBlock = to >>> 6;
        long mask = -1L << (from & 63);
        for (; block < lastBlock; block++) {
            count += Long.bitCount(blockAt(block) & mask);
            mask = -1L;
        }
        long below = (to & 63) == 0 ? 0 : -1L >>> (64 - (to & 63));
        return count + Long.bitCount(blockAt(block) & mask & below);
    }

    private long blockAt(long block) {
        return block < continuing.length ? continuing[(int) block] : 0;
    }

    /**
     * How many continuation bytes are before a position, asked in mostly ascending order (a parser
     * asks of its tokens, each of the start of its line and of itself): counted on from the last
     * answer of the same cursor, from the start when the position is before it.
     */
    private static final class Cursor {
        private long position;
        private long before;

        long before(Utf8Input input, long at) {
            if (at < position) {
                position = 0;
                before = 0;
            }
            before = input.countBefore(position, before, at);
            position = at;
            return before;
        }
    }
}
