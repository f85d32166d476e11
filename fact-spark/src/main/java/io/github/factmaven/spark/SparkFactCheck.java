package io.github.factmaven.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.grouping_id;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import io.github.factmaven.spark.internal.Buckets;
import io.github.factmaven.spark.internal.ConformedRows;
import io.github.factmaven.spark.internal.OtherSourceSearch;
import io.github.factmaven.spark.internal.RegistryRows;
import io.github.factmaven.spark.internal.Rows;
import io.github.factmaven.spark.internal.SameIds;
import io.github.factmaven.spark.internal.Schemas;
import io.github.factmaven.spark.internal.SourceGroup;
import io.github.factmaven.spark.internal.SpellingVariantRows;
import io.github.factmaven.validator.CheckInParts;
import io.github.factmaven.validator.FactChecker;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.storage.StorageLevel;

/**
 * The check of {@link FactChecker} on Apache Spark, for datasets that outgrow one machine: every
 * claim checked against its source, with the same verdicts, messages and diagnoses, and the same
 * dataset-wide warnings. Claims are grouped by the source they cite, and each source's bytes are
 * read once, by the task that checks its claims, with the library's own check of one source
 * ({@link CheckInParts}).
 *
 * <pre>{@code
 * SparkCheckResult result = new SparkFactCheck().check(DatasetFolder.of(spark, "s3://bucket/my-dataset"));
 * result.results().filter("status <> 'VERIFIED'").show();
 * }</pre>
 *
 * <p>Bad input is a result, never a failed job: an entry that breaks the schema is {@code
 * INVALID_CLAIM}, a source that is missing or not UTF-8 fails the claims that cite it, and a claims
 * file that cannot be read is a row of {@link SparkCheckResult#errors()}.
 */
public final class SparkFactCheck implements Serializable {

    /** Spark sends the check to its tasks, in the functions it runs there, as a serialized object. */
    private static final long serialVersionUID = 1L;

    /** Claims of one source that one task checks at most, unless {@link #withClaimsPerTask} says otherwise. */
    public static final int DEFAULT_CLAIMS_PER_TASK = 20_000;

    /** Claims sent to every task that reads sources at most, in bytes, unless {@link #withBroadcastLimit} says otherwise. */
    public static final long DEFAULT_BROADCAST_LIMIT = 64L << 20;

    /**
     * Ids used twice, or sources' keys, that are sent to every task rather than the claims sent to
     * theirs; more are joined.
     */
    private static final long BROADCAST_IDS = 1_000_000;
    /** Partitions of the claims per core of the cluster, at most, for the steps after their read. */
    private static final int PARTITIONS_PER_CORE = 4;

    /** Groups of spellings known to be right. */
    private final List<Set<String>> acceptedVariants;

    /** A source cited by more claims is split among tasks. */
    private final int claimsPerTask;

    /** Claims that take at most this many bytes are sent to every task that reads sources. */
    private final long broadcastLimit;

    /** A check that accepts no spelling variants and splits a source among tasks past {@value #DEFAULT_CLAIMS_PER_TASK} claims. */
    public SparkFactCheck() {
        this(List.of(), DEFAULT_CLAIMS_PER_TASK, DEFAULT_BROADCAST_LIMIT);
    }

    private SparkFactCheck(List<Set<String>> acceptedVariants, int claimsPerTask, long broadcastLimit) {
        this.acceptedVariants = acceptedVariants;
        this.claimsPerTask = claimsPerTask;
        this.broadcastLimit = broadcastLimit;
    }

    /**
     * A source that very many claims cite would make its task the whole job's length: past this
     * many claims, its claims are shared among several tasks, each with a copy of its bytes.
     *
     * @param claimsPerTask the most claims of one source that one task checks
     * @return a check like this one with that limit
     * @throws IllegalArgumentException if the limit is not positive
     */
    public SparkFactCheck withClaimsPerTask(int claimsPerTask) {
        if (claimsPerTask < 1) {
            throw new IllegalArgumentException("claims per task must be positive: " + claimsPerTask);
        }
        return new SparkFactCheck(acceptedVariants, claimsPerTask, broadcastLimit);
    }

