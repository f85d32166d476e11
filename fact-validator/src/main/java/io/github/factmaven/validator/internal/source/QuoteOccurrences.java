package io.github.factmaven.validator.internal.source;

import io.github.factmaven.validator.internal.text.SourceText;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds where each of many quotes occurs in a text, in one pass over the text for all quotes of
 * ordinary length: the cost grows with the text plus the candidates, not with the text times the
 * quotes, so 10,000 quotes of one source are located as fast as one.
 *
 * <p>The text and the quotes are read as UTF-8 bytes, as the text is kept: a quote's bytes found at
 * a position where a character starts are its code points, and UTF-8 never starts a character in
 * the middle of another. A quote is found through the hash of a few of its bytes (Rabin-Karp with
 * many patterns). Hashing every position of a 10 MB text costs more than all else the check does,
 * so quotes long enough are found from every {@value #STRIDE}th byte only: any occurrence of a quote
 * of length {@code L >= K + STRIDE - 1} bytes covers a whole {@code K}-byte window that starts at
 * such a position, so each quote is indexed by the windows at its first {@value #STRIDE} shifts, and
 * a window hash is one to four hashes of {@value #STRIDE}-byte blocks (one word each) combined, as
 * long as the quote allows (a one-block window, for quotes of 15 to 22 bytes, meets more chance
 * candidates, and checking them costs less than hashing every position). Quotes shorter than that
 * are hashed at every position, a pass per anchor length.
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
    /** Bytes hashed per quote too short for windows of blocks. */
    private static final int ANCHOR = 16;

    private static final long BASE = 0x100000001B3L;
    private static final long BLOCK_POWER = power(STRIDE);
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
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

    private static List<List<Integer>> findDistinct(SourceText text, List<String> distinct, int limit) {
        List<List<Integer>> found = new ArrayList<>(distinct.size());
        // most quotes occur once: room for one, not ten
        distinct.forEach(quote -> found.add(new ArrayList<>(1)));
        // compared as UTF-8 bytes, as the text is kept; a quote with half a surrogate pair is in no text
        byte[][] quotes = new byte[distinct.size()][];
        // quotes long enough for windows of blocks at every shift
        List<Integer> windowed = new ArrayList<>();
        // a short quote's anchor is the whole quote, a pass per length (a three-letter anchor for all
        // quotes would make every "the" a candidate for every quote that starts with it)
        Map<Integer, List<Integer>> byAnchor = new TreeMap<>();
        for (int q = 0; q < quotes.length; q++) {
            quotes[q] = SourceText.utf8Of(distinct.get(q));
            if (quotes[q] == null || quotes[q].length == 0) {
                continue;
            }
            int length = quotes[q].length;
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
     * The blocks of the longest window a quote of this many bytes covers whole when it starts this
     * many bytes before a block: the longer the window, the fewer chance candidates.
     */
    private static int windowBlocks(int length, int shift) {
        return Math.min(MAX_BLOCKS, (length - shift) / STRIDE);
    }

    private static void scanBlocks(
            SourceText text, byte[][] quotes, List<Integer> windowed, int limit, List<List<Integer>> found) {
        byte[] source = text.utf8();
        AnchorTable[] tables = shiftedAnchors(quotes, windowed);
        FirstBlocks firstBlocks = new FirstBlocks(quotes, windowed);
        int blockCount = source.length / STRIDE;
        long[] hashes = new long[CHUNK_BLOCKS + MAX_BLOCKS];
        for (int first = 0; first < blockCount; first += CHUNK_BLOCKS) {
            int count = Math.min(CHUNK_BLOCKS + MAX_BLOCKS, blockCount - first);
            // a block is one eight-byte word, hashed once for the windows that hold it
            for (int k = 0; k < count; k++) {
                hashes[k] = blockHash(source, (first + k) * STRIDE);
            }
            // at block b, the window of n blocks is blocks b to b+n-1
            for (int k = 0; k < Math.min(CHUNK_BLOCKS, count); k++) {
                if (!firstBlocks.mayStart(hashes[k])) {
                    continue; // no window of any length starts with this block: most blocks of a text
                }
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
    private static AnchorTable[] shiftedAnchors(byte[][] quotes, List<Integer> windowed) {
        int[] entries = new int[MAX_BLOCKS + 1];
        for (int q : windowed) {
            for (int shift = 0; shift < STRIDE; shift++) {
                entries[windowBlocks(quotes[q].length, shift)]++;
            }
        }
        AnchorTable[] tables = new AnchorTable[MAX_BLOCKS + 1];
        for (int blocks = 1; blocks <= MAX_BLOCKS; blocks++) {
            tables[blocks] = entries[blocks] == 0 ? null : new AnchorTable(entries[blocks], quotes.length, STRIDE);
        }
        for (int q : windowed) {
            byte[] quote = quotes[q];
            for (int shift = 0; shift < STRIDE; shift++) {
                // added in ascending shift, met in descending
                int blocks = windowBlocks(quote.length, shift);
                long window = 0;
                for (int b = 0; b < blocks; b++) {
                    window = window * BLOCK_POWER + blockHash(quote, shift + b * STRIDE);
                }
                tables[blocks].add(window, q * STRIDE + shift);
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
            byte[][] quotes,
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
                recordIfAt(text, quotes[q], start, found.get(q), limit);
            }
        }
    }

    /**
     * Records the quote's occurrence at this byte of the text, if it is there and room is left. The
     * quote's first byte starts a character, so bytes equal there are the quote's code points.
     */
    private static void recordIfAt(SourceText text, byte[] quote, int start, List<Integer> offsets, int limit) {
        byte[] source = text.utf8();
        if (offsets.size() < limit
                && start + quote.length <= source.length
                && Arrays.equals(source, start, start + quote.length, quote, 0, quote.length)) {
            offsets.add(text.offsetOfByte(start));
        }
    }

    /** The hash of an eight-byte block: its word, mixed so that the window hashes built of it spread. */
    private static long blockHash(byte[] bytes, int from) {
        long word = (long) WORDS.get(bytes, from);
        long mixed = (word ^ (word >>> 31)) * 0xBF58476D1CE4E5B9L;
        return mixed ^ (mixed >>> 27);
    }

    private static void scanEveryPosition(
            SourceText text, byte[][] quotes, List<Integer> group, int anchor, int limit, List<List<Integer>> found) {
        byte[] source = text.utf8();
        if (source.length < anchor) {
            return;
        }
        long power = power(anchor - 1);
        AnchorTable table = new AnchorTable(group.size(), quotes.length, 1);
        for (int q : group) {
            table.add(hash(quotes[q], 0, anchor), q);
        }
        table.sortLongChains(quotes);
        long hash = hash(source, 0, anchor);
        int starts = source.length - anchor + 1;
        for (int k = 0; k < starts; k++) {
            if (table.mayContain(hash)) {
                int head = table.first(hash);
                if (head < -1) {
                    table.commonWindow(head).record(text, k, quotes, limit, found);
                }
                for (int q = head; q >= 0; q = table.next(q)) {
                    recordIfAt(text, quotes[q], k, found.get(q), limit);
                }
            }
            if (k + anchor < source.length) {
                hash = (hash - (source[k] & 0xFF) * power) * BASE + (source[k + anchor] & 0xFF);
            }
        }
    }

    /** The polynomial hash of some bytes, which a rolling hash over the text updates a byte at a time. */
    private static long hash(byte[] bytes, int from, int length) {
        long hash = 0;
        for (int i = from; i < from + length; i++) {
            hash = hash * BASE + (bytes[i] & 0xFF);
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
    /**
     * The first block of every window of every quote at every shift, in a filter of two bits per
     * block: a block that starts no window (most blocks of a text) is passed with one memory access,
     * before the tables of windows of one to {@value #MAX_BLOCKS} blocks are asked. A block's hash is
     * mixed already, so its bits are taken as they are.
     */
    private static final class FirstBlocks {
        private final long[] filter;
        private final int shift;

        FirstBlocks(byte[][] quotes, List<Integer> windowed) {
            int words = Math.max(1024, Integer.highestOneBit(Math.max(1, windowed.size() * STRIDE)) >>> 1);
            filter = new long[words];
            shift = Long.SIZE - Integer.numberOfTrailingZeros(words);
            for (int q : windowed) {
                for (int at = 0; at < STRIDE; at++) {
                    long hash = blockHash(quotes[q], at);
                    filter[(int) (hash >>> shift)] |= AnchorTable.filterBits(hash);
                }
            }
        }

        boolean mayStart(long blockHash) {
            long bits = AnchorTable.filterBits(blockHash);
            return (filter[(int) (blockHash >>> shift)] & bits) == bits;
        }
    }

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
        void sortLongChains(byte[][] quotes) {
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
        /** For each shift, its quotes sorted by their bytes, unsigned. */
        private final int[][] sorted;

        CommonWindow(List<Integer> entries, int shiftsPerQuote, byte[][] quotes) {
            Map<Integer, List<Integer>> byShift = new TreeMap<>(Comparator.reverseOrder());
            for (int entry : entries) {
                byShift.computeIfAbsent(entry % shiftsPerQuote, shift -> new ArrayList<>())
                        .add(entry / shiftsPerQuote);
            }
            shifts = byShift.keySet().stream().mapToInt(Integer::intValue).toArray();
            sorted = byShift.values().stream()
                    .map(group -> group.stream()
                            .sorted((a, b) -> Arrays.compareUnsigned(quotes[a], quotes[b]))
                            .mapToInt(Integer::intValue)
                            .toArray())
                    .toArray(int[][]::new);
        }

        /** Records every quote of the window that occurs where the anchor at this byte of the text says. */
        void record(SourceText text, int anchorAt, byte[][] quotes, int limit, List<List<Integer>> found) {
            byte[] source = text.utf8();
            for (int s = 0; s < shifts.length; s++) {
                int start = anchorAt - shifts[s];
                if (start < 0) {
                    continue;
                }
                int[] group = sorted[s];
                // every quote in [lo, hi) has the text's first `depth` bytes from start; a quote of
                // exactly that length sorts first among them
                int lo = 0;
                int hi = group.length;
                for (int depth = 0; lo < hi; depth++) {
                    while (lo < hi && quotes[group[lo]].length == depth) {
                        recordIfAt(text, quotes[group[lo]], start, found.get(group[lo]), limit);
                        lo++;
                    }
                    if (lo == hi || start + depth >= source.length) {
                        break;
                    }
                    int b = source[start + depth] & 0xFF;
                    int from = lo;
                    lo = firstWith(group, quotes, from, hi, depth, b, false);
                    hi = firstWith(group, quotes, lo, hi, depth, b, true);
                }
            }
        }

        /**
         * In a range of quotes that share their first {@code depth} bytes and are longer, the first
         * whose byte at {@code depth} is at least {@code b} (above {@code b} if {@code above}).
         */
        private static int firstWith(int[] group, byte[][] quotes, int lo, int hi, int depth, int b, boolean above) {
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                int at = quotes[group[mid]][depth] & 0xFF;
                if (at < b || above && at == b) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
