package io.github.factmaven.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Problem;
import io.github.factmaven.spark.internal.Rows;
import io.github.factmaven.spark.internal.WarningOrder;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.report.ConsoleReport;
import io.github.factmaven.validator.report.HtmlReport;
import io.github.factmaven.validator.report.JUnitReport;
import io.github.factmaven.validator.report.JsonReport;
import io.github.factmaven.validator.report.SarifReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The check of a dataset folder as a Spark application, for {@code spark-submit}, an Amazon EMR step
 * or a Databricks JAR task: the results, warnings and errors written as Parquet, the problems and
 * the counts printed as the plugin prints them, the four reports written on the driver, and a
 * non-zero exit when a claim fails, as a build fails.
 *
 * <pre>
 * spark-submit --class io.github.factmaven.spark.FactCheckJob fact-spark.jar \
 *     s3://bucket/my-dataset s3://bucket/checks/2026-12-02 [--reports DIR] [--claims-per-task N] [--report-limit N]
 * </pre>
 */
public final class FactCheckJob {

    /** The most claims the four reports are written for: the driver holds every result for them. */
    public static final int DEFAULT_REPORT_LIMIT = 200_000;

    /** Problem lines printed at most; the rest are in the Parquet results. */
    private static final int PRINTED = 1_000;

    private static final String USAGE = "usage: FactCheckJob DATASET OUTPUT [--reports DIR] [--claims-per-task N]"
            + " [--report-limit N]\n"
            + "  DATASET  a dataset folder (claims/, sources/) on any file system Spark reads\n"
            + "  OUTPUT   where results/, warnings/ and errors/ are written as Parquet\n"
            + "  --reports DIR         where the driver writes report.json, report.sarif, junit.xml and report.html"
            + " (default fact-check-reports)\n"
            + "  --claims-per-task N   a source cited by more claims is shared among tasks (default "
            + SparkFactCheck.DEFAULT_CLAIMS_PER_TASK + ")\n"
            + "  --report-limit N      the reports are written for up to N claims (default "
            + DEFAULT_REPORT_LIMIT + ")";

    private FactCheckJob() {}

    /**
     * Runs the check and exits: 0 when every claim is verified, 1 when one fails or a file cannot be
     * read, 2 when the arguments are wrong or the dataset cannot be read or the results written.
     *
     * @param args the dataset, the output, and options
     */
    public static void main(String[] args) {
        int status;
        try {
            // not stopped here: a platform's shared session (Databricks) outlives the job, and
            // spark-submit stops its own as the JVM exits
            status = run(args, SparkSession.builder().appName("fact-check").getOrCreate(), System.out);
        } catch (Exception e) {
            // a dataset folder that does not exist, an output that cannot be written: Spark's words,
            // without its stack trace
            System.out.println("fact-check: cannot check: " + e.getMessage());
            status = 2;
        }
        if (System.getenv("DATABRICKS_RUNTIME_VERSION") != null) {
            // a Databricks JAR task fails by an exception; System.exit would end the cluster's driver
            if (status != 0) {
                throw new IllegalStateException("fact-check failed with status " + status + ": see the lines above");
            }
            return;
        }
        System.exit(status);
    }

