package io.github.factmaven.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.internal.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceBytesTest {

    @TempDir
    Path directory;

    private SourceBytes write(byte[] bytes) throws IOException {
        Path file = directory.resolve("source.txt");
        Files.write(file, bytes);
        return SourceBytes.read(file, Optional.empty()).orElseThrow();
    }

    /** Passages are the same code points as the decoded text has there, wherever blocks begin. */
    @Test
    void slicesAreWhatTheDecodedTextHas() throws IOException {
        Random random = new Random(3);
        int[] letters = "ab \n’Ереван😀𝕏\u00A0".codePoints().toArray();
        StringBuilder builder = new StringBuilder();
        while (builder.length() < 30_000) {
            builder.appendCodePoint(letters[random.nextInt(letters.length)]);
        }
        String text = builder.toString();
        SourceText expected = SourceText.of(text);
        SourceBytes bytes = write(text.getBytes(StandardCharsets.UTF_8));

        assertEquals(expected.length(), bytes.length());
        for (int i = 0; i < 2_000; i++) {
            int from = random.nextInt(expected.length() + 1);
            int to = from + random.nextInt(Math.min(200, expected.length() - from) + 1);
            assertEquals(expected.slice(from, to), bytes.slice(from, to), from + ".." + to);
        }
        assertEquals(
                expected.slice(expected.length() - 5, expected.length()),
                bytes.slice(expected.length() - 5, expected.length()));
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws IOException {
        SourceBytes bytes = write("\uFEFFsaid on Monday".getBytes(StandardCharsets.UTF_8));
        assertEquals(14, bytes.length());
        assertEquals("said", bytes.slice(0, 4));
    }

    @Test
    void anEmptyOrUnreadableSourceHasNoPassages() throws IOException {
        assertEquals(0, write(new byte[0]).length());
        assertTrue(SourceBytes.read(directory.resolve("missing.txt"), Optional.empty())
                .isEmpty());
    }
}
