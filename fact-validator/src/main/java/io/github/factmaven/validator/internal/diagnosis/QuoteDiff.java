package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.validator.api.DifferenceKind;
import io.github.factmaven.validator.api.Excerpt;
import io.github.factmaven.validator.internal.text.UnicodeNames;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

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

    private QuoteDiff() {}

    /**
     * @param quote        the quote's code points
     * @param passage      the aligned source passage's code points
     * @param passageStart the passage's offset in the source
     * @param regions      the alignment's differences
     * @param maxHunks     hunks to show at most
     * @return the first hunks, each the quote's side, the source's and the markers
     */
    static List<Excerpt> hunks(
            int[] quote, int[] passage, int passageStart, List<Alignment.Region> regions, int maxHunks) {
        List<List<Alignment.Region>> hunks = group(regions);
        List<Excerpt> excerpts = new ArrayList<>();
        for (List<Alignment.Region> hunk : hunks.subList(0, Math.min(maxHunks, hunks.size()))) {
            Alignment.Region first = hunk.get(0);
            Alignment.Region last = hunk.get(hunk.size() - 1);
            int quoteFrom = Math.max(0, first.quoteFrom() - CONTEXT);
            int quoteTo = Math.min(quote.length, last.quoteTo() + CONTEXT);
            int sourceFrom = first.sourceFrom() - (first.quoteFrom() - quoteFrom) - passageStart;
            int sourceTo = last.sourceTo() + (quoteTo - last.quoteTo()) - passageStart;
            String lead = quoteFrom > 0 ? "…" : "";
            String trail = quoteTo < quote.length ? "…" : "";
            StringBuilder markers = new StringBuilder(" ".repeat(Excerpt.SOURCE_LABEL.length()));
            for (Alignment.Region region : hunk) {
                int column = width(lead) + width(visible(passage, sourceFrom, region.sourceFrom() - passageStart));
                int span = Math.max(
                        1,
                        width(visible(passage, region.sourceFrom() - passageStart, region.sourceTo() - passageStart)));
                markers.append(" ".repeat(Math.max(0, Excerpt.SOURCE_LABEL.length() + column - markers.length())));
                markers.append("^".repeat(span));
            }
            excerpts.add(new Excerpt(
                    lead + visible(quote, quoteFrom, quoteTo) + trail,
                    lead + visible(passage, sourceFrom, sourceTo) + trail,
                    markers.toString()));
        }
        return excerpts;
    }

    /** Differences close enough to be shown in one stretch, in order. */
    private static List<List<Alignment.Region>> group(List<Alignment.Region> regions) {
        List<List<Alignment.Region>> hunks = new ArrayList<>();
        for (Alignment.Region region : regions) {
            List<Alignment.Region> last = hunks.isEmpty() ? null : hunks.get(hunks.size() - 1);
            if (last != null && region.quoteFrom() - last.get(last.size() - 1).quoteTo() <= 2 * CONTEXT) {
                last.add(region);
            } else {
                hunks.add(new ArrayList<>(List.of(region)));
            }
        }
        return hunks;
    }

    /**
     * @param excerpts the hunks shown
     * @param regions  the alignment's differences, all of them
     * @return the lines of a message that show the hunks, and how many more there are
     */
    static List<String> lines(List<Excerpt> excerpts, List<Alignment.Region> regions) {
        List<String> lines = new ArrayList<>();
        excerpts.forEach(excerpt -> lines.addAll(excerpt.lines()));
        int more = group(regions).size() - excerpts.size();
        if (more > 0) {
            lines.add("  … and " + more + " more stretches that differ");
        }
        return lines;
    }

    /**
     * Puts a difference in words.
     *
     * @param kind   what kind of difference it is
     * @param quote  the quote's side, possibly empty
     * @param source the source's side, possibly empty
     * @return for example {@code the source has U+00A0 NO-BREAK SPACE where the quote has U+0020 SPACE}
     */
    static String describe(DifferenceKind kind, String quote, String source) {
        return describe(kind, "quote", quote, source);
    }

    /**
     * Puts a difference between a claim's member (its quote, prefix or suffix) and its source in words.
     * A character is named by its code point only where a reader cannot see it or tell it apart in a
     * log: a space of any kind, an invisible character, a quote mark, a dash; every character of a
     * look-alike or normalization difference, whose sides look the same. Letters are shown as they are.
     *
     * @param kind   what kind of difference it is
     * @param member what the claim's side is, as the words name it: {@code quote}, {@code prefix}...
     * @param quote  the claim's side, possibly empty
     * @param source the source's side, possibly empty
     * @return for example {@code the source has U+00A0 NO-BREAK SPACE where the prefix has U+0020 SPACE}
     */
    static String describe(DifferenceKind kind, String member, String quote, String source) {
        int[] q = quote.codePoints().toArray();
        int[] s = source.codePoints().toArray();
        if (q.length > SPELLED_OUT || s.length > SPELLED_OUT) {
            return "the source has " + s.length + " characters where the " + member + " has " + q.length;
        }
        boolean short_ = q.length <= NAMED && s.length <= NAMED;
        boolean lookSame = kind == DifferenceKind.LOOKALIKE || kind == DifferenceKind.NORMALIZATION;
        IntPredicate named = codePoint -> short_ && (lookSame || hardToTell(codePoint));
        if (q.length == 0) {
            return "the source has " + show(s, named) + " that the " + member + " lacks";
        }
        if (s.length == 0) {
            return "the " + member + " has " + show(q, named) + " that the source lacks";
        }
        return "the source has " + show(s, named) + " where the " + member + " has " + show(q, named);
    }

    /** Runs of characters shown as they are, in quotes, and the characters to name by their names. */
    private static String show(int[] codePoints, IntPredicate named) {
        List<String> parts = new ArrayList<>();
        int run = 0;
        for (int i = 0; i <= codePoints.length; i++) {
            if (i == codePoints.length || named.test(codePoints[i])) {
                if (i > run) {
                    parts.add("\"" + visible(codePoints, run, i) + "\"");
                }
                if (i < codePoints.length) {
                    parts.add(UnicodeNames.name(codePoints[i]));
                }
                run = i + 1;
            }
        }
        return String.join(", ", parts);
    }

    /** A character a reader cannot see in a log, or cannot tell from its typed or typographic twin. */
    private static boolean hardToTell(int codePoint) {
        return codePoint == ' '
                || UnicodeNames.invisible(codePoint)
                || "'\"`-".indexOf(codePoint) >= 0
                || switch (Character.getType(codePoint)) {
                    case Character.DASH_PUNCTUATION,
                            Character.INITIAL_QUOTE_PUNCTUATION,
                            Character.FINAL_QUOTE_PUNCTUATION -> true;
                    default ->
                        codePoint == '\u2032'
                                || codePoint == '\u2033'
                                || codePoint == '\u02BC'
                                || codePoint == '\u00B4'
                                || codePoint == '\u2212'
                                || codePoint == '\u2026';
                };
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
