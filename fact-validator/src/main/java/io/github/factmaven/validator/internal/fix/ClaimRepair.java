package io.github.factmaven.validator.internal.fix;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.validator.api.ClaimFix;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.FixOutcome;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.check.Disambiguation;
import io.github.factmaven.validator.internal.check.SourceCheck;
import io.github.factmaven.validator.internal.diagnosis.QuoteDiagnoser;
import io.github.factmaven.validator.internal.diagnosis.QuoteDiff;
import io.github.factmaven.validator.internal.source.LoadedSource;
import io.github.factmaven.validator.internal.source.QuoteContext;
import io.github.factmaven.validator.internal.source.QuoteOccurrences;
import io.github.factmaven.validator.internal.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Decides, for one claim that failed the check, whether a rule says where its quote is, and never
 * guesses: a quote that occurs several times with no rule to choose, or that is not in the source,
 * is left for a person, with what would settle it.
 */
public final class ClaimRepair {

    /** Occurrences of an ambiguous quote given a suggestion each, at most. */
    private static final int SUGGESTED = 3;

    /**
     * The claim's new value, if any, and what to tell the user.
     *
     * @param fixed the claim to write, empty when left alone
     * @param fix   the outcome and its reason
     */
    public record Repair(Optional<Claim> fixed, ClaimFix fix) {}

    /** Where a rule places a quote, or why no rule can. */
    private record Placement(OptionalInt offset, String reason) {}

    private ClaimRepair() {}

    /**
     * @param located       the claim
     * @param check         its failed check result
     * @param source        its source
     * @param occurrences   where its quote occurs exactly, up to {@link SourceCheck#OCCURRENCE_LIMIT} + 1
     * @param fixTypography whether a quote that differs only in typography may take the source's text
     */
    public static Repair repair(
            LocatedClaim located,
            ClaimResult check,
            LoadedSource source,
            List<Integer> occurrences,
            boolean fixTypography) {
        Claim claim = located.claim();
        if (!occurrences.isEmpty()) {
            Placement placement = place(claim, source, occurrences);
            if (placement.offset().isEmpty()) {
                return leftAlone(located, located.locationOf("quote"), placement.reason());
            }
            int offset = placement.offset().getAsInt();
            FixOutcome outcome = claim.offset().isEmpty() ? FixOutcome.OFFSET_FILLED : FixOutcome.OFFSET_REPAIRED;
            String change = claim.offset().isEmpty()
                    ? "offset " + offset + " filled in"
                    : "offset " + claim.offset().getAsInt() + " repaired to " + offset;
            return fixed(
                    located,
                    claim.withOffset(offset),
                    outcome,
                    claim.offset().isEmpty() ? "quote" : "offset",
                    change + ": " + placement.reason());
        }
        Optional<Diagnosis> diagnosis = check.diagnosis();
        boolean typographic = check.status() == Status.QUOTE_MISMATCH
                && diagnosis.isPresent()
                && diagnosis.get().differences().stream().allMatch(d -> QuoteDiagnoser.TYPOGRAPHIC.contains(d.kind()));
        if (!typographic) {
            return leftAlone(
                    located,
                    check.primaryLocation(),
                    check.message() + "\n  fix the quote by hand: "
                            + "the tool changes only typography and invisible characters, never words");
        }
        if (!fixTypography) {
            // the check's message ends with the next step, -Dfact.fixTypography=true
            return leftAlone(located, located.locationOf("quote"), check.message());
        }
        return typographyFix(located, source, diagnosis.get());
    }

    private static Repair typographyFix(LocatedClaim located, LoadedSource source, Diagnosis diagnosis) {
        SourceText text = source.text();
        int start = diagnosis.found().get(0).offset();
        String quote = text.slice(start, start + diagnosis.passageLength());
        Claim claim = located.claim().withQuote(quote);
        List<Integer> occurrences = QuoteOccurrences.find(text, List.of(quote), SourceCheck.OCCURRENCE_LIMIT + 1)
                .get(0);
        Placement placement = place(claim, source, occurrences);
        if (placement.offset().isEmpty() || placement.offset().getAsInt() != start) {
            return leftAlone(
                    located,
                    located.locationOf("quote"),
                    "quote differs from " + source.textName() + " only in typography, but the "
                            + "source's text is not a single place: " + placement.reason());
        }
        Map<String, Long> descriptions = diagnosis.differences().stream()
                .collect(Collectors.groupingBy(Difference::description, LinkedHashMap::new, Collectors.counting()));
        List<String> lines = new ArrayList<>();
        lines.add("quote replaced by what " + source.textName() + " has at "
                + text.positionOf(start).describe()
                + (located.claim().offset().equals(OptionalInt.of(start)) ? "" : ", and offset set to " + start)
                + ": \"" + QuoteDiff.visible(quote.codePoints().toArray(), 0, diagnosis.passageLength()) + "\"");
        descriptions.forEach(
                (description, count) -> lines.add("  " + description + (count > 1 ? " (" + count + " times)" : "")));
        return fixed(located, claim.withOffset(start), FixOutcome.QUOTE_FIXED, "quote", String.join("\n", lines));
    }

