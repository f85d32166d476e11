package io.github.factmaven.validator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shows a quote beside the source text at its offset, with the differing characters marked and,
 * where they are invisible or look alike, named by code point: a no-break space looks exactly like
 * a space in a log.
 */
final class QuoteDiff {

    /** Characters of unchanged text shown on each side of the difference. */
    private static final int CONTEXT = 25;
    /** Differences up to this many characters are also spelled out in a sentence. */
    private static final int SPELLED_OUT = 40;
    /** Differences up to this many characters are named by code point if any is not plain ASCII. */
    private static final int NAMED = 3;
    private static final String QUOTE_LABEL = "  quote:  ";
    private static final String SOURCE_LABEL = "  source: ";

    private QuoteDiff() {
    }

    /**
     * @param quote      the claim's quote
     * @param sourceText the source's text at the offset: as long as the quote unless the source ends
     * @return the lines that show the difference, without trailing newline
     */
    static List<String> lines(String quote, String sourceText) {
        int[] q = quote.codePoints().toArray();
        int[] s = sourceText.codePoints().toArray();
        int prefix = 0;
        while (prefix < q.length && prefix < s.length && q[prefix] == s[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < q.length - prefix && suffix < s.length - prefix
                && q[q.length - 1 - suffix] == s[s.length - 1 - suffix]) {
            suffix++;
        }
        int from = Math.max(0, prefix - CONTEXT);
        String lead = from > 0 ? "…" : "";
        String quoteLine = lead + visible(q, from, Math.min(q.length, q.length - suffix + CONTEXT))
                + (q.length - suffix + CONTEXT < q.length ? "…" : "");
        String sourceLine = lead + visible(s, from, Math.min(s.length, s.length - suffix + CONTEXT))
                + (s.length - suffix + CONTEXT < s.length ? "…" : "");
        int[] quoteMiddle = Arrays.copyOfRange(q, prefix, q.length - suffix);
        int[] sourceMiddle = Arrays.copyOfRange(s, prefix, s.length - suffix);
        int caretColumn = width(lead) + width(visible(q, from, prefix));
        int caretWidth = Math.max(1, Math.max(width(visible(quoteMiddle, 0, quoteMiddle.length)),
                width(visible(sourceMiddle, 0, sourceMiddle.length))));

        List<String> lines = new ArrayList<>();
        lines.add(QUOTE_LABEL + quoteLine);
        lines.add(SOURCE_LABEL + sourceLine);
        lines.add(" ".repeat(SOURCE_LABEL.length() + caretColumn) + "^".repeat(caretWidth));
        String difference = difference(quoteMiddle, sourceMiddle);
        if (!difference.isEmpty()) {
            lines.add("  " + difference);
        }
        if (s.length < q.length) {
            lines.add("  the source ends " + s.length + " characters after the offset; the quote has " + q.length);
        }
        return lines;
    }

    private static String difference(int[] quote, int[] source) {
        if (quote.length <= NAMED && source.length <= NAMED && (!plain(quote) || !plain(source))) {
            return "the source has " + named(source) + " where the quote has " + named(quote);
        }
        if (quote.length <= SPELLED_OUT && source.length <= SPELLED_OUT) {
            return "the source has " + spelled(source) + " where the quote has " + spelled(quote);
        }
        return "";
    }

    private static boolean plain(int[] codePoints) {
        for (int codePoint : codePoints) {
            if (codePoint <= ' ' || codePoint > '~') {
                return false;
            }
        }
        return true;
    }

    private static String named(int[] codePoints) {
        if (codePoints.length == 0) {
            return "nothing";
        }
        return Arrays.stream(codePoints).mapToObj(QuoteDiff::name).collect(Collectors.joining(", "));
    }

    private static String spelled(int[] codePoints) {
        return codePoints.length == 0 ? "nothing" : "\"" + visible(codePoints, 0, codePoints.length) + "\"";
    }

    /**
     * Names a code point as Unicode does.
     *
     * @param codePoint any code point
     * @return for example {@code U+00A0 NO-BREAK SPACE}
     */
    static String name(int codePoint) {
        String name = Character.getName(codePoint);
        return String.format("U+%04X %s", codePoint, name == null ? "(unassigned)" : name);
    }

    /** Renders code points so that every one of them can be seen in a log line. */
    static String visible(int[] codePoints, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            int codePoint = codePoints[i];
            switch (codePoint) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (codePoint != ' ' && invisible(codePoint)) {
                        out.append(String.format("<U+%04X>", codePoint));
                    } else {
                        out.appendCodePoint(codePoint);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean invisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.PRIVATE_USE,
                 Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static int width(String shown) {
        return shown.codePointCount(0, shown.length());
    }
}
