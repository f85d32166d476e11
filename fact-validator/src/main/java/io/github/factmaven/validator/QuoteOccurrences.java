package io.github.factmaven.validator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds where each of many quotes occurs in a text, in one pass over the text: a rolling hash of
 * the first few characters of every quote (Rabin-Karp with many patterns) proposes candidates that
 * are then compared in full. The cost grows with the text plus the candidates, not with the text
 * times the quotes, so 10,000 quotes of one source are located as fast as one.
 */
final class QuoteOccurrences {

    /** Characters hashed per quote of medium length: enough to make chance candidates rare in prose. */
    private static final int ANCHOR = 16;
    /**
     * Characters hashed per long quote: prose repeats 16-character runs ("the Armenian Foreign
     * Ministry") often enough that a million quotes spend most of their time comparing candidates.
     */
    private static final int LONG_ANCHOR = 32;
    private static final long BASE = 0x100000001B3L;

    private QuoteOccurrences() {
    }

    /**
     * @param text   the source text
     * @param quotes the quotes to find, none empty
     * @param limit  occurrences to record per quote at most
     * @return for each quote, the code point offsets of its first {@code limit} occurrences, ascending
     */
    static List<List<Integer>> find(SourceText text, List<String> quotes, int limit) {
        List<List<Integer>> found = new ArrayList<>(quotes.size());
        quotes.forEach(quote -> found.add(new ArrayList<>()));
        // Long quotes share one pass, and medium ones another; a short quote's anchor is the whole
        // quote, so short quotes take one pass per length (a three-letter anchor for all quotes would
        // make every "the" a candidate for every quote that starts with it).
        Map<Integer, List<Integer>> byAnchor = new TreeMap<>();
        for (int q = 0; q < quotes.size(); q++) {
            int length = quotes.get(q).length();
            int anchor = length >= LONG_ANCHOR ? LONG_ANCHOR : Math.min(ANCHOR, length);
            byAnchor.computeIfAbsent(anchor, a -> new ArrayList<>()).add(q);
        }
        byAnchor.forEach((anchor, group) -> scan(text, quotes, group, anchor, limit, found));
        return found;
    }

    private static void scan(SourceText text, List<String> quotes, List<Integer> group, int anchor, int limit,
                             List<List<Integer>> found) {
        String source = text.text();
        if (source.length() < anchor) {
            return;
        }
        long power = 1;
        for (int i = 1; i < anchor; i++) {
            power *= BASE;
        }
        AnchorTable table = new AnchorTable(quotes.size());
        for (int q : group) {
            table.add(hash(quotes.get(q), 0, anchor), q);
        }
        long hash = hash(source, 0, anchor);
        for (int start = 0; ; start++) {
            if (table.mayContain(hash)) {
                for (int q = table.first(hash); q >= 0; q = table.next(q)) {
                    String quote = quotes.get(q);
                    List<Integer> offsets = found.get(q);
                    if (offsets.size() < limit && source.startsWith(quote, start)
                            && onBoundaries(source, start, start + quote.length())) {
                        offsets.add(text.offsetOf(start));
                    }
                }
            }
            int next = start + anchor;
            if (next >= source.length()) {
                return;
            }
            hash = (hash - source.charAt(start) * power) * BASE + source.charAt(next);
        }
    }

    /** A match must not start or end inside a surrogate pair, or it is not the same code points. */
    private static boolean onBoundaries(String text, int start, int end) {
        return !Character.isLowSurrogate(text.charAt(start))
                && (end == text.length() || !Character.isLowSurrogate(text.charAt(end)));
    }

    private static long hash(String text, int from, int length) {
        long hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = hash * BASE + text.charAt(i);
        }
        return hash;
    }

    /** Open-addressing table from anchor hash to the quotes that have it, chained by quote index. */
    private static final class AnchorTable {
        private final long[] keys;
        private final int[] heads;
        private final int[] chain;
        /** A bit per hash, 64 bits per quote or more: most positions of a text are turned away here. */
        private final long[] filter;
        private final int filterShift;
        private final int mask;

        AnchorTable(int quotes) {
            int filterBits = Math.max(65_536, Integer.highestOneBit(Math.max(1, quotes)) << 7);
            filter = new long[filterBits >>> 6];
            filterShift = 64 - Integer.numberOfTrailingZeros(filterBits);
            int capacity = Integer.highestOneBit(Math.max(4, quotes * 2 - 1)) << 1;
            keys = new long[capacity];
            heads = new int[capacity];
            Arrays.fill(heads, -1);
            chain = new int[quotes];
            mask = capacity - 1;
        }

        void add(long hash, int quote) {
            int slot = slot(hash);
            chain[quote] = heads[slot];
            keys[slot] = hash;
            heads[slot] = quote;
            int bit = (int) (mix(hash) >>> filterShift);
            filter[bit >>> 6] |= 1L << bit;
        }

        boolean mayContain(long hash) {
            int bit = (int) (mix(hash) >>> filterShift);
            return (filter[bit >>> 6] & (1L << bit)) != 0;
        }

        int first(long hash) {
            int slot = slot(hash);
            return heads[slot];
        }

        int next(int quote) {
            return chain[quote];
        }

        private int slot(long hash) {
            int slot = (int) mix(hash) & mask;
            while (heads[slot] >= 0 && keys[slot] != hash) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static long mix(long hash) {
            long h = hash * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }
}
