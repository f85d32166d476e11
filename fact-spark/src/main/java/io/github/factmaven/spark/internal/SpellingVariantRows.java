package io.github.factmaven.spark.internal;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.sum;

import io.github.factmaven.validator.CheckInParts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The spelling variants of a dataset checked on Spark. */
public final class SpellingVariantRows {

    private SpellingVariantRows() {}

    /**
     * The spelling-variant warnings: each spelling's count summed across the cluster, the variants
     * found among them on the driver, and only their places brought there.
     *
     * @param bySource the steps of the check of each source
     * @param accepted groups of spellings known to be right
     * @return the warnings, each with its place among them
     */
    public static List<Row> of(Dataset<Row> bySource, List<Set<String>> accepted) {
        Dataset<Row> names = bySource.filter(col("name").isNotNull()).select(col("name.*"));
        Dataset<Row> lowercase = bySource.filter(col("lowercase").isNotNull())
                .select(explode(col("lowercase")).as("hash"))
                .distinct();
        Dataset<Row> counts = names.groupBy("spelling")
                .agg(sum("count").as("count"), first("lowercase").as("lowercase"));
        Map<String, Integer> candidates = new HashMap<>();
        counts.join(lowercase, counts.col("lowercase").equalTo(lowercase.col("hash")), "left_anti")
                .collectAsList()
                .forEach(row -> candidates.put(row.getString(0), (int) row.getLong(1)));
        List<List<String>> groups = CheckInParts.spellingVariantGroups(candidates, accepted);
        if (groups.isEmpty()) {
            return List.of();
        }
        Set<String> grouped = new HashSet<>();
        groups.forEach(grouped::addAll);
        Map<String, CheckInParts.Name> places = new HashMap<>();
        names.filter((FilterFunction<Row>) row -> grouped.contains(row.getString(0)))
                .collectAsList()
                .forEach(row -> places.merge(row.getString(0), Rows.nameOf(row), CheckInParts::merge));
        List<Row> warnings = new ArrayList<>(groups.size());
        for (List<String> group : groups) {
            warnings.add(Rows.warning(CheckInParts.spellingVariantWarning(group, places), warnings.size()));
        }
        return warnings;
    }
}
