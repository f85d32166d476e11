package io.github.factmaven.validator.internal.source;

import io.github.factmaven.validator.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Finds where each of many quotes occurs in a text, in one pass over the text for all quotes of
 * ordinary length: the cost grows with the text plus the candidates, not with the text times the
 * quotes, so 10,000 quotes of one source are located as fast as one.
 *
 * <p>A quote is found through the hash of a few of its characters (Rabin-Karp with many patterns).
 * Hashing every position of a 10 MB text costs more than all else the check does, so quotes long
 * enough are found from every {@value #STRIDE}th position only: any occurrence of a quote of length
 * {@code L >= K + STRIDE - 1} covers a whole {@code K}-character window that starts at such a
 * position, so each quote is indexed by the windows at its first {@value #STRIDE} shifts, and a
 * window hash is one to four hashes of {@value #STRIDE}-character blocks combined, as long as the
 * quote allows (a one-block window, for quotes of 15 to 22 characters, meets more chance candidates,
 * and checking them costs less than hashing every position). Quotes shorter than that are hashed at
 * every position, a pass per anchor length.
 */
public final class QuoteOccurrences {

    /** Quotes that share an anchor compared one by one at most; more are searched for in sorted order. */
    private static final int LONG_CHAIN = 8;
    /** Positions of the text hashed for quotes of ordinary length: the starts of its blocks. */
    private static final int STRIDE = 8;
    /**
     * Blocks hashed per window, at most: the longer the window, the rarer the chance candidates, as
     * prose repeats 16-character runs ("the Armenian Foreign Ministry") often.
     */
    private static final int MAX_BLOCKS = 4;
    /** Characters hashed per quote too short for windows of blocks. */
    private static final int ANCHOR = 16;

    private static final long BASE = 0x100000001B3L;
    private static final long BLOCK_POWER = power(STRIDE);
    /** BASE to the power of STRIDE-1 down to 0: the weights of a block's characters. */
    private static final long[] BLOCK_POWERS =
            IntStream.range(0, STRIDE).mapToLong(i -> power(STRIDE - 1 - i)).toArray();
    /** Blocks hashed at a time. */
    private static final int CHUNK_BLOCKS = 4096;

    private QuoteOccurrences() {}

    /**
     * @param text   the source text
     * @param quotes the quotes to find, none empty
     * @param limit  occurrences to record per quote at most
     * @return for each quote, the code point offsets of its first {@code limit} occurrences, ascending;
     *     not to be changed: quotes that are equal share one list
     */
    public static List<List<Integer>> find(SourceText text, List<String> quotes, int limit) {
        return locate(text, quotes, limit).offsets();
    }

    /**
     * Where each quote occurs, and whether some quote was given more than once.
     *
     * @param offsets      for each quote, the code point offsets of its first occurrences, ascending;
     *                     not to be changed: quotes that are equal share one, unmodifiable list
     * @param anyRepeated  true if some quotes are equal
     */
    public record Found(List<List<Integer>> offsets, boolean anyRepeated) {}

    /**
     * @param text   the source text
     * @param quotes the quotes to find, none empty
     * @param limit  occurrences to record per quote at most
     * @return where each quote occurs, and whether some were given more than once
     */
    public static Found locate(SourceText text, List<String> quotes, int limit) {
        // a quote cited by many claims (a famous sentence, a copied claim) is looked for once
        int[] firstOf = firstOfEqual(quotes);
        List<String> distinct = new ArrayList<>();
        int[] distinctIndex = new int[quotes.size()];
        for (int q = 0; q < quotes.size(); q++) {
            if (firstOf[q] == q) {
                distinctIndex[q] = distinct.size();
                distinct.add(quotes.get(q));
            } else {
                distinctIndex[q] = distinctIndex[firstOf[q]];
            }
        }
        List<List<Integer>> foundDistinct = findDistinct(text, distinct, limit);
        if (distinct.size() == quotes.size()) {
            return new Found(foundDistinct, false); // most sources: every quote once, nothing to share
        }
        List<List<Integer>> shared =
                foundDistinct.stream().map(Collections::unmodifiableList).toList();
        List<List<Integer>> found = new ArrayList<>(quotes.size());
        for (int q = 0; q < quotes.size(); q++) {
            found.add(shared.get(distinctIndex[q]));
        }
        return new Found(found, true);
    }

    /**
     * For each quote, the index of the first quote equal to it, itself if none before is: an
     * open-addressing table of indices, as a million quotes would make a million boxed map entries.
     */
    private static int[] firstOfEqual(List<String> quotes) {
        int[] table = new int[Integer.highestOneBit(Math.max(4, quotes.size() * 2 - 1)) << 1];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        int[] firstOf = new int[quotes.size()];
        for (int q = 0; q < quotes.size(); q++) {
            String quote = quotes.get(q);
            int mixed = quote.hashCode() * 0x9E3779B1;
            int slot = (mixed ^ (mixed >>> 16)) & mask;
            while (table[slot] >= 0 && !quotes.get(table[slot]).equals(quote)) {
                slot = (slot + 1) & mask;
            }
            if (table[slot] < 0) {
                table[slot] = q;
            }
            firstOf[q] = table[slot];
        }
        return firstOf;
    }

    private static List<List<Integer>> findDistinct(SourceText text, List<String> quotes, int limit) {
        List<List<Integer>> found = new ArrayList<>(quotes.size());
        // most quotes occur once: room for one, not ten
        quotes.forEach(quote -> found.add(new ArrayList<>(1)));
        // quotes long enough for windows of blocks at every shift
        List<Integer> windowed = new ArrayList<>();
        // a short quote's anchor is the whole quote, a pass per length (a three-letter anchor for all
        // quotes would make every "the" a candidate for every quote that starts with it)
        Map<Integer, List<Integer>> byAnchor = new TreeMap<>();
        for (int q = 0; q < quotes.size(); q++) {
            int length = quotes.get(q).length();
            if (windowBlocks(length, STRIDE - 1) >= 1) {
                windowed.add(q);
            } else {
                byAnchor.computeIfAbsent(Math.min(ANCHOR, length), a -> new ArrayList<>())
                        .add(q);
            }
        }
        byAnchor.forEach((anchor, group) -> scanEveryPosition(text, quotes, group, anchor, limit, found));
        if (!windowed.isEmpty()) {
            scanBlocks(text, quotes, windowed, limit, found);
        }
        return found;
    }

    /**
     * The blocks of the longest window a quote of this length covers whole when it starts this many
     * characters before a block: the longer the window, the fewer chance candidates.
     */
    private static int windowBlocks(int length, int shift) {
        return Math.min(MAX_BLOCKS, (length - shift) / STRIDE);
    }

    private static void scanBlocks(
            SourceText text, List<String> quotes, List<Integer> windowed, int limit, List<List<Integer>> found) {
        String source = text.text();
        AnchorTable[] tables = shiftedAnchors(quotes, windowed);
        int blockCount = source.length() / STRIDE;
        // blocks are hashed a chunk at a time from a copy of their characters: String.charAt checks
        // the string's coder and bounds for every character
        char[] chunk = new char[(CHUNK_BLOCKS + MAX_BLOCKS) * STRIDE];
        long[] hashes = new long[CHUNK_BLOCKS + MAX_BLOCKS];
        for (int first = 0; first < blockCount; first += CHUNK_BLOCKS) {
            int count = Math.min(CHUNK_BLOCKS + MAX_BLOCKS, blockCount - first);
            source.getChars(first * STRIDE, (first + count) * STRIDE, chunk, 0);
            for (int k = 0; k < count; k++) {
                hashes[k] = blockHash(chunk, k * STRIDE);
            }
            // at block b, the window of n blocks is blocks b to b+n-1
            for (int k = 0; k < Math.min(CHUNK_BLOCKS, count); k++) {
                long window = hashes[k];
                for (int blocks = 1; blocks <= MAX_BLOCKS && k + blocks <= count; blocks++) {
                    if (blocks > 1) {
                        window = window * BLOCK_POWER + hashes[k + blocks - 1];
                    }
                    AnchorTable table = tables[blocks];
                    if (table != null && table.mayContain(window)) {
                        candidates(table, window, (first + k) * STRIDE, text, quotes, limit, found);
                    }
                }
            }
        }
    }

    /**
     * Each quote's windows at shifts 0 to {@value #STRIDE}-1, so one block start meets any occurrence,
     * each in the table of its number of blocks (null where none has that many); entry
     * {@code q * STRIDE + shift} is the window of quote q at that shift. At a block start the tables
     * are asked in ascending number of blocks, so in descending shift, as each table's entries of a
     * hash are met: a quote's occurrences come in text order.
     */
    private static AnchorTable[] shiftedAnchors(List<String> quotes, List<Integer> windowed) {
        int[] entries = new int[MAX_BLOCKS + 1];
        for (int q : windowed) {
            for (int shift = 0; shift < STRIDE; shift++) {
                entries[windowBlocks(quotes.get(q).length(), shift)]++;
            }
        }
        AnchorTable[] tables = new AnchorTable[MAX_BLOCKS + 1];
        for (int blocks = 1; blocks <= MAX_BLOCKS; blocks++) {
            tables[blocks] = entries[blocks] == 0 ? null : new AnchorTable(entries[blocks], quotes.size(), STRIDE);
        }
        for (int q : windowed) {
            String quote = quotes.get(q);
            for (int shift = 0; shift < STRIDE; shift++) {
                // added in ascending shift, met in descending
                int blocks = windowBlocks(quote.length(), shift);
                tables[blocks].add(hash(quote, shift, blocks * STRIDE), q * STRIDE + shift);
            }
        }
        for (AnchorTable table : tables) {
            if (table != null) {
                table.sortLongChains(quotes);
            }
        }
        return tables;
    }

    private static void candidates(
            AnchorTable table,
            long window,
            int windowStart,
            SourceText text,
            List<String> quotes,
            int limit,
            List<List<Integer>> found) {
        int head = table.first(window);
        if (head < -1) {
            table.commonWindow(head).record(text, windowStart, quotes, limit, found);
            return;
        }
        for (int entry = head; entry >= 0; entry = table.next(entry)) {
            int start = windowStart - entry % STRIDE;
            int q = entry / STRIDE;
            if (start >= 0) {
                recordIfAt(text, quotes.get(q), start, found.get(q), limit);
            }
        }
    }

    /** Records the quote's occurrence at this index of the text, if it is there and room is left. */
    private static void recordIfAt(SourceText text, String quote, int start, List<Integer> offsets, int limit) {
        String source = text.text();
        if (offsets.size() < limit
                && source.startsWith(quote, start)
                && onBoundaries(source, start, start + quote.length())) {
            offsets.add(text.offsetOf(start));
        }
    }

    /** The hash of a block as {@link #hash} computes it, but from independent products, not a chain. */
    private static long blockHash(char[] chars, int from) {
        long hash = 0;
        for (int i = 0; i < STRIDE; i++) {
            hash += chars[from + i] * BLOCK_POWERS[i];
        }
        return hash;
    }

    private static void scanEveryPosition(
            SourceText text,
            List<String> quotes,
            List<Integer> group,
            int anchor,
            int limit,
            List<List<Integer>> found) {
        String source = text.text();
        if (source.length() < anchor) {
            return;
        }
        long power = power(anchor - 1);
        AnchorTable table = new AnchorTable(group.size(), quotes.size(), 1);
        for (int q : group) {
            table.add(hash(quotes.get(q), 0, anchor), q);
        }
        table.sortLongChains(quotes);
        long hash = hash(source, 0, anchor);
        // the text is read a chunk at a time from a copy that overlaps the next chunk by an anchor:
        // String.charAt checks the string's coder and bounds for every character
        int length = source.length();
        int step = CHUNK_BLOCKS * STRIDE;
        char[] chunk = new char[step + anchor];
        for (int from = 0; from + anchor <= length; from += step) {
            int copied = Math.min(length, from + step + anchor) - from;
            source.getChars(from, from + copied, chunk, 0);
            int starts = Math.min(step, length - anchor + 1 - from);
            for (int k = 0; k < starts; k++) {
                if (table.mayContain(hash)) {
                    int head = table.first(hash);
                    if (head < -1) {
                        table.commonWindow(head).record(text, from + k, quotes, limit, found);
                    }
                    for (int q = head; q >= 0; q = table.next(q)) {
                        recordIfAt(text, quotes.get(q), from + k, found.get(q), limit);
                    }
                }
                if (k + anchor < copied) {
                    hash = (hash - chunk[k] * power) * BASE + chunk[k + anchor];
                }
            }
        }
    }

    /** A match must not start or end inside a surrogate pair, or it is not the same code points. */
    private static boolean onBoundaries(String text, int start, int end) {
        return !Character.isLowSurrogate(text.charAt(start))
                && (end == text.length() || !Character.isLowSurrogate(text.charAt(end)));
    }

    /**
     * The polynomial hash of some characters. The hash of two runs is the first run's times BASE to
     * the length of the second, plus the second's: how block hashes make window hashes.
     */
    private static long hash(String text, int from, int length) {
        long hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = hash * BASE + text.charAt(i);
        }
        return hash;
    }

    private static long power(int exponent) {
        long power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= BASE;
        }
        return power;
    }

    /**
     * Open-addressing table from anchor hash to the entries that have it, chained by entry number. An
     * entry is {@code quote * shifts + shift}: the quote, and how many characters before the anchor's
     * place in the text it starts. A long chain, the quotes that share an anchor, is replaced by a
     * {@link CommonWindow}, its head by {@code -2 - index}.
     */
    private static final class AnchorTable {
        private final long[] keys;
        private final int[] heads;
        private final int[] chain;
        private final int shifts;
        private final List<CommonWindow> common = new ArrayList<>();
        /**
         * Two bits per hash, both in one word, 16 to 32 bits per entry: most positions of a text are
         * turned away here with one memory access, and only a few in a thousand reach the table.
         */
        private final long[] filter;

        private final int filterShift;
        private final int mask;

        /**
         * @param entries how many entries will be added
         * @param quotes  how many quotes there are
         * @param shifts  shifts per quote, each its own entry number
         */
        AnchorTable(int entries, int quotes, int shifts) {
            this.shifts = shifts;
            int entryLimit = quotes * shifts;
            int filterWords = Math.max(1024, Integer.highestOneBit(Math.max(1, entries)) >>> 1);
            filter = new long[filterWords];
            filterShift = 64 - Integer.numberOfTrailingZeros(filterWords);
            int capacity = Integer.highestOneBit(Math.max(4, entries * 2 - 1)) << 1;
            keys = new long[capacity];
            heads = new int[capacity];
            Arrays.fill(heads, -1);
            chain = new int[Math.max(1, entryLimit)];
            mask = capacity - 1;
        }

        void add(long hash, int entry) {
            int slot = slot(hash);
            chain[entry] = heads[slot];
            keys[slot] = hash;
            heads[slot] = entry;
            long mixed = mix(hash);
            filter[(int) (mixed >>> filterShift)] |= filterBits(mixed);
        }

        boolean mayContain(long hash) {
            long mixed = mix(hash);
            long bits = filterBits(mixed);
            return (filter[(int) (mixed >>> filterShift)] & bits) == bits;
        }

        private static long filterBits(long mixed) {
            return 1L << mixed | 1L << (mixed >>> 6);
        }

        /** @return the first entry of the chain of this hash, -1 if none, below -1 for a common window */
        int first(long hash) {
            return heads[slot(hash)];
        }

        CommonWindow commonWindow(int head) {
            return common.get(-2 - head);
        }

        /**
         * Replaces every chain longer than {@value #LONG_CHAIN} by a common window: quotes that share
         * an anchor (a thousand claims that begin "The Foreign Ministry said") would otherwise each
         * be compared at every place the anchor occurs, a cost of the quotes times the places.
         */
        void sortLongChains(List<String> quotes) {
            for (int slot = 0; slot < heads.length; slot++) {
                int length = 0;
                for (int entry = heads[slot]; entry >= 0 && length <= LONG_CHAIN; entry = chain[entry]) {
                    length++;
                }
                if (length > LONG_CHAIN) {
                    List<Integer> entries = new ArrayList<>();
                    for (int entry = heads[slot]; entry >= 0; entry = chain[entry]) {
                        entries.add(entry);
                    }
                    common.add(new CommonWindow(entries, shifts, quotes));
                    heads[slot] = -1 - common.size();
                }
            }
        }

        int next(int entry) {
            return chain[entry];
        }

        private int slot(long hash) {
            int slot = (int) mix(hash) & mask;
            while (heads[slot] != -1 && keys[slot] != hash) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static long mix(long hash) {
            long h = hash * 0x9E3779B97F4A7C15L;
            return h ^ (h >>> 29);
        }
    }

    /**
     * The quotes that share an anchor, by shift, each shift's quotes in sorted order. Where the anchor
     * occurs, the quotes that start there are found by walking the text once and narrowing the sorted
     * range a character at a time: a cost of the characters they share with the text times a
     * logarithm, whatever their number.
     */
    private static final class CommonWindow {
        /** The shifts the quotes have, descending, so that occurrences are met in text order. */
        private final int[] shifts;
        /** For each shift, its quotes sorted by their characters. */
        private final int[][] sorted;

        CommonWindow(List<Integer> entries, int shiftsPerQuote, List<String> quotes) {
            Map<Integer, List<Integer>> byShift = new TreeMap<>(Comparator.reverseOrder());
            for (int entry : entries) {
                byShift.computeIfAbsent(entry % shiftsPerQuote, shift -> new ArrayList<>())
                        .add(entry / shiftsPerQuote);
            }
            shifts = byShift.keySet().stream().mapToInt(Integer::intValue).toArray();
            sorted = byShift.values().stream()
                    .map(group -> group.stream()
                            .sorted(Comparator.comparing(quotes::get))
                            .mapToInt(Integer::intValue)
                            .toArray())
                    .toArray(int[][]::new);
        }

        /** Records every quote of the window that occurs where the anchor at this index of the text says. */
        void record(SourceText text, int anchorAt, List<String> quotes, int limit, List<List<Integer>> found) {
            String source = text.text();
            for (int s = 0; s < shifts.length; s++) {
                int start = anchorAt - shifts[s];
                if (start < 0) {
                    continue;
                }
                int[] group = sorted[s];
                // every quote in [lo, hi) has the text's first `depth` characters from start; a
                // quote of exactly that length sorts first among them
                int lo = 0;
                int hi = group.length;
                for (int depth = 0; lo < hi; depth++) {
                    while (lo < hi && quotes.get(group[lo]).length() == depth) {
                        recordIfAt(text, quotes.get(group[lo]), start, found.get(group[lo]), limit);
                        lo++;
                    }
                    if (lo == hi || start + depth >= source.length()) {
                        break;
                    }
                    char c = source.charAt(start + depth);
                    int from = lo;
                    lo = firstWith(group, quotes, from, hi, depth, c, false);
                    hi = firstWith(group, quotes, lo, hi, depth, c, true);
                }
            }
        }

        /**
         * In a range of quotes that share their first {@code depth} characters and are longer, the first
         * whose character at {@code depth} is at least {@code c} (above {@code c} if {@code above}).
         */
        private static int firstWith(
                int[] group, List<String> quotes, int lo, int hi, int depth, char c, boolean above) {
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                char at = quotes.get(group[mid]).charAt(depth);
                if (at < c || above && at == c) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
