package io.github.factmaven.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding shared by claims files and source files: an invalid byte is an error, never a
 * replacement character, and a leading byte-order mark is dropped because it is not part of the text.
 */
public final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Utf8Text() {
    }

    /**
     * Decodes UTF-8 bytes.
     *
     * @param bytes the encoded text
     * @return the text without a leading byte-order mark
     * @throws InvalidUtf8Exception naming the first byte that is not valid UTF-8
     */
    public static String decode(byte[] bytes) throws InvalidUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw invalidAt(bytes, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw invalidAt(bytes, in.position());
        }
        out.flip();
        if (out.hasRemaining() && out.get(0) == BYTE_ORDER_MARK) {
            out.position(1);
        }
        return out.toString();
    }

    private static InvalidUtf8Exception invalidAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return new InvalidUtf8Exception(position, bytes[position], line);
    }
}