    /**
     * Where the claims to check take at most this many bytes (each claim packed: its members and
     * places, about its quote's and statement's length and 100 bytes more), they are sent to every
     * task that reads sources, and each source is checked where it is read; past it, every source's
     * bytes are moved to the task of its claims, which costs a shuffle of all sources. The driver
     * holds the claims it sends, so the limit is a share of its memory.
     *
     * @param bytes the most bytes of claims sent to every task; 0 never sends them
     * @return a check like this one with that limit
     * @throws IllegalArgumentException if the limit is negative
     */
    public SparkFactCheck withBroadcastLimit(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("the broadcast limit must not be negative: " + bytes);
        }
        return new SparkFactCheck(acceptedVariants, claimsPerTask, bytes);
    }

    /**
     * @param accepted groups of spellings known to be right, as {@link FactChecker#withAcceptedVariants} takes them
     * @return a check like this one that accepts these groups
     */
    public SparkFactCheck withAcceptedVariants(Collection<? extends Collection<String>> accepted) {
        return new SparkFactCheck(accepted.stream().map(Set::<String>copyOf).toList(), claimsPerTask, broadcastLimit);
    }

    /**
     * Checks a dataset folder as the plugin checks a project: with its sources registry, if it has
     * one, or with the warning that it has none.
     *
     * @param dataset the dataset folder
     * @return the results, the dataset-wide warnings, and the problems of whole files
     */
    public SparkCheckResult check(DatasetFolder dataset) {
        SparkCheckResult checked =
                checkEntries(dataset.entries(), dataset.sources(), new Registry(true, dataset.registry()));
        if (dataset.hasClaimsFiles()) {
            return checked;
        }
        Dataset<Row> none = checked.results()
                .sparkSession()
                .createDataFrame(List.of(Rows.warning(CheckInParts.noClaims("claims"))), Schemas.WARNINGS);
        return new SparkCheckResult(checked.results(), checked.warnings().unionByName(none), checked.errors());
    }

    /**
     * Checks claims against sources without a sources registry: no pins, no outlets compared, and
     * nothing said of provenance, as {@link FactChecker} checks claims and sources in memory.
     *
     * @param claims  the entries of the claims files, as {@link DatasetFolder#claims} gives them
     * @param sources every source: its {@code path} as claims cite it and its {@code content} as bytes,
     *                as {@link DatasetFolder#sources} gives them
     * @return the results, the dataset-wide warnings, and the problems of whole claims files
     */
    public SparkCheckResult check(Dataset<Row> claims, Dataset<Row> sources) {
        return check(claims, sources, new Registry(false, Optional.empty()));
    }

    /**
     * Checks claims against sources with a sources registry: how its HTML pages are read, each
     * claim's outlet and each source's pin, every source registered and every registered one
     * present, as the plugin checks them.
     *
     * @param claims   the entries of the claims files, as {@link DatasetFolder#claims} gives them
     * @param sources  every source, as {@link DatasetFolder#sources} gives them
     * @param registry the registry's bytes, as {@code sources/sources.json} holds them
     * @return the results, the dataset-wide warnings, and the problems of whole files
     */
    public SparkCheckResult check(Dataset<Row> claims, Dataset<Row> sources, byte[] registry) {
        return check(claims, sources, new Registry(true, Optional.of(registry.clone())));
    }

    /**
     * What the check knows of provenance.
     *
     * @param judged whether provenance is judged at all: a dataset folder's, or one with a registry
     * @param bytes  the registry's bytes, if there is one
     */
    private record Registry(boolean judged, Optional<byte[]> bytes) {}

    /**
     * Checks every claim against its source. Runs the jobs that count the claims of each source (to
     * split the sources cited by very many), find which quotes to look for in other sources, and
     * which spellings vary; the results are computed when they are used.
     */
    private SparkCheckResult check(Dataset<Row> claims, Dataset<Row> sources, Registry registry) {
        return checkEntries(
                ConformedRows.claims(claims.select(columns(Schemas.CLAIMS.fieldNames())))
                        .map((MapFunction<Row, Row>) Rows::entry, Encoders.row(Schemas.ENTRIES)),
                sources,
                registry);
    }

    /** Checks entries ({@link Schemas#ENTRIES}), each claim packed. */
    private SparkCheckResult checkEntries(Dataset<Row> claimEntries, Dataset<Row> sources, Registry registry) {
        SparkSession spark = claimEntries.sparkSession();
        // read and parsed once: every later step starts from here. Claims read from thousands of small
        // files come in as many partitions, and each step after the read would run a task for each
        // (313 tasks a step for the benchmark's 10,000 files); a few tasks per core take them all
        int partitions = PARTITIONS_PER_CORE * spark.sparkContext().defaultParallelism();
        Dataset<Row> entries = (claimEntries.rdd().getNumPartitions() > partitions
                        ? claimEntries.coalesce(partitions)
                        : claimEntries)
                .localCheckpoint();
        // a source row without a path can be cited by no claim
        Dataset<Row> files = sources.select(columns(Schemas.SOURCES.fieldNames()))
                .filter(col("path").isNotNull());
        Encoder<Row> steps = Encoders.row(Schemas.STEPS);

        Dataset<Row> errors = entries.filter(col("entry").equalTo(Rows.FILE))
                .flatMap(
                        (FlatMapFunction<Row, Row>) row -> Rows.problemsOf(Rows.claimsRowOf(row)).stream()
                                .map(Rows::problem)
                                .iterator(),
                        Encoders.row(Schemas.PROBLEM));
        Dataset<Row> invalid = entries.filter(col("entry").equalTo(Rows.INVALID))
                .map(
                        (MapFunction<Row, Row>)
                                row -> Rows.result(CheckInParts.invalid(Rows.invalidOf(Rows.claimsRowOf(row)))),
                        Encoders.row(Schemas.RESULTS));

        // ids are counted, not the claims moved: only the entries of an id used twice are grouped
        Dataset<Row> withIds =
                entries.filter(col("entry").notEqual(Rows.FILE).and(col("id").isNotNull()));
        Dataset<Row> sharedIds = withIds.groupBy("id")
                .count()
                .filter(col("count").gt(1))
                .select("id")
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> shared = sharedIds.count() <= BROADCAST_IDS ? broadcast(sharedIds) : sharedIds;
        Dataset<Row> sameIds = withIds.join(shared, withIds.col("id").equalTo(shared.col("id")), "left_semi")
                .groupByKey((MapFunction<Row, String>) row -> row.getAs("id"), Encoders.STRING())
                .flatMapGroups(new SameIds(), steps);
        Dataset<Row> toCheck = entries.filter(col("entry").equalTo(Rows.CLAIM));
        toCheck = toCheck.join(shared, toCheck.col("id").equalTo(shared.col("id")), "left_anti");

        Layout layout = layoutOf(toCheck);
        Dataset<Row> claimsByKey = toCheck.select(layout.buckets().claimKey().as("key"), col("claim"));
        // how many rows hold each path, from the paths alone: a table may hold one twice
        Dataset<Row> paths = files.groupBy("path").count().localCheckpoint();
        // how many paths, and the most rows that hold one: one look at the paths kept
        Row held = paths.agg(count(lit(1)), max(col("count"))).first();
        if (!held.isNullAt(1) && held.getLong(1) > 1) {
            // one row per path, as a folder holds one file per path (this moves the sources)
            files = files.dropDuplicates("path");
        }
        Dataset<Row> keyedSources =
                files.withColumn("key", explode(layout.buckets().sourceKeys()));
        Dataset<Row> sourceKeys =
                paths.select(explode(layout.buckets().sourceKeys()).as("key"));
        boolean sendClaims = layout.claimBytes() > 0 && layout.claimBytes() <= broadcastLimit;
        Dataset<Row> tasks;
        if (sendClaims) {
            // grouped once: both the claims with a source and those without start from here
            Dataset<Row> keyedClaims = claimsByKey
                    .groupBy("key")
                    .agg(collect_list("claim").as("claims"))
                    .localCheckpoint();
            tasks = tasks(
                    keyedClaims, keyedSources, held.getLong(0) <= BROADCAST_IDS ? broadcast(sourceKeys) : sourceKeys);
        } else {
            tasks = cogrouped(claimsByKey, keyedSources);
        }
        // checked once and kept as rows (not as a columnar cache, which is costly to build for them)
        Dataset<Row> bySource =
                tasks.flatMap(new SourceGroup(registry.bytes()), steps).localCheckpoint();

        Dataset<Row> checked = OtherSourceSearch.relocated(bySource, files, registry.bytes());
        Dataset<Row> results =
                invalid.unionByName(Rows.unpacked(sameIds, "result")).unionByName(checked);
        RegistryRows.Findings provenance = RegistryRows.of(registry.judged(), registry.bytes(), files);
        Dataset<Row> warnings = Rows.unpacked(sameIds, "warning")
                .unionByName(Rows.unpacked(bySource, "warning"))
                .unionByName(provenance.warnings())
                .unionByName(
                        spark.createDataFrame(SpellingVariantRows.of(bySource, acceptedVariants), Schemas.WARNINGS));
        return new SparkCheckResult(results, warnings, errors.unionByName(provenance.errors()));
    }

    /**
     * Each source's bytes with the claims that cite it ({@link Schemas#TASKS}), one row per task, a
     * source no claim cites included (its names count); claims whose source there is not have a row
     * of their own without bytes ({@code sourceKeys} holds the key of every task a source has). The
     * claims, grouped by task, are sent to every task that reads sources, so each source is checked
     * where it is read; the anti-join takes them without Spark's broadcast hint, which it cannot use.
     */
    private static Dataset<Row> tasks(Dataset<Row> claims, Dataset<Row> sources, Dataset<Row> sourceKeys) {
        Dataset<Row> sentClaims = broadcast(claims);
        Dataset<Row> withSource = sources.join(
                        sentClaims, sources.col("key").equalTo(sentClaims.col("key")), "left_outer")
                .select(sources.col("key"), col("path"), col("content"), col("claims"));
        Dataset<Row> withoutSource = claims.join(
                        sourceKeys, claims.col("key").equalTo(sourceKeys.col("key")), "left_anti")
                .select(
                        col("key"),
                        lit(null).cast("string").as("path"),
                        lit(null).cast("binary").as("content"),
                        col("claims"));
        return withSource.unionByName(withoutSource);
    }

    /**
     * Each task's source and claims ({@link Schemas#TASKS}), as {@link #tasks} makes them, where the
     * claims are too many to send to every task: claims and sources grouped by task together, so that
     * each moves once, where grouping the claims and then joining them to the sources moved the
     * claims twice. A task without a source, or without claims, is a row too.
     *
     * @param claims  each claim ({@code claim}, packed) with its task's key ({@code key})
     * @param sources each source row with the key of each of its tasks ({@code key})
     */
    private static Dataset<Row> cogrouped(Dataset<Row> claims, Dataset<Row> sources) {
        return byKey(sources.select(col("key"), col("path"), col("content")))
                .cogroup(
                        byKey(claims.select(col("key"), col("claim"))),
                        (CoGroupFunction<String, Row, Row, Row>) (task, source, cited) -> {
                            List<byte[]> packed = new ArrayList<>();
                            cited.forEachRemaining(claim -> packed.add(claim.getAs("claim")));
                            // one source row per path, so one per task
                            Row file = source.hasNext() ? source.next() : null;
                            // with its schema: Spark hands it to the check as it is, not read back by name
                            return List.<Row>of(new GenericRowWithSchema(
                                            new Object[] {
                                                task,
                                                file == null ? null : file.getString(1),
                                                file == null ? null : file.get(2),
                                                packed.isEmpty() ? null : packed.toArray()
                                            },
                                            Schemas.TASKS))
                                    .iterator();
                        },
                        Encoders.row(Schemas.TASKS));
    }

    /**
     * Rows grouped by their {@code key} column as it is: grouped by a function of each row instead
     * ({@code groupByKey}), Spark turned every row's key into a Java string and back, and moved it
     * as a column more, for every source and every claim.
     */
    private static KeyValueGroupedDataset<String, Row> byKey(Dataset<Row> rows) {
        return rows.groupBy("key").as(Encoders.STRING(), Encoders.row(rows.schema()));
    }

    /**
     * How the claims are laid out among tasks: the sources cited by more claims than one task checks,
     * each with the number of tasks to share them, and how many bytes all claims take packed. One
     * job: a roll-up gives each source's count and the total (the row of grouping level 1).
     */
    private Layout layoutOf(Dataset<Row> claims) {
        Map<String, Integer> counts = new HashMap<>();
        long bytes = 0;
        List<Row> rows = claims.rollup(col("source"))
                .agg(
                        count(lit(1)).as("count"),
                        sum(length(col("claim"))).as("bytes"),
                        grouping_id().as("level"))
                .filter(col("level").equalTo(1).or(col("count").gt(claimsPerTask)))
                .collectAsList();
        for (Row row : rows) {
            if (((Number) row.get(3)).intValue() == 1) {
                bytes = row.isNullAt(2) ? 0 : row.getLong(2);
            } else {
                counts.put(row.getString(0), (int) ((row.getLong(1) + claimsPerTask - 1) / claimsPerTask));
            }
        }
        return new Layout(new Buckets(counts), bytes);
    }

    /**
     * @param buckets    how the claims of each source are shared among tasks
     * @param claimBytes how many bytes all claims to check take packed
     */
    private record Layout(Buckets buckets, long claimBytes) {}

    private static Column[] columns(String[] names) {
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = col(names[i]);
        }
        return columns;
    }
}
