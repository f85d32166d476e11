package io.github.factmaven.spark.internal;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.CheckInParts;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * One source with the claims that cite it, brought together in one task row ({@link
 * Schemas#TASKS}), checked by {@link CheckInParts#checkSource}: each claim's result (with the claim
 * too, where the quote is not in the source, for the search of the others), the spans cited more
 * than once, the names and the words in lower case.
 */
public final class SourceGroup implements FlatMapFunction<Row, Row> {

    /** Spark sends the function to its tasks as a serialized object. */
    private static final long serialVersionUID = 1L;

    /** Dataset order: claims files in path order, entries in file order. */
    private static final Comparator<LocatedClaim> IN_DATASET_ORDER = Comparator.comparing(
                    (LocatedClaim claim) -> claim.location().file())
            .thenComparingInt(claim -> claim.location().line())
            .thenComparingInt(claim -> claim.location().column());

    /** The sources registry's bytes, if the dataset has one: Spark sends them to every task. */
    private final byte[] registry;

    /** The registry, read once in each task that uses it. */
    private transient Optional<CheckInParts.Registry> read;

    /** @param registry the sources registry's bytes, if the dataset has one */
    public SourceGroup(Optional<byte[]> registry) {
        this.registry = registry.orElse(null);
    }

    @Override
    public Iterator<Row> call(Row task) {
        if (read == null) {
            read = RegistryRows.prepared(registry);
        }
        return steps(task, read).iterator();
    }

    /**
     * @param task     a task row: its key (the source's path, with its bucket where the source is
     *                 split), the source's path and bytes if there is such a source, and its claims
     * @param registry the sources registry, if the dataset has one
     * @return the steps: each claim's result, the spans cited twice, the names, the words in lower case
     */
    static List<Row> steps(Row task, Optional<CheckInParts.Registry> registry) {
        int field = task.fieldIndex("claims");
        List<byte[]> packed = task.isNullAt(field) ? List.of() : Rows.list(task, field);
        List<LocatedClaim> claims = new ArrayList<>(packed.size());
        packed.forEach(bytes -> claims.add(Rows.claimOf(PackedRows.unpack(bytes, Schemas.CLAIMS))));
        claims.sort(IN_DATASET_ORDER);
        String path = task.getAs("path");
        String source = path != null ? path : claims.get(0).claim().source();
        CheckInParts.SourceFindings found = CheckInParts.checkSource(
                source,
                Optional.ofNullable(task.<byte[]>getAs("content")),
                claims,
                Buckets.findsSourceNames(task.getAs("key"), source),
                registry);
        List<Row> steps = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimResult result = found.results().get(i);
            Row row = Rows.step("result", Rows.result(result));
            if (result.status() == Status.NOT_FOUND) {
                row = Rows.with(row, "claim", Rows.claim(claims.get(i)));
            }
            steps.add(row);
        }
        for (ClaimGroup span : found.spans()) {
            steps.add(Rows.step("warning", Rows.group(span)));
        }
        steps.add(Rows.step("names", PackedNames.of(found.names())));
        steps.add(Rows.step("lowercase", PackedNames.hashes(found.lowercase())));
        return steps;
    }
}
