package io.github.factmaven.model;

import java.io.IOException;

/**
 * Thrown when bytes that must be UTF-8 are not. Names the first invalid byte so the user can find it
 * with a hex viewer, and its line so an editor can.
 */
public final class InvalidUtf8Exception extends IOException {

    private static final long serialVersionUID = 1L;

    /** Where in the file the invalid byte is, counted from 0. */
    private final long bytePosition;
    /** The line of the invalid byte, counted from 1. */
    private final int line;

    /**
     * @param bytePosition 0-based position of the first invalid byte
     * @param invalidByte  value of that byte
     * @param line         1-based line of that byte
     */
    public InvalidUtf8Exception(long bytePosition, int invalidByte, int line) {
        super(String.format(
                "byte 0x%02X at byte position %d (line %d) is not valid UTF-8",
                invalidByte & 0xFF, bytePosition, line));
        this.bytePosition = bytePosition;
        this.line = line;
    }

    /** @return 0-based position of the first invalid byte */
    public long bytePosition() {
        return bytePosition;
    }

    /** @return 1-based line of the first invalid byte */
    public int line() {
        return line;
    }
}