    /**
     * @param args  the dataset, the output, and options
     * @param spark the session
     * @param out   where the problems and counts are printed
     * @return the exit status: 0 passed, 1 failed, 2 wrong arguments
     */
    public static int run(String[] args, SparkSession spark, PrintStream out) {
        Optional<Arguments> parsed = Arguments.parse(args);
        if (parsed.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        Arguments arguments = parsed.get();
        DatasetFolder dataset = DatasetFolder.of(spark, arguments.dataset());
        SparkCheckResult checked = new SparkFactCheck()
                .withClaimsPerTask(arguments.claimsPerTask())
                .check(dataset);
        String output = arguments.output().replaceAll("/+$", "");
        checked.results().write().mode("overwrite").parquet(output + "/results");
        checked.warnings().write().mode("overwrite").parquet(output + "/warnings");
        checked.errors().write().mode("overwrite").parquet(output + "/errors");
        // read back what was written, rather than check again
        Dataset<Row> results = spark.read().parquet(output + "/results");
        Dataset<Row> warnings = spark.read().parquet(output + "/warnings");
        Dataset<Row> fileErrors = spark.read().parquet(output + "/errors");
        List<Problem> errors = new ArrayList<>();
        fileErrors.collectAsList().forEach(row -> errors.add(Rows.problemOf(row)));

        CheckResult.Summary summary = summary(results, warnings, fileErrors);
        boolean reported = summary.claims() <= arguments.reportLimit();
        CheckResult shown = reported
                ? everything(results, warnings, errors, dataset.claims(), summary.files())
                : failures(results, warnings, errors, summary.files());
        List<String> problems = ConsoleReport.problemLines(shown);
        problems.stream().limit(PRINTED).forEach(out::println);
        if (problems.size() > PRINTED) {
            out.printf("... and %,d more lines: every result is in %s/results%n", problems.size() - PRINTED, output);
        }
        ConsoleReport.warningLines(shown).stream().limit(PRINTED).forEach(out::println);
        out.println(ConsoleReport.summary(summary));
        if (reported) {
            writeReports(shown, Path.of(arguments.reports()), out);
        } else {
            out.printf(
                    "the reports are written for up to %,d claims (--report-limit), and this check has %,d:"
                            + " every result is in %s/results%n",
                    arguments.reportLimit(), summary.claims(), output);
        }
        return summary.failed() == 0 && errors.isEmpty() ? 0 : 1;
    }

    /** The counts of everything, as the plugin's summary says them, counted by Spark. */
    private static CheckResult.Summary summary(Dataset<Row> results, Dataset<Row> warnings, Dataset<Row> fileErrors) {
        Map<Status.Trouble, Long> byTrouble = new EnumMap<>(Status.Trouble.class);
        long claims = 0;
        for (Row row : results.groupBy("status").count().collectAsList()) {
            byTrouble.merge(Status.valueOf(row.getString(0)).trouble(), row.getLong(1), Long::sum);
            claims += row.getLong(1);
        }
        Row ofClaims = results.agg(sum(size(col("warnings")))).first();
        long claimWarnings = ofClaims.isNullAt(0) ? 0 : ofClaims.getLong(0);
        // the claims files read: those with entries, and those that could not be read
        long files = results.select("file")
                .union(fileErrors.select("file"))
                .distinct()
                .count();
        long verified = byTrouble.getOrDefault(Status.Trouble.NONE, 0L);
        return new CheckResult.Summary(
                (int) claims,
                (int) verified,
                (int) (claims - verified),
                (int) files,
                (int) fileErrors.count(),
                // groups of claims that share an id or a span are counted by their members' results
                (int) (warnings.filter(col("shared").isNull()).count() + claimWarnings),
                byTrouble.getOrDefault(Status.Trouble.QUOTE, 0L).intValue(),
                byTrouble.getOrDefault(Status.Trouble.COMPLETION, 0L).intValue(),
                byTrouble.getOrDefault(Status.Trouble.UNCHECKABLE, 0L).intValue());
    }

    /** Every result, with its claim, for the reports: as the plugin has them. */
    private static CheckResult everything(
            Dataset<Row> results, Dataset<Row> warnings, List<Problem> errors, Dataset<Row> claims, int files) {
        Map<String, Claim> byPlace = new HashMap<>();
        claims.filter(col("entry").equalTo(Rows.CLAIM)).collectAsList().forEach(row -> {
            Claim claim = Rows.claimOf(row).claim();
            byPlace.put(place(row), claim);
        });
        List<ClaimResult> all = new ArrayList<>();
        results.orderBy("file", "line", "column")
                .collectAsList()
                .forEach(row -> all.add(Rows.resultOf(row, Optional.ofNullable(byPlace.get(place(row))))));
        return result(all, warnings, errors, files);
    }

    /** The failed claims and those with warnings: what the problem and warning lines show. */
    private static CheckResult failures(Dataset<Row> results, Dataset<Row> warnings, List<Problem> errors, int files) {
        List<ClaimResult> shown = new ArrayList<>();
        results.filter(col("status")
                        .notEqual(Status.VERIFIED.name())
                        .or(size(col("warnings")).gt(0)))
                .orderBy("file", "line", "column")
                .limit(PRINTED)
                .collectAsList()
                .forEach(row -> shown.add(Rows.resultOf(row, Optional.empty())));
        return result(shown, warnings, errors, files);
    }

    private static CheckResult result(
            List<ClaimResult> claims, Dataset<Row> warnings, List<Problem> errors, int files) {
        List<Row> datasetRows = new ArrayList<>();
        List<ClaimGroup> groups = new ArrayList<>();
        for (Row row : warnings.collectAsList()) {
            Rows.groupOf(row).ifPresentOrElse(groups::add, () -> datasetRows.add(row));
        }
        // a cluster gathers them in no order; the reports list them as the plugin does
        datasetRows.sort(WarningOrder.WARNINGS);
        groups.sort(WarningOrder.GROUPS);
        List<Warning> dataset = datasetRows.stream().map(Rows::warningOf).toList();
        return new CheckResult(claims, errors, dataset, files, groups);
    }

    private static void writeReports(CheckResult result, Path folder, PrintStream out) {
        try {
            JsonReport.write(result, folder.resolve("report.json"));
            SarifReport.write(result, Path.of(""), "fact-spark", folder.resolve("report.sarif"));
            JUnitReport.write(result, folder.resolve("junit.xml"));
            HtmlReport.write(result, folder.resolve("report.html"));
            out.println("reports written to " + folder.toAbsolutePath());
        } catch (IOException e) {
            out.println("cannot write the reports to " + folder.toAbsolutePath() + ": " + e);
        }
    }

    private static String place(Row row) {
        return row.getAs("file") + ":" + row.getAs("line") + ":" + row.getAs("column");
    }

    /**
     * The job's arguments.
     *
     * @param dataset       the dataset folder
     * @param output        where the tables are written
     * @param reports       where the driver writes the reports
     * @param claimsPerTask a source cited by more claims is shared among tasks
     * @param reportLimit   the reports are written for up to this many claims
     */
    record Arguments(String dataset, String output, String reports, int claimsPerTask, int reportLimit) {

        static Optional<Arguments> parse(String[] args) {
            List<String> positional = new ArrayList<>();
            String reports = "fact-check-reports";
            int claimsPerTask = SparkFactCheck.DEFAULT_CLAIMS_PER_TASK;
            int reportLimit = DEFAULT_REPORT_LIMIT;
            try {
                for (int i = 0; i < args.length; i++) {
                    switch (args[i]) {
                        case "--reports" -> reports = args[++i];
                        case "--claims-per-task" -> claimsPerTask = positive(args[++i]);
                        case "--report-limit" -> reportLimit = Math.max(0, Integer.parseInt(args[++i]));
                        default -> {
                            if (args[i].startsWith("--")) {
                                return Optional.empty();
                            }
                            positional.add(args[i]);
                        }
                    }
                }
            } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException e) {
                return Optional.empty();
            }
            return positional.size() == 2
                    ? Optional.of(
                            new Arguments(positional.get(0), positional.get(1), reports, claimsPerTask, reportLimit))
                    : Optional.empty();
        }

        private static int positive(String number) {
            int value = Integer.parseInt(number);
            if (value < 1) {
                throw new IllegalArgumentException(number);
            }
            return value;
        }
    }
}
