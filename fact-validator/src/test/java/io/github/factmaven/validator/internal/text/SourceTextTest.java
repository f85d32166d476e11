package io.github.factmaven.validator.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    // 🇦🇲 is two code points outside the BMP (four UTF-16 units); 😀 one more
    private final SourceText text = SourceText.of("a🇦🇲b😀c");

    @Test
    void lengthCountsCodePoints() {
        assertEquals(6, text.length());
        assertEquals(9, text.text().length());
    }

    @Test
    void offsetsMapToStringIndicesAndBack() {
        int[] charIndices = {0, 1, 3, 5, 6, 8, 9};
        for (int offset = 0; offset <= text.length(); offset++) {
            assertEquals(charIndices[offset], text.charIndex(offset), "offset " + offset);
            assertEquals(offset, text.offsetOf(charIndices[offset]), "index " + charIndices[offset]);
        }
        assertThrows(IndexOutOfBoundsException.class, () -> text.charIndex(7));
    }

    @Test
    void characterOutsideTheBmpSplitAcrossScanBlocksIsOneCodePoint() {
        // the text is scanned 4096 units at a time: this emoji's surrogates fall in two blocks
        SourceText split = SourceText.of("a".repeat(4095) + "😀b\uD83D");

        assertEquals(4095 + 1 + 1 + 1, split.length());
        assertEquals(4097, split.charIndex(4096));
        assertEquals("😀b", split.slice(4095, 4097));
        assertEquals(new SourceText.Prefix(4095 + 4, 0, 0), split.prefix(4096));
    }

    @Test
    void slicesAndMatchesByCodePoint() {
        assertEquals("b😀", text.slice(3, 5));
        assertTrue(text.matchesAt(3, "b😀c"));
        assertTrue(text.matchesAt(6, ""));
        assertFalse(text.matchesAt(4, "b"));
    }

    @Test
    void quoteEndingInHalfASurrogatePairDoesNotMatch() {
        assertFalse(text.matchesAt(4, "\uD83D"));
    }

    @Test
    void prefixCountsUtf8BytesAndLineEndingsAcrossCheckpoints() {
        String line = "Ереван 🇦🇲 said\r\n";
        SourceText repeated = SourceText.of(line.repeat(2000));
        int lineLength = line.codePointCount(0, line.length());
        int lineBytes = line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        for (int lines : new int[] {0, 1, 300, 1999, 2000}) {
            assertEquals(
                    new SourceText.Prefix((long) lines * lineBytes, lines, lines),
                    repeated.prefix(lines * lineLength),
                    "after " + lines + " lines");
        }
        assertEquals(new SourceText.Prefix(12 + 1 + 8, 0, 0), repeated.prefix(9), "after the flag");
    }

    @Test
    void lineAndColumnFollowLfCrLfAndCr() {
        SourceText lines = SourceText.of("one\r\ntwo\nth😀ree\rfour");

        assertEquals(new SourceText.LineColumn(1, 1), lines.lineColumnOf(0));
        assertEquals(new SourceText.LineColumn(2, 1), lines.lineColumnOf(5));
        assertEquals(new SourceText.LineColumn(3, 4), lines.lineColumnOf(12));
        assertEquals(new SourceText.LineColumn(4, 2), lines.lineColumnOf(17));
    }

    @Test
    void lineColumnAndPrefixAgreeWithACountFromTheStartEverywhere() {
        Random random = new Random(5);
        String[] pieces = {"a", "é", "€", "😀", "\r", "\n", "\r\n", " "};
        StringBuilder built = new StringBuilder("x".repeat(4095)).append("\r\n"); // a CRLF split by a checkpoint
        while (built.length() < 3 * 4096 + 100) {
            built.append(pieces[random.nextInt(pieces.length)]);
        }
        String raw = built.toString();
        SourceText text = SourceText.of(raw);
        int line = 1;
        int column = 1;
        long bytes = 0;
        int carriageReturns = 0;
        int lineFeeds = 0;
        int offset = 0;
        int i = 0;
        while (true) {
            assertEquals(new SourceText.LineColumn(line, column), text.lineColumnOf(offset), "at offset " + offset);
            assertEquals(
                    new SourceText.Prefix(bytes, carriageReturns, lineFeeds),
                    text.prefix(offset),
                    "at offset " + offset);
            if (i == raw.length()) {
                break;
            }
            int codePoint = raw.codePointAt(i);
            boolean crBeforeLf = codePoint == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n';
            if (codePoint == '\n' || codePoint == '\r' && !crBeforeLf) {
                line++;
                column = 1;
            } else {
                column++;
            }
            bytes += new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            carriageReturns += codePoint == '\r' ? 1 : 0;
            lineFeeds += codePoint == '\n' ? 1 : 0;
            i += Character.charCount(codePoint);
            offset++;
        }
        assertEquals(text.length(), offset);
    }

    /** The byte index against a count from the start, read from bytes as from a string. */
    @Test
    void bytePositionsSlicesAndCodePointsAgreeWithTheStringEverywhere() throws Exception {
        Random random = new Random(11);
        String[] pieces = {"a", "bcdefghi", "é", "€", "😀", "\n", "ԱԲ", " "};
        for (int round = 0; round < 20; round++) {
            StringBuilder built = new StringBuilder();
            int size = random.nextInt(600);
            while (built.length() < size) {
                built.append(pieces[random.nextInt(pieces.length)]);
            }
            String raw = built.toString();
            byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
            for (SourceText text : new SourceText[] {SourceText.of(raw), SourceText.ofUtf8(bytes)}) {
                int[] codePoints = raw.codePoints().toArray();
                assertEquals(codePoints.length, text.length());
                assertEquals(raw, text.text());
                int position = 0;
                for (int offset = 0; offset <= codePoints.length; offset++) {
                    assertEquals(position, text.bytePosition(offset), "at offset " + offset);
                    assertEquals(offset, text.offsetOfByte(position), "at byte " + position);
                    assertEquals(raw.offsetByCodePoints(0, offset), text.charIndex(offset));
                    if (offset < codePoints.length) {
                        position += new String(Character.toChars(codePoints[offset]))
                                .getBytes(StandardCharsets.UTF_8)
                                .length;
                    }
                }
                int from = codePoints.length == 0 ? 0 : random.nextInt(codePoints.length);
                int to = from + random.nextInt(codePoints.length - from + 1);
                String expected = new String(codePoints, from, to - from);
                assertEquals(expected, SourceText.ofUtf8(bytes).slice(from, to));
                assertEquals(expected, new String(text.codePoints(from, to), 0, to - from));
                assertTrue(text.matchesAt(from, expected));
                assertTrue(text.endsAt(to, expected));
            }
        }
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws Exception {
        SourceText text = SourceText.ofUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b'});
        assertEquals("ab", text.text());
        assertEquals(2, text.length());
        assertTrue(text.matchesAt(0, "ab"));
    }

    /** One pass checks the bytes as the strict decoder would, and names the same first bad byte. */
    @Test
    void bytesAreValidExactlyWhenTheStrictDecoderSaysSo() {
        Random random = new Random(3);
        byte[] interesting = {
            0,
            'a',
            0x7F,
            (byte) 0x80,
            (byte) 0xBF,
            (byte) 0xC0,
            (byte) 0xC1,
            (byte) 0xC2,
            (byte) 0xDF,
            (byte) 0xE0,
            (byte) 0xA0,
            (byte) 0xED,
            (byte) 0x9F,
            (byte) 0xEF,
            (byte) 0xF0,
            (byte) 0x90,
            (byte) 0xF4,
            (byte) 0x8F,
            (byte) 0xF5,
            (byte) 0xFF
        };
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = interesting[random.nextInt(interesting.length)];
            }
            String expected;
            try {
                expected = io.github.factmaven.model.Utf8Text.decode(bytes);
            } catch (io.github.factmaven.model.InvalidUtf8Exception e) {
                io.github.factmaven.model.InvalidUtf8Exception thrown = assertThrows(
                        io.github.factmaven.model.InvalidUtf8Exception.class, () -> SourceText.ofUtf8(bytes));
                assertEquals(e.getMessage(), thrown.getMessage());
                continue;
            }
            try {
                SourceText text = SourceText.ofUtf8(bytes);
                assertEquals(expected, text.text());
                assertEquals(expected.codePointCount(0, expected.length()), text.length());
            } catch (io.github.factmaven.model.InvalidUtf8Exception e) {
                throw new AssertionError(
                        "valid bytes refused: " + java.util.HexFormat.of().formatHex(bytes), e);
            }
        }
    }

    @Test
    void aQuoteWithHalfASurrogatePairMatchesNothing() {
        SourceText text = SourceText.of("a?b");
        assertFalse(text.matchesAt(1, "\uD83D"));
        assertFalse(text.endsAt(2, "\uD83D"));
    }
}
