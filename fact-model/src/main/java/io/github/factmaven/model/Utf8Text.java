package io.github.factmaven.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 decoding shared by claims files and source files: an invalid byte is an error, never a
 * replacement character, and a leading byte-order mark is dropped because it is not part of the text.
 */
public final class Utf8Text {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private Utf8Text() {}

    /**
     * Decodes UTF-8 bytes.
     *
     * @param bytes the encoded text
     * @return the text without a leading byte-order mark
     * @throws InvalidUtf8Exception naming the first byte that is not valid UTF-8
     */
    public static String decode(byte[] bytes) throws InvalidUtf8Exception {
        // The JDK's replacing decoder is much faster than a CharsetDecoder and builds compact
        // strings; it only produces U+FFFD for invalid input, or where the text has one itself.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            requireValid(bytes);
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static void requireValid(byte[] bytes) throws InvalidUtf8Exception {
        CharsetDecoder decoder = strictDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw invalidAt(bytes, in.position());
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static InvalidUtf8Exception invalidAt(byte[] bytes, int position) {
        Optional<String> kind = NotUtf8.kindOf(bytes);
        if (kind.isPresent()) {
            return new InvalidUtf8Exception(position, 1, kind.get(), true);
        }
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        InvalidUtf8Exception invalid = new InvalidUtf8Exception(position, bytes[position], line);
        return NotUtf8.looksLikeWindows1252(bytes, position)
                ? new InvalidUtf8Exception(
                        position,
                        line,
                        invalid.getMessage() + "; the file looks like windows-1252 (Latin-1) text: save it as UTF-8",
                        false)
                : invalid;
    }
}
