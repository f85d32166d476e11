package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
        assertEquals(
                "byte 0xC3 at byte position 3 (line 2) is not valid UTF-8; the file looks like windows-1252 (Latin-1)"
                        + " text: save it as UTF-8",
                e.getMessage());
        assertFalse(e.recognized());
    }

    @Test
    void aBrokenSequenceAmongOtherCharactersIsNamedOnly() {
        byte[] bytes = {(byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x80, 'x'};

        InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode(bytes));

        assertEquals("byte 0xE2 at byte position 2 (line 1) is not valid UTF-8", e.getMessage());
    }

    /** What Notepad's "Unicode", PowerShell and a saved PDF or Word file look like, said as such. */
    @Test
    void textInAnotherEncodingAndFilesThatAreNotTextAreNamed() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(
                "the file is UTF-16 text (it begins with a UTF-16 byte-order mark): save it as UTF-8",
                "\uFEFF{\"claims\": []}".getBytes(StandardCharsets.UTF_16LE));
        files.put(
                "the file is UTF-16 text (it begins with a UTF-16 byte-order mark): save it as UTF-8",
                "\uFEFF{\"claims\": []}".getBytes(StandardCharsets.UTF_16BE));
        files.put(
                "the file is UTF-32 text (it begins with a UTF-32 byte-order mark): save it as UTF-8",
                new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0, 0, 0});
        files.put(
                "the file is a PDF document, not text: save the article's text as a UTF-8 .txt file, or the web page as"
                        + " .html",
                "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n".getBytes(StandardCharsets.ISO_8859_1));
        files.put(
                "the file is a ZIP archive, as a Word .docx or an OpenDocument file is, not text: save the article's"
                        + " text as a UTF-8 .txt file, or the web page as .html",
                new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, (byte) 0x8C, (byte) 0xFF});

        files.forEach((message, bytes) -> {
            InvalidUtf8Exception e = assertThrows(InvalidUtf8Exception.class, () -> Utf8Text.decode(bytes));
            assertEquals(message, e.getMessage());
            assertTrue(e.recognized());
        });
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
