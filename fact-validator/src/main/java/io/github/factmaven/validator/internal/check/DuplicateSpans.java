package io.github.factmaven.validator.internal.check;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.ClaimResult;
import io.github.factmaven.validator.Warning;
import io.github.factmaven.validator.WarningKind;
import io.github.factmaven.validator.internal.hash.LongSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Warns about claims with different ids that cite the same span: the same source, offset and
 * quote. They are often one claim entered twice, or a copy whose quote was never changed.
 */
public final class DuplicateSpans {

    private DuplicateSpans() {}

    private record Span(String source, int offset, String quote) {}

    /**
     * @param claims  the claims checked, with their locations
     * @param results their results, in the same order
     * @return the results, each claim that shares its span with others warned about them
     */
    public static List<ClaimResult> warn(List<LocatedClaim> claims, List<ClaimResult> results) {
        // a first pass keeps one hash per span, so only claims that may share theirs are grouped:
        // a million claims need no million lists
        LongSet seen = new LongSet(Integer.highestOneBit(Math.max(8, claims.size() * 2)) << 1);
        LongSet repeated = new LongSet(64);
        for (LocatedClaim located : claims) {
            Claim claim = located.claim();
            if (claim.offset().isPresent() && !seen.add(hash(claim))) {
                repeated.add(hash(claim));
            }
        }
        Map<Span, List<Integer>> bySpan = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i).claim();
            if (claim.offset().isPresent() && repeated.contains(hash(claim))) {
                bySpan.computeIfAbsent(
                                new Span(claim.source(), claim.offset().getAsInt(), claim.quote()),
                                span -> new ArrayList<>())
                        .add(i);
            }
        }
        List<ClaimResult> warned = new ArrayList<>(results);
        for (List<Integer> same : bySpan.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (int index : same) {
                LocatedClaim located = claims.get(index);
                String others = same.stream()
                        .filter(other -> other != index)
                        .map(other -> "\"" + claims.get(other).claim().id() + "\" ("
                                + claims.get(other).location() + ")")
                        .collect(Collectors.joining(", "));
                warned.set(
                        index,
                        results.get(index)
                                .withWarnings(List.of(new Warning(
                                        WarningKind.DUPLICATE_SPAN,
                                        located.locationOf("quote"),
                                        "cites the same span as " + others + ": the same source, offset and quote"))));
            }
        }
        return warned;
    }

    private static long hash(Claim claim) {
        long hash =
                claim.source().hashCode() * 0x9E3779B97F4A7C15L + claim.offset().getAsInt();
        hash = hash * 0xC2B2AE3D27D4EB4FL + claim.quote().hashCode();
        return hash ^ (hash >>> 31);
    }
}
