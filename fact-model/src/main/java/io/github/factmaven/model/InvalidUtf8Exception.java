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
    /** True if the bytes are recognized as something else than UTF-8 text, which the message names. */
    private final boolean recognized;

    /**
     * @param bytePosition 0-based position of the first invalid byte
     * @param invalidByte  value of that byte
     * @param line         1-based line of that byte
     */
    public InvalidUtf8Exception(long bytePosition, int invalidByte, int line) {
        this(
                bytePosition,
                line,
                String.format(
                        "byte 0x%02X at byte position %d (line %d) is not valid UTF-8",
                        invalidByte & 0xFF, bytePosition, line),
                false);
    }

    /**
     * @param bytePosition 0-based position of the first invalid byte
     * @param line         1-based line of that byte
     * @param message      what is wrong, and what to do
     * @param recognized   true if the message names what the bytes are instead (UTF-16 text, a PDF document)
     */
    InvalidUtf8Exception(long bytePosition, int line, String message, boolean recognized) {
        super(message);
        this.bytePosition = bytePosition;
        this.line = line;
        this.recognized = recognized;
    }

    /** @return true if the message names what the bytes are instead of UTF-8 text (UTF-16 text, a PDF document) */
    public boolean recognized() {
        return recognized;
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
