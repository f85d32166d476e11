package io.github.factmaven.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;

/**
 * How the claims of a source cited by very many are shared among tasks: in buckets, each checked by
 * its own task with its own copy of the source's bytes, so that one source does not make one task
 * the whole job's length. A span's claims share a bucket, so spans cited twice are still found; the
 * first bucket also finds the names of the source's text.
 */
public final class Buckets implements Serializable {

    /** Spark sends the buckets to its tasks inside the functions that use them. */
    private static final long serialVersionUID = 1L;

    /** Between a source's path and its bucket in a key: no path holds it. */
    private static final char SEPARATOR = '\u0000';

    /** How many buckets each source split has; a source not named has one, and is not split. */
    private final Map<String, Integer> counts;

    /** @param counts how many buckets each source to split has */
    public Buckets(Map<String, Integer> counts) {
        this.counts = Map.copyOf(counts);
    }

    /**
     * @param claim a claims row of a claim
     * @return the key of the task that checks it: its source's path, and its bucket if the source is split
     */
    public String keyOf(Row claim) {
        String source = claim.getAs("source");
        Integer buckets = counts.get(source);
        if (buckets == null) {
            return source;
        }
        int span = Objects.hash(claim.<Integer>getAs("offset"), claim.<String>getAs("quote"));
        return source + SEPARATOR + Math.floorMod(span, buckets);
    }

    /**
     * @param path a source's path
     * @return the keys of the tasks that need its bytes: one, or one per bucket
     */
    public List<String> keysOf(String path) {
        Integer buckets = counts.get(path);
        if (buckets == null) {
            return List.of(path);
        }
        List<String> keys = new ArrayList<>(buckets);
        for (int bucket = 0; bucket < buckets; bucket++) {
            keys.add(path + SEPARATOR + bucket);
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
