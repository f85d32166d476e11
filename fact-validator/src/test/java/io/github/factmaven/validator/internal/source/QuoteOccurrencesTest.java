package io.github.factmaven.validator.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.factmaven.validator.internal.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteOccurrencesTest {

    private static List<Integer> naive(SourceText text, String quote, int limit) {
        List<Integer> found = new ArrayList<>();
        for (int offset = 0; offset < text.length() && found.size() < limit; offset++) {
            if (text.matchesAt(offset, quote)) {
                found.add(offset);
            }
        }
        return found;
    }

    @Test
    void findsWhatAScanOfEveryOffsetFinds() {
        Random random = new Random(7);
        String alphabet = "ab 😀’\n";
        int[] letters = alphabet.codePoints().toArray();
        for (int round = 0; round < 100; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 2000; i++) {
                text.appendCodePoint(letters[random.nextInt(letters.length)]);
            }
            SourceText source = SourceText.of(text.toString());
            List<String> quotes = new ArrayList<>();
            for (int q = 0; q < 30; q++) {
                int from = random.nextInt(source.length() - 40);
                quotes.add(source.slice(from, from + 1 + random.nextInt(30)));
            }
            quotes.add("not in the text");

            List<List<Integer>> found = QuoteOccurrences.find(source, quotes, 5);

            for (int q = 0; q < quotes.size(); q++) {
                assertEquals(naive(source, quotes.get(q), 5), found.get(q), quotes.get(q));
            }
        }
    }

    /**
     * Short quotes are hashed a chunk of the text at a time, at every position or at block starts:
     * none is lost where chunks meet or at the text's end.
     */
    @Test
    void findsShortQuotesAcrossTheChunksOfALongText() {
        Random random = new Random(11);
        int[] letters = "abcdefgh ’😀".codePoints().toArray();
        StringBuilder text = new StringBuilder();
        while (text.length() < 150_000) {
            text.appendCodePoint(letters[random.nextInt(letters.length)]);
        }
        SourceText source = SourceText.of(text.toString());
        List<String> quotes = new ArrayList<>();
        for (int chunk = 1; chunk <= 4; chunk++) {
            for (int shift = -20; shift <= 2; shift += 3) {
                int from = source.offsetOf(Math.min(text.length() - 30, chunk * 32_768 + shift));
                quotes.add(source.slice(from, from + 5 + random.nextInt(17)));
            }
        }
        // the text's end: a short quote, and quotes of one-block windows that the last blocks hold
        for (int length : new int[] {7, 15, 17, 22}) {
            quotes.add(source.slice(source.length() - length, source.length()));
        }

        List<List<Integer>> found = QuoteOccurrences.find(source, quotes, 1000);

        for (int q = 0; q < quotes.size(); q++) {
            assertEquals(naive(source, quotes.get(q), 1000), found.get(q), quotes.get(q));
        }
    }

    @Test
    void findsLongQuotesAtEveryPositionAndInTextOrder() {
        Random random = new Random(11);
        int[] letters = "ab 😀’\n".codePoints().toArray();
        for (int round = 0; round < 50; round++) {
            // a text made of a few repeated passages, so that long quotes occur many times, overlapping too
            List<String> passages = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                StringBuilder passage = new StringBuilder();
                for (int i = 0; i < 20 + random.nextInt(60); i++) {
                    passage.appendCodePoint(letters[random.nextInt(letters.length)]);
                }
                passages.add(passage.toString());
            }
            StringBuilder text = new StringBuilder();
            while (text.length() < 3000) {
                text.append(passages.get(random.nextInt(passages.size())));
                text.appendCodePoint(letters[random.nextInt(letters.length)]);
            }
            SourceText source = SourceText.of(text.toString());
            List<String> quotes = new ArrayList<>();
            for (int q = 0; q < 40; q++) {
                int length = 1 + random.nextInt(120);
                int from = random.nextInt(source.length() - length);
                quotes.add(source.slice(from, from + length));
            }
            quotes.add(source.slice(source.length() - 60, source.length()));
            quotes.add(source.slice(0, 45));

            List<List<Integer>> found = QuoteOccurrences.find(source, quotes, 7);

            for (int q = 0; q < quotes.size(); q++) {
                assertEquals(naive(source, quotes.get(q), 7), found.get(q), quotes.get(q));
            }
        }
    }

    @Test
    void findsEveryOccurrenceOfALongQuoteOfOneRepeatedCharacter() {
        SourceText text = SourceText.of("x" + "a".repeat(100));
        String quote = "a".repeat(50);

        assertEquals(List.of(naive(text, quote, 101)), QuoteOccurrences.find(text, List.of(quote), 101));
    }

    @Test
    void doesNotMatchHalfOfASurrogatePair() {
        SourceText text = SourceText.of("a😀b");

        assertEquals(List.of(List.of()), QuoteOccurrences.find(text, List.of("a\uD83D"), 5));
    }

    /**
     * Many quotes that share their start, or are the same, are found as a scan of every offset finds
     * them: those that share an anchor are searched for together, in sorted order.
     */
    @Test
    void findsQuotesThatShareTheirStartOrAreTheSame() {
        Random random = new Random(13);
        String[] words = {"said", "Kopyrkin", "😀", "’", "met", "a", "envoy", "1", "2"};
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        while (text.length() < 60_000) {
            starts.add(text.length());
            text.append("The Foreign Ministry said that ");
            for (int w = random.nextInt(6); w >= 0; w--) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
        }
        SourceText source = SourceText.of(text.toString());
        List<String> quotes = new ArrayList<>();
        for (int q = 0; q < 400; q++) {
            int from = starts.get(random.nextInt(starts.size()));
            int offset = source.text().codePointCount(0, from);
            quotes.add(source.slice(offset, Math.min(source.length(), offset + 1 + random.nextInt(60))));
        }
        quotes.addAll(quotes.subList(0, 50));
        quotes.add("The Foreign Ministry said that nobody");

        List<List<Integer>> found = QuoteOccurrences.find(source, quotes, 40);

        for (int q = 0; q < quotes.size(); q++) {
            assertEquals(naive(source, quotes.get(q), 40), found.get(q), quotes.get(q));
        }
    }
}
