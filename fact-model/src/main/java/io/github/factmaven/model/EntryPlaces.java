package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.factmaven.model.internal.Columns;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The bytes of one entry of a claims file, read from where it starts, and where its tokens are in
 * the file: a parser of them counts lines and byte columns from the entry's start; the file's
 * lines and code-point columns are those counted on from the entry's own place, which a read of
 * the whole file found. Keeps the bytes it passed on, to count a column's code points.
 */
final class EntryPlaces extends FilterInputStream implements Columns {

    private final long start;
    private final int line;
    private final int column;

    private byte[] read = new byte[1024];
    private int length;

    /**
     * @param in     the file's bytes from the entry's start on; not closed by this stream
     * @param start  where the entry starts in the file
     * @param line   the entry's line in the file
     * @param column the entry's column in code points
     */
    EntryPlaces(InputStream in, long start, int line, int column) {
        super(in);
        this.start = start;
        this.line = line;
        this.column = column;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int count) throws IOException {
        int n = in.read(bytes, offset, count);
        if (n > 0) {
            if (length + n > read.length) {
                read = Arrays.copyOf(read, Math.max(length + n, 2 * read.length));
            }
            System.arraycopy(bytes, offset, read, length, n);
            length += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("the bytes of an entry are read, not skipped"); // they would go uncounted
    }

    @Override
    public void close() {
        // the file is the caller's, read on for its next entry
    }

    @Override
    public int line(JsonLocation at) {
        return line + Math.max(1, at.getLineNr()) - 1;
    }

    @Override
    public int column(JsonLocation at) {
        long token = Math.max(0, at.getByteOffset());
        long lineStart = token - (Math.max(1, at.getColumnNr()) - 1);
        int before = 0;
        for (long i = Math.max(0, lineStart); i < Math.min(token, length); i++) {
            if ((read[(int) i] & 0xC0) != 0x80) {
                before++;
            }
        }
        return at.getLineNr() <= 1 ? column + before : 1 + before;
    }

    @Override
    public long byteInFile(JsonLocation at) {
        return at.getByteOffset() < 0 ? -1 : start + at.getByteOffset();
    }
}
