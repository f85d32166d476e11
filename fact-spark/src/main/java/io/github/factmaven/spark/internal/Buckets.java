package io.github.factmaven.spark.internal;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;

/**
 * How the claims of a source cited by very many are shared among tasks: in buckets, each checked by
 * its own task with its own copy of the source's bytes, so that one source does not make one task
 * the whole job's length. A span's claims share a bucket, so spans cited twice are still found; the
 * first bucket also finds the names of the source's text. Keys are columns, computed by Spark
 * itself rather than by a function each row is turned into a Java object for.
 */
public final class Buckets {

    /** Between a source's path and its bucket in a key: no path holds it. */
    private static final String SEPARATOR = "\u0000";

    /** How many buckets each source split has; a source not named has one, and is not split. */
    private final Map<String, Integer> counts;

    /** @param counts how many buckets each source to split has */
    public Buckets(Map<String, Integer> counts) {
        this.counts = new TreeMap<>(counts);
    }

    /** @return the key of the task that checks a claim: its source's path, and its bucket if the source is split */
    public Column claimKey() {
        Column key = col("source");
        for (Map.Entry<String, Integer> split : counts.entrySet()) {
            Column bucket = pmod(col("span"), lit(split.getValue()));
            key = when(
                            col("source").equalTo(split.getKey()),
                            concat(col("source"), lit(SEPARATOR), bucket.cast("string")))
                    .otherwise(key);
        }
        return key;
    }

    /** @return the keys of the tasks that need a source's bytes, as an array: one, or one per bucket */
    public Column sourceKeys() {
        Column keys = array(col("path"));
        for (Map.Entry<String, Integer> split : counts.entrySet()) {
            List<Column> each = new ArrayList<>();
            for (int bucket = 0; bucket < split.getValue(); bucket++) {
                each.add(lit(split.getKey() + SEPARATOR + bucket));
            }
            keys = when(col("path").equalTo(split.getKey()), array(each.toArray(Column[]::new)))
                    .otherwise(keys);
        }
        return keys;
    }

    /**
     * @param key    a task's key
     * @param source the source its claims cite
     * @return true if the task is the one that finds the names of the source's text
     */
    public static boolean findsSourceNames(String key, String source) {
        return key.length() == source.length() || key.equals(source + SEPARATOR + 0);
    }
}
