package io.github.factmaven.validator.internal.check;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.SourcePosition;
import io.github.factmaven.validator.SourceText;
import io.github.factmaven.validator.Status;
import io.github.factmaven.validator.internal.diagnosis.QuoteDiagnoser;
import io.github.factmaven.validator.internal.diagnosis.QuoteDiff;
import io.github.factmaven.validator.internal.diagnosis.QuoteOutcome;
import io.github.factmaven.validator.internal.source.LoadedSource;
import io.github.factmaven.validator.internal.source.QuoteOccurrences;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Checks all the claims that cite one source: each quote at its offset, code point for code point,
 * its prefix and suffix if given, and whether it is the only place the quote could mean.
 */
public final class SourceCheck {

    /** Occurrences counted per quote; past this, a quote is too common to tell apart by context. */
    public static final int OCCURRENCE_LIMIT = 100;

    private SourceCheck() {}

    public static List<QuoteOutcome> check(List<LocatedClaim> claims, LoadedSource source) {
        SourceText text = source.text();
        // one pass over the source finds every quote: where failing ones really are, and whether
        // verified ones occur more than once
        List<List<Integer>> occurrences = QuoteOccurrences.find(
                text, claims.stream().map(claim -> claim.claim().quote()).toList(), OCCURRENCE_LIMIT + 1);
        List<QuoteOutcome> results = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i).claim();
            List<Integer> found = occurrences.get(i);
            if (quoteAtOffset(text, claim)) {
                results.add(verified(claim, source, found));
            } else if (claim.offset().isEmpty() && !found.isEmpty()) {
                results.add(missingOffset(claim, source, found));
            } else {
                results.add(QuoteDiagnoser.diagnose(
                        claim, source, found.subList(0, Math.min(found.size(), QuoteDiagnoser.MAX_LISTED + 1))));
            }
        }
        return results;
    }

    static boolean quoteAtOffset(SourceText text, Claim claim) {
        OptionalInt offset = claim.offset();
        return offset.isPresent()
                && offset.getAsInt() <= text.length()
                && text.matchesAt(offset.getAsInt(), claim.quote());
    }

    /** The occurrences whose surroundings match the claim's prefix and suffix, if it has them. */
    public static List<Integer> matchingContext(SourceText text, Claim claim, List<Integer> occurrences) {
        int length = length(claim.quote());
        return occurrences.stream()
                .filter(offset -> claim.prefix()
                        .map(prefix -> prefixMatches(text, offset, prefix))
                        .orElse(true))
                .filter(offset -> claim.suffix()
                        .map(suffix -> suffixMatches(text, offset + length, suffix))
                        .orElse(true))
                .toList();
    }

    private static QuoteOutcome verified(Claim claim, LoadedSource source, List<Integer> occurrences) {
        SourceText text = source.text();
        int start = claim.offset().getAsInt();
        int end = start + length(claim.quote());
        if (claim.prefix().isPresent()
                && !prefixMatches(text, start, claim.prefix().get())) {
            return contextMismatch(
                    claim,
                    source,
                    "prefix",
                    "before",
                    text.slice(Math.max(0, start - length(claim.prefix().get())), start));
        }
        if (claim.suffix().isPresent()
                && !suffixMatches(text, end, claim.suffix().get())) {
            return contextMismatch(
                    claim,
                    source,
                    "suffix",
                    "after",
                    text.slice(
                            end,
                            Math.min(text.length(), end + length(claim.suffix().get()))));
        }
        // a quote found once is where the claim says: most claims, so no filtering for them
        return occurrences.size() > 1
                        && matchingContext(text, claim, occurrences).size() > 1
                ? QuoteOutcome.ambiguous(ambiguity(claim, source, occurrences))
                : QuoteOutcome.VERIFIED;
    }

    private static QuoteOutcome missingOffset(Claim claim, LoadedSource source, List<Integer> occurrences) {
        SourceText text = source.text();
        List<Integer> candidates = matchingContext(text, claim, occurrences);
        String context = claim.prefix().isPresent() || claim.suffix().isPresent() ? " with its prefix and suffix" : "";
        String message;
        if (candidates.size() == 1) {
            message = "the claim has no offset; the quote" + context + " is at "
                    + SourcePosition.of(text, candidates.get(0)).describe() + " of " + source.name()
                    + ": run mvn fact:fix to fill it in";
        } else if (candidates.isEmpty()) {
            message = "the claim has no offset, and its prefix or suffix matches none of the " + occurrences.size()
                    + " occurrences of the quote in " + source.name() + " (" + where(text, occurrences) + ")";
        } else {
            message = "the claim has no offset, and the quote" + context + " occurs " + countOf(candidates)
                    + " times in " + source.name() + " (" + where(text, candidates)
                    + "); run mvn fact:fix to see which prefix or suffix tells each apart";
        }
        return QuoteOutcome.failure(Status.MISSING_OFFSET, "quote", message, Optional.empty());
    }

    private static String ambiguity(Claim claim, LoadedSource source, List<Integer> occurrences) {
        if (occurrences.size() > OCCURRENCE_LIMIT) {
            return "quote occurs more than " + OCCURRENCE_LIMIT + " times in " + source.name()
                    + "; quote a longer passage so that it says which one is meant";
        }
        List<String> members =
                Disambiguation.members(source.text(), claim.offset().getAsInt(), length(claim.quote()), occurrences);
        String where = occurrences.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "quote occurs " + occurrences.size() + " times in " + source.name() + " (at offsets " + where + ")"
                + (members.isEmpty()
                        ? "; quote a longer passage so that it says which one is meant"
                        : "; add " + String.join(" or ", members) + " to say which one is meant");
    }

    private static QuoteOutcome contextMismatch(
            Claim claim, LoadedSource source, String member, String side, String actual) {
        String expected = member.equals("prefix")
                ? claim.prefix().orElseThrow()
                : claim.suffix().orElseThrow();
        String message = "quote is at offset " + claim.offset().getAsInt() + " of " + source.name()
                + ", but the " + member + " does not match: the source has " + shown(actual) + " " + side
                + " it where the " + member + " is " + shown(expected);
        return QuoteOutcome.failure(Status.CONTEXT_MISMATCH, member, message, Optional.empty());
    }

    static boolean prefixMatches(SourceText text, int offset, String prefix) {
        int start = text.charIndex(offset);
        return start >= prefix.length() && text.text().startsWith(prefix, start - prefix.length());
    }

    static boolean suffixMatches(SourceText text, int offset, String suffix) {
        return offset <= text.length() && text.text().startsWith(suffix, text.charIndex(offset));
    }

    /** Positions of occurrences, a few of them, as line:column (offset). */
    public static String where(SourceText text, List<Integer> occurrences) {
        return occurrences.stream()
                        .limit(QuoteDiagnoser.MAX_LISTED)
                        .map(offset -> SourcePosition.of(text, offset).describe())
                        .collect(Collectors.joining(", "))
                + (occurrences.size() > QuoteDiagnoser.MAX_LISTED ? ", …" : "");
    }

    private static String countOf(List<Integer> occurrences) {
        return occurrences.size() > OCCURRENCE_LIMIT ? "more than " + OCCURRENCE_LIMIT : "" + occurrences.size();
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String shown(String text) {
        return "\"" + QuoteDiff.visible(text.codePoints().toArray(), 0, length(text)) + "\"";
    }
}
