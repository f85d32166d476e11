package io.github.factmaven.spark.internal;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.CheckInParts;
import io.github.factmaven.validator.api.ClaimResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * One source searched for the quotes that their own sources lack ({@link
 * CheckInParts#searchOtherSource}): a result for each claim whose quote it holds, with the source's
 * path, so that the first source in path order can be told.
 */
public final class OtherSourceSearch implements FlatMapFunction<Row, Row> {

    /** Spark sends the function to its tasks as a serialized object. */
    private static final long serialVersionUID = 1L;

    /** The claims and their results, as rows: what Spark sends to every task. */
    private final List<Row> notFound;

    private transient List<LocatedClaim> claims;
    private transient List<ClaimResult> results;

    /** @param notFound rows of a claim and its {@code NOT_FOUND} result */
    public OtherSourceSearch(List<Row> notFound) {
        this.notFound = List.copyOf(notFound);
    }

    @Override
    public Iterator<Row> call(Row source) {
        if (claims == null) {
            claims = new ArrayList<>(notFound.size());
            results = new ArrayList<>(notFound.size());
            for (Row row : notFound) {
                LocatedClaim claim = Rows.claimOf(row.getAs("claim"));
                claims.add(claim);
                results.add(Rows.resultOf(row.getAs("result"), Optional.of(claim.claim())));
            }
        }
        String path = source.getAs("path");
        Map<Integer, ClaimResult> found =
                CheckInParts.searchOtherSource(path, source.getAs("content"), claims, results);
        List<Row> steps = new ArrayList<>(found.size());
        found.values().forEach(result -> steps.add(Rows.with(Rows.step("result", Rows.result(result)), "path", path)));
        return steps.iterator();
    }
}
