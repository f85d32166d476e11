package io.github.factmaven.validator.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

/**
 * A word hashes alike read from a source's bytes and from a quote's string, in whatever case, so a
 * name in a quote meets its spellings in the sources; short and long, ASCII and not.
 */
class LowerCaseHasherTest {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String OTHER_LETTERS = "éÉüÜßäÄԱաԲբԿկՓփБбЖжЯяσΩω";

    @RepeatedTest(50)
    void aWordHashesAlikeFromBytesAndFromAString(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        for (int w = 0; w < 200; w++) {
            StringBuilder word = new StringBuilder();
            boolean ascii = random.nextBoolean();
            for (int i = 0, n = 1 + random.nextInt(30); i < n; i++) {
                String from = ascii || random.nextInt(4) > 0 ? LETTERS : OTHER_LETTERS;
                word.append(from.charAt(random.nextInt(from.length())));
            }
            String padding = "  ".repeat(random.nextInt(3));
            byte[] utf8 = (padding + word + padding).getBytes(StandardCharsets.UTF_8);
            int start = padding.length();
            int end = utf8.length - padding.length();
            LowerCaseHasher hasher = new LowerCaseHasher();

            assertEquals(hasher.of(word, 0, word.length()), hasher.of(utf8, start, end), word.toString());
            String lower = word.toString().toLowerCase(Locale.ROOT);
            assertEquals(hasher.of(lower, 0, lower.length()), hasher.of(utf8, start, end), word.toString());
        }
    }
}
