package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.model.Claim;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.DifferenceKind;
import io.github.factmaven.validator.internal.source.QuoteContext;
import io.github.factmaven.validator.internal.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * How a claim's prefix or suffix differs from the text beside a place of its quote: what the source
 * has on that side, and each difference classified as for quotes, so that a no-break space typed as
 * a space reads as typography, not as a wrong context.
 *
 * @param member {@code prefix} or {@code suffix}, the first of the two that does not match
 * @param expected the claim's prefix or suffix
 * @param actual the source's text on that side, as long as the context (shorter at the text's ends)
 * @param actualStart where that text starts in the source, in code points
 * @param differences each stretch where the two differ, the context on the quote's side
 */
public record ContextDiff(
        String member, String expected, String actual, int actualStart, List<Difference> differences) {

    /**
     * @param text the source text
     * @param claim a claim with a prefix or suffix
     * @param start a place of its quote, in code points
     * @return how its context differs there, the prefix first; empty if both match
     */
    public static Optional<ContextDiff> at(SourceText text, Claim claim, int start) {
        int quoteLength = claim.quote().codePointCount(0, claim.quote().length());
        if (!QuoteContext.prefixMatches(text, claim, start)) {
            String prefix = claim.prefix().orElseThrow();
            int from = Math.max(0, start - prefix.codePointCount(0, prefix.length()));
            return Optional.of(of("prefix", prefix, text.slice(from, Math.min(start, text.length())), from, false));
        }
        if (!QuoteContext.suffixMatches(text, claim, start)) {
            String suffix = claim.suffix().orElseThrow();
            int from = Math.min(text.length(), start + quoteLength);
            int to = Math.min(text.length(), from + suffix.codePointCount(0, suffix.length()));
            return Optional.of(of("suffix", suffix, text.slice(from, to), from, true));
        }
        return Optional.empty();
    }

    /**
     * A prefix is aligned with the text that ends where the quote starts; a suffix, reversed, with
     * the text that starts where the quote ends, so that both are compared from the quote outward.
     */
    private static ContextDiff of(String member, String expected, String actual, int actualStart, boolean reversed) {
        int[] context = expected.codePoints().toArray();
        int[] source = actual.codePoints().toArray();
        Alignment alignment =
                Alignment.align(reversed ? reverse(context) : context, reversed ? reverse(source) : source, 0);
        List<Difference> differences = new ArrayList<>();
        for (Alignment.Region region : alignment.regions()) {
            int contextFrom = reversed ? context.length - region.quoteTo() : region.quoteFrom();
            int contextTo = reversed ? context.length - region.quoteFrom() : region.quoteTo();
            int sourceFrom = reversed ? source.length - region.sourceTo() : region.sourceFrom();
            int sourceTo = reversed ? source.length - region.sourceFrom() : region.sourceTo();
            String contextText = new String(context, contextFrom, contextTo - contextFrom);
            String sourceText = new String(source, sourceFrom, sourceTo - sourceFrom);
            DifferenceKind kind = DifferenceClassifier.classify(contextText, sourceText);
            differences.add(new Difference(
                    kind,
                    contextFrom,
                    contextText,
                    actualStart + sourceFrom,
                    sourceText,
                    kind.label() + ": " + QuoteDiff.describe(kind, member, contextText, sourceText)));
        }
        if (reversed) {
            Collections.reverse(differences);
        }
        return new ContextDiff(member, expected, actual, actualStart, List.copyOf(differences));
    }

    private static int[] reverse(int[] codePoints) {
        int[] reversed = new int[codePoints.length];
        for (int i = 0; i < codePoints.length; i++) {
            reversed[i] = codePoints[codePoints.length - 1 - i];
        }
        return reversed;
    }

    /** @return for example {@code the source has "rmenia " before it where the prefix is "Russia ": substance} */
    public String sentence() {
        return "the source has " + shown(actual) + (member.equals("prefix") ? " before" : " after") + " it where the "
                + member + " is " + shown(expected) + ": " + QuoteDiagnoser.kinds(differences);
    }

    /** @return each difference in words, one per line, indented as the lines of a diagnosis */
    public List<String> descriptionLines() {
        return differences.stream()
                .map(difference -> "  " + difference.description())
                .distinct()
                .toList();
    }

    private static String shown(String text) {
        int[] codePoints = text.codePoints().toArray();
        return "\"" + QuoteDiff.visible(codePoints, 0, codePoints.length) + "\"";
    }
}
