package io.github.factmaven.validator.internal.source;

import io.github.factmaven.model.Claim;
import io.github.factmaven.validator.internal.text.SourceText;
import java.util.List;

/** Whether a claim's prefix and suffix match the text around a place of its quote. */
public final class QuoteContext {

    private QuoteContext() {}

    /**
     * @param claim a claim
     * @return true if it gives a prefix or a suffix
     */
    public static boolean given(Claim claim) {
        return claim.prefix().isPresent() || claim.suffix().isPresent();
    }

    /**
     * @param claim a claim
     * @return true if it gives both a prefix and a suffix, which messages then speak of in the plural
     */
    public static boolean both(Claim claim) {
        return claim.prefix().isPresent() && claim.suffix().isPresent();
    }

    /**
     * @param claim a claim that gives a context
     * @return how messages name it: {@code prefix}, {@code suffix} or {@code prefix and suffix}
     */
    public static String name(Claim claim) {
        return both(claim) ? "prefix and suffix" : claim.prefix().isPresent() ? "prefix" : "suffix";
    }

    /**
     * @param text the source text
     * @param claim the claim
     * @param start where its quote would start, in code points
     * @return true if its prefix, when it has one, is the text just before
     */
    public static boolean prefixMatches(SourceText text, Claim claim, int start) {
        return claim.prefix().map(prefix -> prefixMatches(text, start, prefix)).orElse(true);
    }

    /**
     * @param text the source text
     * @param claim the claim
     * @param start where its quote would start, in code points
     * @return true if its suffix, when it has one, is the text just after the quote
     */
    public static boolean suffixMatches(SourceText text, Claim claim, int start) {
        int end = start + claim.quote().codePointCount(0, claim.quote().length());
        return claim.suffix().map(suffix -> suffixMatches(text, end, suffix)).orElse(true);
    }

    /**
     * @param text the source text
     * @param claim the claim
     * @param occurrences where its quote occurs
     * @return the occurrences whose surroundings match the claim's prefix and suffix, if it has them
     */
    public static List<Integer> matching(SourceText text, Claim claim, List<Integer> occurrences) {
        return occurrences.stream()
                .filter(offset -> prefixMatches(text, claim, offset) && suffixMatches(text, claim, offset))
                .toList();
    }

    private static boolean prefixMatches(SourceText text, int offset, String prefix) {
        if (offset > text.length()) {
            return false;
        }
        return text.endsAt(offset, prefix);
    }

    private static boolean suffixMatches(SourceText text, int offset, String suffix) {
        return offset <= text.length() && text.matchesAt(offset, suffix);
    }
}
