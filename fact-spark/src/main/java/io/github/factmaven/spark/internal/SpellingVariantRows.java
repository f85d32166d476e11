package io.github.factmaven.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.sum;

import io.github.factmaven.validator.CheckInParts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/** The spelling variants of a dataset checked on Spark. */
public final class SpellingVariantRows {

    private SpellingVariantRows() {}

    /**
     * The spelling-variant warnings: each spelling's count summed across the cluster, the variants
     * found among them on the driver, and only their places brought there. A spelling is not a name
     * if it is written in lower case somewhere: only the lower-case hashes of the spellings are
     * looked for among each source's words, not every word of every source gathered.
     *
     * @param bySource the steps of the check of each source
     * @param accepted groups of spellings known to be right
     * @return the warnings, each with its place among them
     */
    public static List<Row> of(Dataset<Row> bySource, List<Set<String>> accepted) {
        Dataset<Row> names = bySource.filter(col("names").isNotNull()).select("names");
        List<Row> counts = names.flatMap(
                        (FlatMapFunction<Row, Row>) row -> PackedNames.counts(row.getAs("names")),
                        Encoders.row(Schemas.NAME_COUNTS))
                .groupBy("spelling")
                .agg(sum("count").as("count"), first("lowercase").as("lowercase"))
                .collectAsList();
        long[] spelled = counts.stream()
                .mapToLong(row -> row.getLong(2))
                .sorted()
                .distinct()
                .toArray();
        Set<Long> inLowerCase = new HashSet<>(bySource.filter(col("lowercase").isNotNull())
                .flatMap(
                        (FlatMapFunction<Row, Long>) row -> inLowerCase(row.getAs("lowercase"), spelled),
                        Encoders.LONG())
                .distinct()
                .collectAsList());
        Map<String, Integer> candidates = new HashMap<>();
        counts.stream()
                .filter(row -> !inLowerCase.contains(row.getLong(2)))
                .forEach(row -> candidates.put(row.getString(0), (int) row.getLong(1)));
        List<List<String>> groups = CheckInParts.spellingVariantGroups(candidates, accepted);
        if (groups.isEmpty()) {
            return List.of();
        }
        Set<String> grouped = new HashSet<>();
        groups.forEach(grouped::addAll);
        Map<String, CheckInParts.Name> places = new HashMap<>();
        names.flatMap(
                        (FlatMapFunction<Row, Row>) row -> PackedNames.rows(row.getAs("names"), grouped),
                        Encoders.row(Schemas.NAMES))
                .collectAsList()
                .forEach(row -> places.merge(row.getString(0), Rows.nameOf(row), CheckInParts::merge));
        List<Row> warnings = new ArrayList<>(groups.size());
        for (List<String> group : groups) {
            warnings.add(Rows.warning(CheckInParts.spellingVariantWarning(group, places), warnings.size()));
        }
        return warnings;
    }

    /** The hashes of a source's words in lower case that are those of spellings. */
    private static Iterator<Long> inLowerCase(byte[] packed, long[] spelled) {
        List<Long> found = new ArrayList<>();
        for (long hash : PackedNames.hashes(packed)) {
            if (Arrays.binarySearch(spelled, hash) >= 0) {
                found.add(hash);
            }
        }
        return found.iterator();
    }
}
