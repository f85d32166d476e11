package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.validator.api.DifferenceKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A code point alignment of a quote with the source passage that matches it best, found by
 * dynamic programming on a window that {@link ApproximateMatcher} located: the passage may start
 * anywhere in the window and ends at the window's end.
 *
 * @param sourceStart first code point of the passage in the source
 * @param sourceEnd   code point just after the passage
 * @param distance    edit distance between quote and passage
 * @param regions     the differing stretches, in order
 */
public record Alignment(int sourceStart, int sourceEnd, int distance, List<Region> regions) {

    /**
     * A stretch where quote and source differ; either side may be empty.
     *
     * @param quoteFrom  first code point in the quote
     * @param quoteTo    code point after the stretch in the quote
     * @param sourceFrom first code point in the source (absolute offset)
     * @param sourceTo   code point after the stretch in the source
     */
    record Region(int quoteFrom, int quoteTo, int sourceFrom, int sourceTo) {}

    private static final int MATCH = 0;
    private static final int SUBSTITUTE = 1;
    private static final int UP = 2;
    private static final int LEFT = 3;

    private static void setStep(long[] steps, long cell, int step) {
        steps[(int) (cell >>> 5)] |= (long) step << ((cell & 31) << 1);
    }

    private static int step(long[] steps, long cell) {
        return (int) (steps[(int) (cell >>> 5)] >>> ((cell & 31) << 1)) & 3;
    }

    /**
     * @param quote       the quote's code points
     * @param window      the code points of the source window; the passage ends where the window ends
     * @param windowStart offset of the window in the source
     * @return the best alignment of the whole quote with a passage ending at the window's end
     */
    static Alignment align(int[] quote, int[] window, int windowStart) {
        int m = quote.length;
        int w = window.length;
        int windowEnd = windowStart + w;
        int row = w + 1;
        // two rows of costs, and for every cell only the step the trace back takes from it, two bits
        // each: a quote of 10,000 code points needs about 40 MB, not a matrix of 600 MB
        int[] previous = new int[row];
        int[] current = new int[row];
        long[] steps = new long[(int) (((long) m * row + 31) / 32)];
        for (int i = 1; i <= m; i++) {
            current[0] = i;
            setStep(steps, (long) (i - 1) * row, UP);
            for (int j = 1; j <= w; j++) {
                boolean same = quote[i - 1] == window[j - 1];
                int diagonal = previous[j - 1] + (same ? 0 : 1);
                int up = previous[j] + 1;
                int left = current[j - 1] + 1;
                int here = Math.min(diagonal, Math.min(up, left));
                current[j] = here;
                // the trace back prefers matches and substitutions, so differences stay compact
                int step = same && here == previous[j - 1]
                        ? MATCH
                        : here == previous[j - 1] + 1 ? SUBSTITUTE : here == up ? UP : LEFT;
                setStep(steps, (long) (i - 1) * row + j, step);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int distance = m == 0 ? 0 : previous[w];
        List<Region> reversed = new ArrayList<>();
        int i = m;
        int j = w;
        int regionQuoteEnd = -1;
        int regionSourceEnd = -1;
        boolean regionTypographic = false;
        while (i > 0) {
            int step = step(steps, (long) (i - 1) * row + j);
            if (step == MATCH) {
                if (regionQuoteEnd >= 0) {
                    reversed.add(new Region(i, regionQuoteEnd, windowStart + j, windowStart + regionSourceEnd));
                    regionQuoteEnd = -1;
                }
                i--;
                j--;
                continue;
            }
            // a typographic edit beside a misspelling is a difference of its own, even where they touch
            boolean typographic = typographic(step, quote, window, i, j);
            if (regionQuoteEnd >= 0 && typographic != regionTypographic) {
                reversed.add(new Region(i, regionQuoteEnd, windowStart + j, windowStart + regionSourceEnd));
                regionQuoteEnd = -1;
            }
            if (regionQuoteEnd < 0) {
                regionQuoteEnd = i;
                regionSourceEnd = j;
                regionTypographic = typographic;
            }
            if (step == SUBSTITUTE) {
                i--;
                j--;
            } else if (step == UP) {
                i--;
            } else {
                j--;
            }
        }
        if (regionQuoteEnd >= 0) {
            reversed.add(new Region(0, regionQuoteEnd, windowStart + j, windowStart + regionSourceEnd));
        }
        List<Region> regions = new ArrayList<>(reversed.size());
        for (int k = reversed.size() - 1; k >= 0; k--) {
            regions.add(reversed.get(k));
        }
        return new Alignment(
                windowStart + j, windowEnd, distance, mergeWithinWords(regions, quote, window, windowStart));
    }

    /**
     * Joins differences of one kind separated by a single letter or digit ("Kop[y]r[i]kin" becomes
     * "Kop[yr/ri]kin"): a reader sees one misspelling, not two. A typographic difference stays apart
     * from a misspelling beside it ("[i]c[’]" is a missing "i" and a curly apostrophe, not "ic’" for "c'").
     */
    private static List<Region> mergeWithinWords(List<Region> regions, int[] quote, int[] window, int windowStart) {
        List<Region> merged = new ArrayList<>();
        for (Region region : regions) {
            if (!merged.isEmpty()) {
                Region last = merged.get(merged.size() - 1);
                int gap = region.quoteFrom() - last.quoteTo();
                if (gap <= 1
                        && (gap == 0 || Character.isLetterOrDigit(quote[last.quoteTo()]))
                        && kind(last, quote, window, windowStart) == kind(region, quote, window, windowStart)) {
                    merged.set(
                            merged.size() - 1,
                            new Region(last.quoteFrom(), region.quoteTo(), last.sourceFrom(), region.sourceTo()));
                    continue;
                }
            }
            merged.add(region);
        }
        return merged;
    }

    /** Whether one edit of the trace back changes typography, whitespace or normalization only, not what the text says. */
    private static boolean typographic(int step, int[] quote, int[] window, int i, int j) {
        String quoteSide = step == LEFT ? "" : new String(quote, i - 1, 1);
        String sourceSide = step == UP ? "" : new String(window, j - 1, 1);
        return QuoteDiagnoser.TYPOGRAPHIC.contains(DifferenceClassifier.classify(quoteSide, sourceSide));
    }

    private static DifferenceKind kind(Region region, int[] quote, int[] window, int windowStart) {
        return DifferenceClassifier.classify(
                new String(quote, region.quoteFrom(), region.quoteTo() - region.quoteFrom()),
                new String(window, region.sourceFrom() - windowStart, region.sourceTo() - region.sourceFrom()));
    }
}
