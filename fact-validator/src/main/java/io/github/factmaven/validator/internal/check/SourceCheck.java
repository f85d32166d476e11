package io.github.factmaven.validator.internal.check;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.diagnosis.ContextDiff;
import io.github.factmaven.validator.internal.diagnosis.Passages;
import io.github.factmaven.validator.internal.diagnosis.QuoteDiagnoser;
import io.github.factmaven.validator.internal.diagnosis.QuoteOutcome;
import io.github.factmaven.validator.internal.diagnosis.SearchBudget;
import io.github.factmaven.validator.internal.source.LoadedSource;
import io.github.factmaven.validator.internal.source.QuoteContext;
import io.github.factmaven.validator.internal.source.QuoteOccurrences;
import io.github.factmaven.validator.internal.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        QuoteOccurrences.Found found = QuoteOccurrences.locate(
                text, claims.stream().map(claim -> claim.claim().quote()).toList(), OCCURRENCE_LIMIT + 1);
        // claims that cite the same passage the same way (a copied claim, one passage highlighted by
        // many annotators) have one outcome, found once; most sources have no quote twice
        Map<Cited, QuoteOutcome> outcomes = new HashMap<>();
        SearchBudget budget = new SearchBudget();
        List<QuoteOutcome> results = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i).claim();
            List<Integer> occurrences = found.offsets().get(i);
            results.add(
                    found.anyRepeated()
                            ? outcomes.computeIfAbsent(
                                    Cited.by(claim), cited -> outcome(claim, source, occurrences, budget))
                            : outcome(claim, source, occurrences, budget));
        }
        return results;
    }

    /** What a quote check reads of a claim: claims alike in these have the same outcome. */
    private record Cited(String quote, OptionalInt offset, Optional<String> prefix, Optional<String> suffix) {
        static Cited by(Claim claim) {
            return new Cited(claim.quote(), claim.offset(), claim.prefix(), claim.suffix());
        }
    }

    private static QuoteOutcome outcome(Claim claim, LoadedSource source, List<Integer> found, SearchBudget budget) {
        if (quoteAtOffset(source.text(), claim)) {
            return verified(claim, source, found);
        }
        if (claim.offset().isEmpty() && !found.isEmpty()) {
            return missingOffset(claim, source, found);
        }
        return QuoteDiagnoser.diagnose(
                claim, source, found.subList(0, Math.min(found.size(), QuoteDiagnoser.MAX_LISTED + 1)), budget);
    }

    static boolean quoteAtOffset(SourceText text, Claim claim) {
        OptionalInt offset = claim.offset();
        return offset.isPresent()
                && offset.getAsInt() <= text.length()
                && text.matchesAt(offset.getAsInt(), claim.quote());
    }

    private static QuoteOutcome verified(Claim claim, LoadedSource source, List<Integer> occurrences) {
        SourceText text = source.text();
        int start = claim.offset().getAsInt();
        if (QuoteContext.given(claim)) {
            Optional<ContextDiff> mismatch = ContextDiff.at(text, claim, start);
            if (mismatch.isPresent()) {
                return contextMismatch(claim, source, mismatch.get());
            }
        }
        // a quote found once is where the claim says: most claims, so no filtering for them
        if (occurrences.size() <= 1) {
            return QuoteOutcome.VERIFIED;
        }
        if (occurrences.size() > OCCURRENCE_LIMIT && !QuoteContext.given(claim)) {
            return QuoteOutcome.ambiguous("quote occurs more than " + OCCURRENCE_LIMIT + " times in "
                    + source.textName() + "; quote a longer passage so that it says which one is meant");
        }
        // only the places the claim's own context allows are in doubt
        List<Integer> allowed = QuoteContext.matching(text, claim, occurrences);
        return allowed.size() > 1 ? QuoteOutcome.ambiguous(ambiguity(claim, source, allowed)) : QuoteOutcome.VERIFIED;
    }

    private static QuoteOutcome missingOffset(Claim claim, LoadedSource source, List<Integer> occurrences) {
        SourceText text = source.text();
        List<Integer> candidates = QuoteContext.matching(text, claim, occurrences);
        String context = QuoteContext.given(claim) ? " with its " + QuoteContext.name(claim) : "";
        String message;
        if (candidates.size() == 1) {
            message = "the claim has no offset; the quote" + context + " is at "
                    + text.positionOf(candidates.get(0)).describe() + " of " + source.textName()
                    + ": run mvn fact:fix to fill it in";
        } else if (candidates.isEmpty()) {
            // the context, not the quote, is what to look at: say which side and what the source has there
            ContextDiff first = ContextDiff.at(text, claim, occurrences.get(0)).orElseThrow();
            List<String> lines = new ArrayList<>();
            lines.add("the claim has no offset, and its " + failingSides(text, claim, occurrences) + " none of the "
                    + countOf(occurrences) + " occurrences of the quote in " + source.textName() + " ("
                    + where(text, occurrences) + "); at the first, " + first.sentence());
            lines.addAll(first.descriptionLines());
            message = String.join("\n", lines);
        } else {
            message = "the claim has no offset, and the quote" + context + " occurs " + countOf(candidates)
                    + " times in " + source.textName() + " (" + where(text, candidates)
                    + "); run mvn fact:fix to see which prefix or suffix tells each apart";
        }
        return QuoteOutcome.failure(Status.MISSING_OFFSET, "quote", message, Optional.empty());
    }

    /** @param allowed the occurrences the claim's context allows, more than one and at most the limit */
    private static String ambiguity(Claim claim, LoadedSource source, List<Integer> allowed) {
        // among places that all share the claim's context, only a longer one can tell them apart
        List<String> members =
                Disambiguation.members(source.text(), claim.offset().getAsInt(), length(claim.quote()), allowed);
        String where = allowed.stream()
                        .limit(QuoteDiagnoser.MAX_LISTED)
                        .map(String::valueOf)
                        .collect(Collectors.joining(", "))
                + (allowed.size() > QuoteDiagnoser.MAX_LISTED
                        ? String.format(Locale.ROOT, " and %,d more", allowed.size() - QuoteDiagnoser.MAX_LISTED)
                        : "");
        return "quote occurs " + allowed.size() + " times in " + source.textName()
                + (QuoteContext.given(claim) ? " with its " + QuoteContext.name(claim) : "") + " (at offsets " + where
                + ")"
                + (members.isEmpty()
                        ? "; quote a longer passage so that it says which one is meant"
                        : "; add " + String.join(" or ", members) + " to say which one is meant");
    }

    private static QuoteOutcome contextMismatch(Claim claim, LoadedSource source, ContextDiff mismatch) {
        List<String> lines = new ArrayList<>();
        lines.add("quote is at offset " + claim.offset().getAsInt() + " of " + source.textName() + ", but the "
                + mismatch.member() + " does not match: " + mismatch.sentence());
        lines.addAll(mismatch.descriptionLines());
        Diagnosis diagnosis = new Diagnosis(
                source.name(),
                claim.offset(),
                List.of(source.text().positionOf(mismatch.actualStart())),
                length(mismatch.actual()),
                Optional.empty(),
                mismatch.differences());
        diagnosis = Passages.attach(diagnosis, source.text(), length(claim.quote()), true);
        return QuoteOutcome.failure(
                Status.CONTEXT_MISMATCH, mismatch.member(), String.join("\n", lines), Optional.of(diagnosis));
    }

    /** @return which side of the context fails at every occurrence, as the start of a sentence */
    private static String failingSides(SourceText text, Claim claim, List<Integer> occurrences) {
        boolean prefixSomewhere = occurrences.stream().anyMatch(at -> QuoteContext.prefixMatches(text, claim, at));
        boolean suffixSomewhere = occurrences.stream().anyMatch(at -> QuoteContext.suffixMatches(text, claim, at));
        if (claim.prefix().isPresent() && !prefixSomewhere && claim.suffix().isPresent() && !suffixSomewhere) {
            return "prefix and suffix match";
        }
        if (claim.prefix().isPresent() && !prefixSomewhere) {
            return "prefix matches";
        }
        if (claim.suffix().isPresent() && !suffixSomewhere) {
            return "suffix matches";
        }
        return "prefix and suffix match together at";
    }

    /** Positions of occurrences, a few of them, as line:column (offset). */
    public static String where(SourceText text, List<Integer> occurrences) {
        return occurrences.stream()
                        .limit(QuoteDiagnoser.MAX_LISTED)
                        .map(offset -> text.positionOf(offset).describe())
                        .collect(Collectors.joining(", "))
                + (occurrences.size() > QuoteDiagnoser.MAX_LISTED ? ", …" : "");
    }

    private static String countOf(List<Integer> occurrences) {
        return occurrences.size() > OCCURRENCE_LIMIT ? "more than " + OCCURRENCE_LIMIT : "" + occurrences.size();
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
