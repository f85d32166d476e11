package io.github.factmaven.spark.internal;

import static org.apache.spark.sql.functions.col;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.CheckInParts;
import io.github.factmaven.validator.api.ClaimResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import scala.Tuple2;

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

    /** The sources registry's bytes, if the dataset has one: it says how an HTML page is read. */
    private final byte[] registry;

    private transient List<LocatedClaim> claims;
    private transient List<ClaimResult> results;
    private transient Optional<CheckInParts.Registry> read;

    /**
     * @param notFound rows of a claim and its {@code NOT_FOUND} result
     * @param registry the sources registry's bytes, if the dataset has one
     */
    public OtherSourceSearch(List<Row> notFound, Optional<byte[]> registry) {
        this.notFound = List.copyOf(notFound);
        this.registry = registry.orElse(null);
    }

    @Override
    public Iterator<Row> call(Row source) {
        if (claims == null) {
            claims = new ArrayList<>(notFound.size());
            results = new ArrayList<>(notFound.size());
            for (Row row : notFound) {
                LocatedClaim claim = Rows.claimOf(Rows.unpacked(row, "claim"));
                claims.add(claim);
                results.add(Rows.resultOf(Rows.unpacked(row, "result"), Optional.of(claim.claim())));
            }
            read = RegistryRows.prepared(registry);
        }
        String path = source.getAs("path");
        Map<Integer, ClaimResult> found =
                CheckInParts.searchOtherSource(path, source.getAs("content"), claims, results, read);
        List<Row> steps = new ArrayList<>(found.size());
        found.values().forEach(result -> steps.add(Rows.with(Rows.step("result", Rows.result(result)), "path", path)));
        return steps.iterator();
    }

    /**
     * The results of the checked claims, each quote that is not in its own source but in another
     * told the first such source in path order, as {@code FactChecker} tells it.
     */
    /**
     * @param bySource the steps of the check of each source
     * @param sources  every source
     * @param registry the sources registry's bytes, if the dataset has one
     * @return the results, each quote that is not in its own source but in another told so
     */
    public static Dataset<Row> relocated(Dataset<Row> bySource, Dataset<Row> sources, Optional<byte[]> registry) {
        Dataset<Row> results = Rows.unpacked(bySource, "result");
        List<Row> notFound = bySource.filter(col("claim").isNotNull())
                .select("claim", "result")
                .collectAsList();
        if (notFound.isEmpty()) {
            return results;
        }
        Dataset<Row> found = sources.flatMap(new OtherSourceSearch(notFound, registry), Encoders.row(Schemas.STEPS))
                .groupByKey((MapFunction<Row, String>) OtherSourceSearch::claimKey, Encoders.STRING())
                .reduceGroups((ReduceFunction<Row>) (one, another) ->
                        one.<String>getAs("path").compareTo(another.getAs("path")) <= 0 ? one : another)
                .map((MapFunction<Tuple2<String, Row>, Row>) Tuple2::_2, Encoders.row(Schemas.STEPS));
        found = Rows.unpacked(found, "result");
        Column sameClaim = results.col("file")
                .equalTo(found.col("file"))
                .and(results.col("line").equalTo(found.col("line")))
                .and(results.col("column").equalTo(found.col("column")));
        return results.join(found, sameClaim, "left_anti").unionByName(found);
    }

    private static String claimKey(Row step) {
        Row result = step.getAs("result");
        return result.getAs("file") + ":" + result.getAs("line") + ":" + result.getAs("column");
    }
}
