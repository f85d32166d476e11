package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.validator.internal.text.SourceText;
import java.util.Arrays;

/**
 * Finds where a pattern occurs in a text with the fewest edits (insertions, deletions,
 * substitutions of code points), with Myers' bit-parallel algorithm (J. ACM 46(3), 1999) in its
 * blocked form: one pass over the text, {@code ceil(m / 64)} word operations per code point.
 * Patterns of up to 64 code points, most quotes, take a loop that keeps its state in registers.
 */
public final class ApproximateMatcher {

    private final int length;
    private final int blocks;
    /** Bit of the pattern's last code point in the last block: the row whose score is the match's. */
    private final int lastBit;
    /** Match vectors, {@code blocks} words per symbol; symbol 0 is "not in the pattern". */
    private final long[] vectors;
    /** Symbol of each code point below 256, the common case. */
    private final int[] latinSymbols = new int[256];
    /** Other code points of the pattern and their symbols, in an open-addressing table. */
    private final int[] otherKeys;

    private final int[] otherSymbols;

    /**
     * @param pattern the code points to look for, at least one
     */
    ApproximateMatcher(int[] pattern) {
        if (pattern.length == 0) {
            throw new IllegalArgumentException("empty pattern");
        }
        length = pattern.length;
        blocks = (length + 63) / 64;
        lastBit = (length - 1) % 64;
        int capacity = Integer.highestOneBit(pattern.length * 2 + 1) << 1;
        otherKeys = new int[capacity];
        Arrays.fill(otherKeys, -1);
        otherSymbols = new int[capacity];
        long[] vectors = new long[(pattern.length + 1) * blocks];
        int symbols = 1;
        for (int i = 0; i < length; i++) {
            int symbol = symbol(pattern[i]);
            if (symbol == 0) {
                symbol = symbols++;
                if (pattern[i] < 256) {
                    latinSymbols[pattern[i]] = symbol;
                } else {
                    int slot = slot(pattern[i]);
                    otherKeys[slot] = pattern[i];
                    otherSymbols[slot] = symbol;
                }
            }
            vectors[symbol * blocks + i / 64] |= 1L << (i % 64);
        }
        this.vectors = Arrays.copyOf(vectors, symbols * blocks);
    }

    private int symbol(int codePoint) {
        return codePoint < 256 ? latinSymbols[codePoint] : otherSymbols[slot(codePoint)];
    }

    private int slot(int codePoint) {
        int mask = otherKeys.length - 1;
        int slot = (codePoint * 0x9E3779B1) >>> 16 & mask;
        while (otherKeys[slot] != -1 && otherKeys[slot] != codePoint) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * The best end of a match.
     *
     * @param score fewest edits between the pattern and a passage ending here
     * @param end   code point offset just after the passage
     */
    record Best(int score, int end) {}

    /**
     * Scans part of a text once.
     *
     * @param text   the text
     * @param from   first code point offset of the part to scan
     * @param to     code point offset after the part
     * @param target among equally good ends, the one nearest this offset wins
     * @return the best end, or a score above the pattern's length if the part is empty
     */
    Best search(SourceText text, int from, int to, int target) {
        return blocks == 1 ? searchOneWord(text, from, to, target) : searchBlocks(text, from, to, target);
    }

    private Best searchOneWord(SourceText text, int from, int to, int target) {
        long pv = -1L;
        long mv = 0L;
        int score = length;
        int bestScore = length + 1;
        int bestEnd = to;
        byte[] utf8 = text.utf8();
        int position = text.bytePosition(from);
        for (int j = from; j < to; j++) {
            int codePoint = SourceText.codePointAt(utf8, position);
            position += SourceText.width(utf8[position]);
            long eq = vectors[symbol(codePoint)];
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            // branch-free: the score's ups and downs are unpredictable
            score += (int) ((ph >>> lastBit) & 1L) - (int) ((mh >>> lastBit) & 1L);
            ph <<= 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            if (score <= bestScore && (score < bestScore || Math.abs(j + 1 - target) < Math.abs(bestEnd - target))) {
                bestScore = score;
                bestEnd = j + 1;
            }
        }
        return new Best(bestScore, bestEnd);
    }

    private Best searchBlocks(SourceText text, int from, int to, int target) {
        long[] pv = new long[blocks];
        long[] mv = new long[blocks];
        Arrays.fill(pv, -1L);
        int score = length;
        int bestScore = length + 1;
        int bestEnd = to;
        byte[] utf8 = text.utf8();
        int position = text.bytePosition(from);
        for (int j = from; j < to; j++) {
            int codePoint = SourceText.codePointAt(utf8, position);
            position += SourceText.width(utf8[position]);
            int base = symbol(codePoint) * blocks;
            int hin = 0; // semi-global: a match may start anywhere at no cost
            for (int b = 0; b < blocks; b++) {
                int bit = b == blocks - 1 ? lastBit : 63;
                long p = pv[b];
                long m = mv[b];
                long e = vectors[base + b];
                long hinNegative = hin >>> 31;
                long xv = e | m;
                e |= hinNegative;
                long xh = (((e & p) + p) ^ p) | e;
                long ph = m | ~(xh | p);
                long mh = p & xh;
                int hout = (int) ((ph >>> bit) & 1L) - (int) ((mh >>> bit) & 1L);
                ph <<= 1;
                mh <<= 1;
                mh |= hinNegative;
                ph |= (hin + 1) >>> 1;
                pv[b] = mh | ~(xv | ph);
                mv[b] = ph & xv;
                hin = hout;
            }
            score += hin;
            if (score <= bestScore && (score < bestScore || Math.abs(j + 1 - target) < Math.abs(bestEnd - target))) {
                bestScore = score;
                bestEnd = j + 1;
            }
        }
        return new Best(bestScore, bestEnd);
    }
}
