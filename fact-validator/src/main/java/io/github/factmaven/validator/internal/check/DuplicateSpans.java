package io.github.factmaven.validator.internal.check;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.internal.hash.LongSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

/**
 * Warns about claims with different ids that cite the same span: the same source, offset and
 * quote. They are often one claim entered twice, or a copy whose quote was never changed.
 */
public final class DuplicateSpans {

    /** Claims whose spans are hashed side by side, from this many. */
    private static final int SIDE_BY_SIDE = 10_000;

    private DuplicateSpans() {}

    private record Span(String source, int offset, String quote) {}

    /**
     * The results with every claim that shares its span warned, and the groups of claims that share one.
     *
     * @param results the results, each claim that shares its span warned about the others
     * @param groups  the claims of each span cited more than once, in the order of the claims
     */
    public record Warned(List<ClaimResult> results, List<ClaimGroup> groups) {}

    /**
     * @param claims  the claims checked, with their locations
     * @param results their results, in the same order
     * @param sources how messages name a source the claims cite
     * @return the results, each claim that shares its span with others warned about a few of them
     */
    public static Warned warn(List<LocatedClaim> claims, List<ClaimResult> results, UnaryOperator<String> sources) {
        // a first pass keeps one hash per span, so only claims that may share theirs are grouped:
        // a million claims need no million lists. The spans are hashed side by side (hashing a
        // quote the first time reads all of it), and counted in one thread.
        boolean[] withOffset = new boolean[claims.size()];
        long[] hashes = new long[claims.size()];
        IntStream all = IntStream.range(0, claims.size());
        // a source's few claims, as one task of a cluster checks them, are not worth the threads
        (claims.size() >= SIDE_BY_SIDE ? all.parallel() : all).forEach(i -> {
            Claim claim = claims.get(i).claim();
            withOffset[i] = claim.offset().isPresent();
            hashes[i] = withOffset[i] ? hash(claim) : 0;
        });
        LongSet seen = new LongSet(Integer.highestOneBit(Math.max(8, claims.size() * 2)) << 1);
        LongSet repeated = new LongSet(64);
        for (int i = 0; i < hashes.length; i++) {
            if (withOffset[i] && !seen.add(hashes[i])) {
                repeated.add(hashes[i]);
            }
        }
        Map<Span, List<Integer>> bySpan = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            if (withOffset[i] && repeated.contains(hashes[i])) {
                Claim claim = claims.get(i).claim();
                bySpan.computeIfAbsent(
                                new Span(claim.source(), claim.offset().getAsInt(), claim.quote()),
                                span -> new ArrayList<>())
                        .add(i);
            }
        }
        List<ClaimResult> warned = new ArrayList<>(results);
        List<ClaimGroup> groups = new ArrayList<>();
        bySpan.forEach((span, same) -> {
            if (same.size() < 2) {
                return;
            }
            ClaimGroup group = new ClaimGroup(
                    ClaimGroup.Kind.DUPLICATE_SPAN,
                    sources.apply(span.source()) + ", offset " + span.offset(),
                    same.stream()
                            .map(index -> new ClaimGroup.Member(
                                    claims.get(index).claim().id(),
                                    claims.get(index).location()))
                            .toList());
            groups.add(group);
            for (int index : same) {
                LocatedClaim located = claims.get(index);
                String others = group.others(
                        located.location(),
                        member -> "\"" + member.id() + "\" (" + member.location() + ")",
                        "other claim");
                warned.set(
                        index,
                        results.get(index)
                                .withWarnings(List.of(new Warning(
                                        WarningKind.DUPLICATE_SPAN,
                                        located.locationOf("quote"),
                                        "cites the same span as " + others + ": the same source, offset and quote"))));
            }
        });
        return new Warned(warned, groups);
    }

    /**
     * @param claim a claim with an offset
     * @return a hash of its span: claims that cite the same span have the same one
     */
    public static long hash(Claim claim) {
        long hash =
                claim.source().hashCode() * 0x9E3779B97F4A7C15L + claim.offset().getAsInt();
        hash = hash * 0xC2B2AE3D27D4EB4FL + claim.quote().hashCode();
        return hash ^ (hash >>> 31);
    }
}
