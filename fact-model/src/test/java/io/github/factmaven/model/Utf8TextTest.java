package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {

    @Test
    void dropsALeadingByteOrderMarkOnly() throws InvalidUtf8Exception {
        byte[] bytes = "\uFEFFa\uFEFFb".getBytes(StandardCharsets.UTF_8);

        assertEquals("a\uFEFFb", Utf8Text.decode(bytes));
    }

    @Test
    void decodesTextOutsideTheBasicMultilingualPlane() throws InvalidUtf8Exception {
        assertEquals("🇦🇲 ok", Utf8Text.decode("🇦🇲 ok".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void replacementCharacterInTheTextIsValid() throws InvalidUtf8Exception {
        assertEquals("a\uFFFDb", Utf8Text.decode("a\uFFFDb".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void invalidByteIsNamedWithItsPositionAndLine() {
        byte[] bytes = {'a', '\n', 'b', (byte) 0xC3, '(', 'c'};

        InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode(bytes));

        assertEquals(3, e.bytePosition());
        assertEquals(2, e.line());
        assertEquals("byte 0xC3 at byte position 3 (line 2) is not valid UTF-8", e.getMessage());
    }

    @Test
    void truncatedSequenceAtTheEndIsInvalid() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x80};

        InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode(bytes));

        assertEquals(1, e.bytePosition());
    }

    @Test
    void encodedSurrogateIsInvalid() {
        byte[] bytes = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};

        assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode(bytes));
    }
}
