package io.github.factmaven.validator.internal.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.factmaven.validator.internal.text.SourceText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ApproximateMatcherTest {

    /** Textbook semi-global edit distance: the fewest edits of a passage ending at each text position. */
    private static int[] naiveScores(int[] pattern, int[] text) {
        int[] previous = new int[pattern.length + 1];
        int[] scores = new int[text.length];
        for (int i = 0; i <= pattern.length; i++) {
            previous[i] = i;
        }
        for (int j = 0; j < text.length; j++) {
            int[] current = new int[pattern.length + 1];
            for (int i = 1; i <= pattern.length; i++) {
                current[i] = Math.min(
                        previous[i - 1] + (pattern[i - 1] == text[j] ? 0 : 1),
                        Math.min(previous[i] + 1, current[i - 1] + 1));
            }
            scores[j] = current[pattern.length];
            previous = current;
        }
        return scores;
    }

    private static String random(Random random, int length, String alphabet) {
        int[] letters = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(letters[random.nextInt(letters.length)]);
        }
        return text.toString();
    }

    @Test
    void agreesWithTheTextbookAlgorithmForShortAndMultiWordPatterns() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            // lengths across the 64-code-point block boundary, an alphabet with text outside the BMP
            String pattern = random(random, 1 + random.nextInt(150), "abc😀é");
            String text = random(random, random.nextInt(400), "abc😀é ");
            SourceText source = SourceText.of(text);
            int[] p = pattern.codePoints().toArray();
            int[] scores = naiveScores(p, text.codePoints().toArray());
            int best = Integer.MAX_VALUE;
            for (int score : scores) {
                best = Math.min(best, score);
            }
            ApproximateMatcher.Best found = new ApproximateMatcher(p).search(source, 0, source.length(), 0);
            if (scores.length == 0) {
                assertEquals(p.length + 1, found.score());
            } else {
                assertEquals(best, found.score(), "pattern " + pattern + " in " + text);
                assertEquals(best, scores[found.end() - 1], "the end has the best score");
            }
        }
    }

    @Test
    void prefersTheBestEndNearestTheTarget() {
        SourceText text = SourceText.of("Koprikin met Kopyrkin and then Koprikin again");
        ApproximateMatcher matcher =
                new ApproximateMatcher("Kopyrkin".codePoints().toArray());

        assertEquals(new ApproximateMatcher.Best(0, 21), matcher.search(text, 0, text.length(), 0));
        ApproximateMatcher.Best nearEnd =
                new ApproximateMatcher("Koprikin".codePoints().toArray()).search(text, 0, text.length(), text.length());
        assertEquals(List.of(0, 39), List.of(nearEnd.score(), nearEnd.end()));
    }
}
