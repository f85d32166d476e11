package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.factmaven.model.internal.Columns;

/**
 * Where the tokens of one entry of a claims file are in the file, for a parser of the entry's bytes
 * alone: the parser counts lines and byte columns from the entry's start; the file's lines and
 * code-point columns are those counted on from the entry's own place, which a read of the whole
 * file found. Reads the bytes the parser was given, to count a column's code points.
 *
 * @param bytes  the file's bytes from some place before or at the entry's start
 * @param offset where the entry starts in {@code bytes}
 * @param length how many bytes of {@code bytes} are the file's, from {@code offset} on
 * @param start  where the entry starts in the file
 * @param line   the entry's line in the file
 * @param column the entry's column in code points
 */
record EntryPlaces(byte[] bytes, int offset, int length, long start, int line, int column) implements Columns {

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
            if ((bytes[offset + (int) i] & 0xC0) != 0x80) {
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
