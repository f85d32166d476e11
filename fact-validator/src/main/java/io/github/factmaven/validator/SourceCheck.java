package io.github.factmaven.validator;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Checks all the claims that cite one source: each quote at its offset, code point for code point,
 * its prefix and suffix if given, and whether it is the only place the quote could mean.
 */
final class SourceCheck {

    /** Occurrences counted per quote; past this, a quote is too common to tell apart by context. */
    private static final int OCCURRENCE_LIMIT = 100;
    /** Longest prefix or suffix suggested to tell a quote apart. */
    private static final int MAX_CONTEXT = 80;

    private SourceCheck() {
    }

    static List<ClaimResult> check(List<LocatedClaim> claims, LoadedSource source) {
        SourceText text = source.text();
        // one pass over the source finds every quote: where failing ones really are, and whether
        // verified ones occur more than once
        List<List<Integer>> occurrences = QuoteOccurrences.find(text,
                claims.stream().map(claim -> claim.claim().quote()).toList(), OCCURRENCE_LIMIT + 1);
        List<ClaimResult> results = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            LocatedClaim located = claims.get(i);
            Claim claim = located.claim();
            List<Integer> found = occurrences.get(i);
            if (claim.offset() <= text.length() && text.matchesAt(claim.offset(), claim.quote())) {
                results.add(verified(located, source, found));
            } else {
                results.add(QuoteDiagnoser.diagnose(located, source,
                        found.subList(0, Math.min(found.size(), QuoteDiagnoser.MAX_LISTED + 1))));
            }
        }
        return results;
    }

    private static ClaimResult verified(LocatedClaim located, LoadedSource source, List<Integer> occurrences) {
        Claim claim = located.claim();
        SourceText text = source.text();
        int start = claim.offset();
        int end = start + claim.quote().codePointCount(0, claim.quote().length());
        if (claim.prefix().isPresent() && !prefixMatches(text, start, claim.prefix().get())) {
            return contextMismatch(located, source, "prefix", "before",
                    text.slice(Math.max(0, start - length(claim.prefix().get())), start));
        }
        if (claim.suffix().isPresent() && !suffixMatches(text, end, claim.suffix().get())) {
            return contextMismatch(located, source, "suffix", "after",
                    text.slice(end, Math.min(text.length(), end + length(claim.suffix().get()))));
        }
        List<Integer> candidates = occurrences.stream()
                .filter(offset -> claim.prefix().map(prefix -> prefixMatches(text, offset, prefix)).orElse(true))
                .filter(offset -> claim.suffix().map(suffix -> suffixMatches(text, offset + end - start, suffix))
                        .orElse(true))
                .toList();
        List<Diagnostic> warnings = candidates.size() > 1
                ? List.of(new Diagnostic(located.locationOf("quote"), ambiguity(claim, source, occurrences)))
                : List.of();
        return new ClaimResult(Optional.of(claim.id()), located.location(), Status.VERIFIED, List.of(), warnings,
                Optional.empty());
    }

    private static String ambiguity(Claim claim, LoadedSource source, List<Integer> occurrences) {
        if (occurrences.size() > OCCURRENCE_LIMIT) {
            return "quote occurs more than " + OCCURRENCE_LIMIT + " times in " + source.name()
                    + "; quote a longer passage so that it says which one is meant";
        }
        SourceText text = source.text();
        int start = claim.offset();
        int end = start + claim.quote().codePointCount(0, claim.quote().length());
        List<Integer> others = occurrences.stream().filter(offset -> offset != start).toList();
        Optional<String> prefix = shortestUnique(others, length -> start - length < 0 ? null
                : text.slice(start - length, start), (other, length) -> other - length < 0 ? null
                : text.slice(other - length, other));
        Optional<String> suffix = shortestUnique(others, length -> end + length > text.length() ? null
                : text.slice(end, end + length), (other, length) -> other + end - start + length > text.length()
                ? null : text.slice(other + end - start, other + end - start + length));
        String where = occurrences.stream().map(String::valueOf).collect(Collectors.joining(", "));
        List<String> suggestions = new ArrayList<>();
        prefix.ifPresent(context -> suggestions.add("\"prefix\": " + json(context)));
        suffix.ifPresent(context -> suggestions.add("\"suffix\": " + json(context)));
        if (prefix.isPresent() && suffix.isPresent() && length(suffix.get()) < length(prefix.get())) {
            Collections.reverse(suggestions);
        }
        return "quote occurs " + occurrences.size() + " times in " + source.name() + " (at offsets " + where + ")"
                + (suggestions.isEmpty() ? "; quote a longer passage so that it says which one is meant"
                : "; add " + String.join(" or ", suggestions) + " to say which one is meant");
    }

    /** The shortest context of this occurrence that no other occurrence has, up to {@link #MAX_CONTEXT}. */
    private static Optional<String> shortestUnique(List<Integer> others,
                                                   IntFunction<String> mine,
                                                   BiFunction<Integer, Integer, String> theirs) {
        for (int length = 1; length <= MAX_CONTEXT; length++) {
            String context = mine.apply(length);
            if (context == null) {
                return Optional.empty();
            }
            int size = length;
            if (others.stream().noneMatch(other -> context.equals(theirs.apply(other, size)))) {
                return Optional.of(context);
            }
        }
        return Optional.empty();
    }

    private static ClaimResult contextMismatch(LocatedClaim located, LoadedSource source, String member,
                                               String side, String actual) {
        String expected = member.equals("prefix") ? located.claim().prefix().orElseThrow()
                : located.claim().suffix().orElseThrow();
        String message = "quote is at offset " + located.claim().offset() + " of " + source.name()
                + ", but the " + member + " does not match: the source has " + shown(actual) + " " + side
                + " it where the " + member + " is " + shown(expected);
        return ClaimResult.failure(located, Status.CONTEXT_MISMATCH, member, message, Optional.empty());
    }

    static boolean prefixMatches(SourceText text, int offset, String prefix) {
        int start = text.charIndex(offset);
        return start >= prefix.length() && text.text().startsWith(prefix, start - prefix.length());
    }

    static boolean suffixMatches(SourceText text, int offset, String suffix) {
        return offset <= text.length() && text.text().startsWith(suffix, text.charIndex(offset));
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String shown(String text) {
        return "\"" + QuoteDiff.visible(text.codePoints().toArray(), 0, length(text)) + "\"";
    }

    private static String json(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