    /**
     * The rules, in order: the only occurrence; the only one whose surroundings match the claim's
     * prefix and suffix; the one nearest the old offset, if one is nearer than all others.
     */
    private static Placement place(Claim claim, LoadedSource source, List<Integer> occurrences) {
        SourceText text = source.text();
        List<Integer> candidates = QuoteContext.matching(text, claim, occurrences);
        boolean context = QuoteContext.given(claim);
        if (candidates.size() == 1) {
            int offset = candidates.get(0);
            return new Placement(
                    OptionalInt.of(offset),
                    (occurrences.size() == 1
                                    ? "the only occurrence of the quote in "
                                    : "the only occurrence of the quote with its " + QuoteContext.name(claim) + " in ")
                            + source.textName() + ", at " + lineColumn(text, offset));
        }
        if (candidates.isEmpty()) {
            return new Placement(
                    OptionalInt.empty(),
                    "the claim's " + QuoteContext.name(claim) + (QuoteContext.both(claim) ? " match" : " matches")
                            + " none of the " + occurrences.size() + " occurrences of the quote in " + source.textName()
                            + " (" + SourceCheck.where(text, occurrences) + ")");
        }
        if (claim.offset().isPresent() && candidates.size() <= SourceCheck.OCCURRENCE_LIMIT) {
            int old = claim.offset().getAsInt();
            List<Integer> nearest = nearest(candidates, old);
            if (nearest.size() == 1) {
                return new Placement(
                        OptionalInt.of(nearest.get(0)),
                        "of the " + candidates.size()
                                + " occurrences of the quote" + (context ? " with its prefix and suffix" : "") + " in "
                                + source.textName() + ", the nearest to the old offset " + old + ", at "
                                + lineColumn(text, nearest.get(0)));
            }
        }
        return new Placement(OptionalInt.empty(), ambiguity(claim, source, candidates, occurrences));
    }

    private static List<Integer> nearest(List<Integer> candidates, int old) {
        int best = candidates.stream()
                .mapToInt(offset -> Math.abs(offset - old))
                .min()
                .orElseThrow();
        return candidates.stream()
                .filter(offset -> Math.abs(offset - old) == best)
                .toList();
    }

    private static String ambiguity(
            Claim claim, LoadedSource source, List<Integer> candidates, List<Integer> occurrences) {
        SourceText text = source.text();
        if (candidates.size() > SourceCheck.OCCURRENCE_LIMIT) {
            return "the quote occurs more than " + SourceCheck.OCCURRENCE_LIMIT + " times in " + source.textName()
                    + ": quote a longer passage";
        }
        int length = SourceCheck.length(claim.quote());
        List<String> suggestions = new ArrayList<>();
        for (int offset : candidates.subList(0, Math.min(SUGGESTED, candidates.size()))) {
            List<String> members = Disambiguation.members(text, offset, length, occurrences);
            suggestions.add("  for the one at " + text.positionOf(offset).describe() + ": "
                    + (members.isEmpty()
                            ? "no prefix or suffix tells it apart; quote a longer passage"
                            : "add " + String.join(" or ", members)));
        }
        if (candidates.size() > SUGGESTED) {
            suggestions.add("  … and " + (candidates.size() - SUGGESTED) + " more");
        }
        return "the quote occurs " + candidates.size() + " times in " + source.textName()
                + (claim.offset().isPresent()
                        ? ", none nearest to the old offset " + claim.offset().getAsInt()
                        : "")
                + "; say which one is meant:\n" + String.join("\n", suggestions);
    }

    private static String lineColumn(SourceText text, int offset) {
        SourceText.LineColumn at = text.lineColumnOf(offset);
        return "line " + at.line() + ", column " + at.column();
    }

    private static Repair fixed(LocatedClaim located, Claim claim, FixOutcome outcome, String member, String message) {
        return new Repair(
                Optional.of(claim),
                new ClaimFix(Optional.of(located.claim().id()), located.locationOf(member), outcome, message));
    }

    private static Repair leftAlone(LocatedClaim located, Location location, String message) {
        return new Repair(
                Optional.empty(),
                new ClaimFix(Optional.of(located.claim().id()), location, FixOutcome.LEFT_ALONE, message));
    }
}
