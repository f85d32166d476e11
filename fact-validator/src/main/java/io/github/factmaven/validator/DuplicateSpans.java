package io.github.factmaven.validator;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Warns about claims with different ids that cite the same span: the same source, offset and
 * quote. They are often one claim entered twice, or a copy whose quote was never changed.
 */
final class DuplicateSpans {

    private DuplicateSpans() {
    }

    private record Span(String source, int offset, String quote) {
    }

    /**
     * @param claims  the claims checked, with their locations
     * @param results their results, in any order
     * @return the results, each claim that shares its span with others warned about them
     */
    static List<ClaimResult> warn(List<LocatedClaim> claims, List<ClaimResult> results) {
        Map<Span, List<LocatedClaim>> bySpan = new HashMap<>();
        for (LocatedClaim located : claims) {
            Claim claim = located.claim();
            claim.offset().ifPresent(offset -> bySpan.computeIfAbsent(new Span(claim.source(), offset, claim.quote()),
                    span -> new ArrayList<>()).add(located));
        }
        Map<Location, Warning> warnings = new HashMap<>();
        for (List<LocatedClaim> same : bySpan.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (LocatedClaim located : same) {
                String others = same.stream()
                        .filter(other -> other != located)
                        .map(other -> "\"" + other.claim().id() + "\" (" + other.location() + ")")
                        .collect(Collectors.joining(", "));
                warnings.put(located.location(), new Warning(WarningKind.DUPLICATE_SPAN, located.locationOf("quote"),
                        "cites the same span as " + others + ": the same source, offset and quote"));
            }
        }
        if (warnings.isEmpty()) {
            return results;
        }
        return results.stream()
                .map(result -> warnings.containsKey(result.location())
                        ? result.withWarnings(List.of(warnings.get(result.location()))) : result)
                .toList();
    }
}
