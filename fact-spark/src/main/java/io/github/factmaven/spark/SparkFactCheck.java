package io.github.factmaven.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

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
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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

    /** Ids used twice that are sent to every task rather than the claims sent to theirs; more are joined. */
    private static final long BROADCAST_IDS = 1_000_000;

    /** Groups of spellings known to be right. */
    private final List<Set<String>> acceptedVariants;

    /** A source cited by more claims is split among tasks. */
    private final int claimsPerTask;

    /** A check that accepts no spelling variants and splits a source among tasks past {@value #DEFAULT_CLAIMS_PER_TASK} claims. */
    public SparkFactCheck() {
        this(List.of(), DEFAULT_CLAIMS_PER_TASK);
    }

    private SparkFactCheck(List<Set<String>> acceptedVariants, int claimsPerTask) {
        this.acceptedVariants = acceptedVariants;
        this.claimsPerTask = claimsPerTask;
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
        return new SparkFactCheck(acceptedVariants, claimsPerTask);
    }

    /**
     * @param accepted groups of spellings known to be right, as {@link FactChecker#withAcceptedVariants} takes them
     * @return a check like this one that accepts these groups
     */
    public SparkFactCheck withAcceptedVariants(Collection<? extends Collection<String>> accepted) {
        return new SparkFactCheck(accepted.stream().map(Set::<String>copyOf).toList(), claimsPerTask);
    }

    /**
     * Checks a dataset folder as the plugin checks a project: with its sources registry, if it has
     * one, or with the warning that it has none.
     *
     * @param dataset the dataset folder
     * @return the results, the dataset-wide warnings, and the problems of whole files
     */
    public SparkCheckResult check(DatasetFolder dataset) {
        SparkCheckResult checked = check(dataset.claims(), dataset.sources(), new Registry(true, dataset.registry()));
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
        SparkSession spark = claims.sparkSession();
        // read and parsed once: every later step starts from here
        Dataset<Row> entries = ConformedRows.claims(claims.select(columns(Schemas.CLAIMS.fieldNames())))
                .localCheckpoint();
        // a source row without a path can be cited by no claim
        Dataset<Row> files = sources.select(columns(Schemas.SOURCES.fieldNames()))
                .filter(col("path").isNotNull());
        Encoder<Row> steps = Encoders.row(Schemas.STEPS);

        Dataset<Row> errors = entries.filter(col("entry").equalTo(Rows.FILE))
                .select(explode(col("problems")).as("problem"))
                .select(col("problem.*"));
        Dataset<Row> invalid = entries.filter(col("entry").equalTo(Rows.INVALID))
                .map(
                        (MapFunction<Row, Row>) row -> Rows.result(CheckInParts.invalid(Rows.invalidOf(row))),
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

        Buckets buckets = bucketsOf(toCheck);
        Dataset<Row> keyedClaims = toCheck.withColumn("key", buckets.claimKey());
        Dataset<Row> keyedSources = files.withColumn("key", explode(buckets.sourceKeys()));
        // checked once and kept as rows (not as a columnar cache, which is costly to build for them)
        Dataset<Row> bySource = claimsAndSourcesToTasks(keyedClaims, keyedSources, registry, steps)
                .localCheckpoint();

        Dataset<Row> checked = OtherSourceSearch.relocated(bySource, files, registry.bytes());
        Dataset<Row> results = invalid.unionByName(resultsOf(sameIds)).unionByName(checked);
        RegistryRows.Findings provenance = RegistryRows.of(registry.judged(), registry.bytes(), files);
        Dataset<Row> warnings = warningsOf(sameIds)
                .unionByName(warningsOf(bySource))
                .unionByName(provenance.warnings())
                .unionByName(
                        spark.createDataFrame(SpellingVariantRows.of(bySource, acceptedVariants), Schemas.WARNINGS));
        return new SparkCheckResult(results, warnings, errors.unionByName(provenance.errors()));
    }

    /** Claims and sources both moved, by key, to the task that checks them. */
    private static Dataset<Row> claimsAndSourcesToTasks(
            Dataset<Row> claims, Dataset<Row> sources, Registry registry, Encoder<Row> steps) {
        return claims.groupBy("key")
                .as(Encoders.STRING(), Encoders.row(claims.schema()))
                .cogroup(
                        sources.groupBy("key").as(Encoders.STRING(), Encoders.row(sources.schema())),
                        new SourceGroup(registry.bytes()),
                        steps);
    }

    /** The sources cited by more claims than one task checks, each with the number of tasks to share them. */
    private Buckets bucketsOf(Dataset<Row> claims) {
        Map<String, Integer> counts = new HashMap<>();
        claims.groupBy("source")
                .count()
                .filter(col("count").gt(claimsPerTask))
                .collectAsList()
                .forEach(row ->
                        counts.put(row.getString(0), (int) ((row.getLong(1) + claimsPerTask - 1) / claimsPerTask)));
        return new Buckets(counts);
    }

    private static Dataset<Row> resultsOf(Dataset<Row> steps) {
        return steps.filter(col("result").isNotNull()).select(col("result.*"));
    }

    private static Dataset<Row> warningsOf(Dataset<Row> steps) {
        return steps.filter(col("warning").isNotNull()).select(col("warning.*"));
    }

    private static Column[] columns(String[] names) {
        Column[] columns = new Column[names.length];
        for (int i = 0; i < names.length; i++) {
            columns[i] = col(names[i]);
        }
        return columns;
    }
}
