package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.validator.UnicodeNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows a quote beside the source passage it was aligned with: hunks of both texts with the
 * differing characters of the source marked, and each difference in words, invisible and
 * look-alike characters named by code point (a no-break space looks exactly like a space in a log).
 */
public final class QuoteDiff {

    /** Characters of unchanged text shown around a difference. */
    private static final int CONTEXT = 25;
    /** Differences up to this many characters a side are spelled out or named. */
    private static final int SPELLED_OUT = 40;

    private static final int NAMED = 4;
    private static final String QUOTE_LABEL = "  quote:  ";
    private static final String SOURCE_LABEL = "  source: ";

    private QuoteDiff() {}

    /**
     * @param quote        the quote's code points
     * @param passage      the aligned source passage's code points
     * @param passageStart the passage's offset in the source
     * @param regions      the alignment's differences
     * @param maxHunks     hunks to show at most
     * @return three lines per hunk: quote, source, markers
     */
    static List<String> hunks(
            int[] quote, int[] passage, int passageStart, List<Alignment.Region> regions, int maxHunks) {
        List<List<Alignment.Region>> hunks = new ArrayList<>();
        for (Alignment.Region region : regions) {
            List<Alignment.Region> last = hunks.isEmpty() ? null : hunks.get(hunks.size() - 1);
            if (last != null && region.quoteFrom() - last.get(last.size() - 1).quoteTo() <= 2 * CONTEXT) {
                last.add(region);
            } else {
                hunks.add(new ArrayList<>(List.of(region)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<Alignment.Region> hunk : hunks.subList(0, Math.min(maxHunks, hunks.size()))) {
            Alignment.Region first = hunk.get(0);
            Alignment.Region last = hunk.get(hunk.size() - 1);
            int quoteFrom = Math.max(0, first.quoteFrom() - CONTEXT);
            int quoteTo = Math.min(quote.length, last.quoteTo() + CONTEXT);
            int sourceFrom = first.sourceFrom() - (first.quoteFrom() - quoteFrom) - passageStart;
            int sourceTo = last.sourceTo() + (quoteTo - last.quoteTo()) - passageStart;
            String lead = quoteFrom > 0 ? "…" : "";
            String trail = quoteTo < quote.length ? "…" : "";
            StringBuilder markers = new StringBuilder(" ".repeat(SOURCE_LABEL.length()));
            for (Alignment.Region region : hunk) {
                int column = width(lead) + width(visible(passage, sourceFrom, region.sourceFrom() - passageStart));
                int span = Math.max(
                        1,
                        width(visible(passage, region.sourceFrom() - passageStart, region.sourceTo() - passageStart)));
                markers.append(" ".repeat(Math.max(0, SOURCE_LABEL.length() + column - markers.length())));
                markers.append("^".repeat(span));
            }
            lines.add(QUOTE_LABEL + lead + visible(quote, quoteFrom, quoteTo) + trail);
            lines.add(SOURCE_LABEL + lead + visible(passage, sourceFrom, sourceTo) + trail);
            lines.add(markers.toString());
        }
        if (hunks.size() > maxHunks) {
            lines.add("  … and " + (hunks.size() - maxHunks) + " more stretches that differ");
        }
        return lines;
    }

    /**
     * Puts a difference in words.
     *
     * @param quote  the quote's side, possibly empty
     * @param source the source's side, possibly empty
     * @return for example {@code the source has U+00A0 NO-BREAK SPACE where the quote has U+0020 SPACE}
     */
    static String describe(String quote, String source) {
        return describe("quote", quote, source);
    }

    /**
     * Puts a difference between a claim's member (its quote, prefix or suffix) and its source in words.
     *
     * @param member what the claim's side is, as the words name it: {@code quote}, {@code prefix}...
     * @param quote  the claim's side, possibly empty
     * @param source the source's side, possibly empty
     * @return for example {@code the source has U+00A0 NO-BREAK SPACE where the prefix has U+0020 SPACE}
     */
    static String describe(String member, String quote, String source) {
        int[] q = quote.codePoints().toArray();
        int[] s = source.codePoints().toArray();
        boolean named = q.length <= NAMED && s.length <= NAMED && (!plain(q) || !plain(s));
        if (q.length > SPELLED_OUT || s.length > SPELLED_OUT) {
            return "the source has " + s.length + " characters where the " + member + " has " + q.length;
        }
        if (q.length == 0) {
            return "the source has " + show(s, named) + " that the " + member + " lacks";
        }
        if (s.length == 0) {
            return "the " + member + " has " + show(q, named) + " that the source lacks";
        }
        return "the source has " + show(s, named) + " where the " + member + " has " + show(q, named);
    }

    private static String show(int[] codePoints, boolean named) {
        if (!named) {
            return "\"" + visible(codePoints, 0, codePoints.length) + "\"";
        }
        return Arrays.stream(codePoints).mapToObj(UnicodeNames::name).collect(Collectors.joining(", "));
    }

    private static boolean plain(int[] codePoints) {
        for (int codePoint : codePoints) {
            if (codePoint <= ' ' || codePoint > '~') {
                return false;
            }
        }
        return true;
    }

    /** Renders code points so that every one of them can be seen in a log line. */
    public static String visible(int[] codePoints, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            int codePoint = codePoints[i];
            switch (codePoint) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (codePoint != ' ' && UnicodeNames.invisible(codePoint)) {
                        out.append(String.format("<U+%04X>", codePoint));
                    } else {
                        out.appendCodePoint(codePoint);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int width(String shown) {
        return shown.codePointCount(0, shown.length());
    }
}
