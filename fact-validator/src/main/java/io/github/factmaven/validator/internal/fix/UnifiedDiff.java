package io.github.factmaven.validator.internal.fix;

import io.github.factmaven.model.TextChange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Renders known changes to a text as a unified diff ({@code diff -u}, {@code git diff}). The
 * changes are known, so no diff algorithm is needed: each change marks the lines it touches, and
 * changes whose lines are close share a hunk. Linear in the text's length.
 */
public final class UnifiedDiff {

    private static final int CONTEXT = 3;

    /** Lines {@code first..last} (0-based, inclusive) of the original, and what they become. */
    private record Block(int first, int last, List<String> newLines) {}

    private UnifiedDiff() {}

    /**
     * @param name    the file's name, for the {@code ---} and {@code +++} lines
     * @param text    the original text
     * @param changes the changes, in order, none overlapping
     * @return the diff, lines ending with a newline; empty if there are no changes
     */
    public static String of(String name, String text, List<TextChange> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        List<Integer> lineStarts = lineStarts(text);
        List<Block> blocks = blocks(text, changes, lineStarts);
        StringBuilder diff = new StringBuilder("--- a/" + name + "\n+++ b/" + name + "\n");
        int lineDelta = 0;
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            while (j + 1 < blocks.size()
                    && blocks.get(j + 1).first() - blocks.get(j).last() - 1 <= 2 * CONTEXT) {
                j++;
            }
            int from = Math.max(0, blocks.get(i).first() - CONTEXT);
            int to = Math.min(lineStarts.size() - 1, blocks.get(j).last() + CONTEXT);
            List<String> body = new ArrayList<>();
            int newCount = 0;
            int line = from;
            for (int k = i; k <= j; k++) {
                Block block = blocks.get(k);
                for (; line < block.first(); line++, newCount++) {
                    body.add(" " + line(text, lineStarts, line));
                }
                for (; line <= block.last(); line++) {
                    body.add("-" + line(text, lineStarts, line));
                }
                block.newLines().forEach(newLine -> body.add("+" + newLine));
                newCount += block.newLines().size();
            }
            for (; line <= to; line++, newCount++) {
                body.add(" " + line(text, lineStarts, line));
            }
            int oldCount = to - from + 1;
            diff.append("@@ -")
                    .append(range(from, oldCount))
                    .append(" +")
                    .append(range(from + lineDelta, newCount))
                    .append(" @@\n");
            body.forEach(bodyLine -> diff.append(bodyLine).append('\n'));
            lineDelta += newCount - oldCount;
            i = j + 1;
        }
        return diff.toString();
    }

    /** Groups the changes by the lines they touch, and applies each group to its lines. */
    private static List<Block> blocks(String text, List<TextChange> changes, List<Integer> lineStarts) {
        List<Block> blocks = new ArrayList<>();
        int c = 0;
        while (c < changes.size()) {
            int first = lineOf(lineStarts, changes.get(c).start());
            int last = lineOf(
                    lineStarts, Math.max(changes.get(c).start(), changes.get(c).end() - 1));
            int d = c + 1;
            // changes on the same or adjacent lines make one block: all removed lines, then all added
            while (d < changes.size() && lineOf(lineStarts, changes.get(d).start()) <= last + 1) {
                last = Math.max(
                        last,
                        lineOf(
                                lineStarts,
                                Math.max(changes.get(d).start(), changes.get(d).end() - 1)));
                d++;
            }
            int start = lineStarts.get(first);
            int end = last + 1 < lineStarts.size() ? lineStarts.get(last + 1) : text.length();
            StringBuilder lines = new StringBuilder(text.substring(start, end));
            for (int k = d - 1; k >= c; k--) {
                TextChange change = changes.get(k);
                lines.replace(change.start() - start, change.end() - start, change.replacement());
            }
            blocks.add(new Block(first, last, split(lines.toString())));
            c = d;
        }
        return blocks;
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts;
    }

    private static int lineOf(List<Integer> lineStarts, int index) {
        int found = Collections.binarySearch(lineStarts, index);
        return found >= 0 ? found : -found - 2;
    }

    /** A line for display: without its line ending, and marked when the file ends without one. */
    private static String line(String text, List<Integer> lineStarts, int line) {
        int start = lineStarts.get(line);
        int end = line + 1 < lineStarts.size() ? lineStarts.get(line + 1) : text.length();
        return display(text.substring(start, end));
    }

    private static List<String> split(String lines) {
        List<String> split = new ArrayList<>();
        int start = 0;
        while (start < lines.length()) {
            int newline = lines.indexOf('\n', start);
            int end = newline < 0 ? lines.length() : newline + 1;
            split.add(display(lines.substring(start, end)));
            start = end;
        }
        return split;
    }

    private static String display(String line) {
        if (line.endsWith("\n")) {
            return line.substring(0, line.length() - (line.endsWith("\r\n") ? 2 : 1));
        }
        return line + "\n\\ No newline at end of file";
    }

    /** A hunk range: 1-based start and count, the count left out when it is 1, as diff does. */
    private static String range(int from, int count) {
        int start = count == 0 ? from : from + 1;
        return count == 1 ? String.valueOf(start) : start + "," + count;
    }
}
