package io.github.factmaven.validator.internal.check;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.factmaven.validator.internal.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;

/**
 * Tells one occurrence of a quote from the others by the shortest prefix or suffix that only it
 * has, the W3C TextQuoteSelector way, and phrases the members to add to the claim.
 */
public final class Disambiguation {

    /** Longest prefix or suffix suggested to tell a quote apart. */
    private static final int MAX_CONTEXT = 80;

    private Disambiguation() {}

    /**
     * @param text        the source
     * @param start       the occurrence to tell apart
     * @param length      the quote's length in code points
     * @param occurrences every occurrence of the quote, {@code start} among them
     * @return the members that would tell it apart, shortest first, as JSON ({@code "prefix": "..."}); empty if none up to 80 characters
     */
    public static List<String> members(SourceText text, int start, int length, List<Integer> occurrences) {
        int end = start + length;
        List<Integer> others =
                occurrences.stream().filter(offset -> offset != start).toList();
        Optional<String> prefix = shortestUnique(
                others,
                size -> start - size < 0 ? null : text.slice(start - size, start),
                (other, size) -> other - size < 0 ? null : text.slice(other - size, other));
        Optional<String> suffix = shortestUnique(
                others,
                size -> end + size > text.length() ? null : text.slice(end, end + size),
                (other, size) -> other + length + size > text.length()
                        ? null
                        : text.slice(other + length, other + length + size));
        List<String> members = new ArrayList<>();
        prefix.ifPresent(context -> members.add("\"prefix\": " + json(context)));
        suffix.ifPresent(context -> members.add("\"suffix\": " + json(context)));
        if (prefix.isPresent() && suffix.isPresent() && codePoints(suffix.get()) < codePoints(prefix.get())) {
            Collections.reverse(members);
        }
        return members;
    }

    /** The shortest context of this occurrence that no other occurrence has, up to {@link #MAX_CONTEXT}. */
    private static Optional<String> shortestUnique(
            List<Integer> others, IntFunction<String> mine, BiFunction<Integer, Integer, String> theirs) {
        for (int size = 1; size <= MAX_CONTEXT; size++) {
            String context = mine.apply(size);
            if (context == null) {
                return Optional.empty();
            }
            int length = size;
            if (others.stream().noneMatch(other -> context.equals(theirs.apply(other, length)))) {
                return Optional.of(context);
            }
        }
        return Optional.empty();
    }

    private static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String json(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
