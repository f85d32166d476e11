package io.github.factmaven.benchmarks.spark;

import io.github.factmaven.spark.DatasetFolder;
import io.github.factmaven.spark.SparkCheckResult;
import io.github.factmaven.spark.SparkFactCheck;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * fact-spark against the library on the same data and cores, on data shaped like a news corpus:
 * many short sources (about 5 KB), two quotes each, sources as Parquet.
 *
 * <pre>
 * generate FOLDER CLAIMS   a dataset folder of CLAIMS claims over CLAIMS/2 sources, sources also as
 *                          FOLDER/sources.parquet; and FOLDER-hot: one source cited by CLAIMS claims
 * parquet  FOLDER CLAIMS   the Parquet tables of a generated folder written again
 * library  FOLDER -        FactChecker on the dataset folder, three times in one JVM
 * spark    FOLDER MASTER   SparkFactCheck on local[1] or local[2], three times after start-up
 *
 * -Dbench.runs=N checks N times in the JVM instead of three; -Dbench.broadcast=BYTES sends claims
 * that take at most BYTES to every task (SparkFactCheck#withBroadcastLimit). Both go in -Dbench.jvm
 * or -Dbench.jvm2.
 * hot      FOLDER N        SparkFactCheck on local[2] of FOLDER-hot, N claims per task
 * </pre>
 */
public final class SparkBench {

    private static final String[] WORDS = {
        "the", "minister", "said", "on", "Tuesday", "that", "talks", "with", "Moscow", "had", "been", "frank",
        "and", "the", "government", "would", "not", "leave", "alliance", "Yerevan", "officials", "told",
        "reporters", "in", "a", "statement", "Pashinyan", "Kopyrkin", "ambassador", "troops", "border",
        "peacekeepers", "\u2019s", "Armenia", "Russia", "security", "treaty", "said", "week", "Lavrov"
    };

    /** Checks in one JVM: the first compiles, the later ones tell the check's own time. */
    private static final int RUNS = Integer.getInteger("bench.runs", 3);

    /** The most bytes of claims sent to every task. */
    private static final long BROADCAST_LIMIT =
            Long.getLong("bench.broadcast", SparkFactCheck.DEFAULT_BROADCAST_LIMIT);

    private SparkBench() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> generate(folder, Integer.parseInt(args[2]));
            case "parquet" -> writeParquet(folder, Integer.parseInt(args[2]));
            case "library" -> library(folder);
            case "spark" -> spark(folder, args[2], SparkFactCheck.DEFAULT_CLAIMS_PER_TASK);
            case "hot" -> spark(Path.of(folder + "-hot"), "local[2]", Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    private static void generate(Path folder, int claims) throws IOException {
        Random random = new Random(42);
        int sources = claims / 2;
        List<String> entries = new ArrayList<>();
        for (int s = 0; s < sources; s++) {
            String name = String.format(Locale.ROOT, "%03d/%06d.txt", s % 1000, s);
            String text = article(random, 5000);
            write(folder.resolve("sources").resolve(name), text);
            for (int q = 0; q < 2; q++) {
                entries.add(quoting("c" + s + "-" + q, name, text, random));
            }
        }
        writeClaims(folder, entries);
        // one source that every claim cites, for the largest task's time
        Path hot = Path.of(folder + "-hot");
        String text = article(random, 200_000);
        write(hot.resolve("sources/hot.txt"), text);
        List<String> hotEntries = new ArrayList<>();
        for (int c = 0; c < claims; c++) {
            hotEntries.add(quoting("h" + c, "hot.txt", text, random));
        }
        writeClaims(hot, hotEntries);
        writeParquet(folder, claims);
    }

    /** The sources of a generated folder, and of its hot twin, as Parquet tables. */
    private static void writeParquet(Path folder, int claims) {
        Path hot = Path.of(folder + "-hot");
        try (SparkSession spark = session("local[2]")) {
            // files of at most about 128 MB, as a table compacted in a data lake holds them, and at
            // least one for each of 8 cores: one Parquet file per few dozen sources would make every
            // read of the table open hundreds of files
            DatasetFolder.of(spark, folder.toString()).sources()
                    .repartition(Math.max(8, (int) (claims / 2 * 5_000L >> 27)))
                    .write()
                    .mode("overwrite")
                    .parquet(folder.resolve("sources.parquet").toString());
            DatasetFolder.of(spark, hot.toString()).sources()
                    .coalesce(1)
                    .write()
                    .mode("overwrite")
                    .parquet(hot.resolve("sources.parquet").toString());
        }
    }

    private static void library(Path folder) throws IOException {
        for (int run = 1; run <= RUNS; run++) {
            long start = System.nanoTime();
            CheckResult result = new FactChecker().check(Dataset.inDirectory(folder));
            report("library", run, start, result.claims().size(), result.failures().size());
        }
    }

    private static void spark(Path folder, String master, int claimsPerTask) {
        long start = System.nanoTime();
        try (SparkSession spark = session(master)) {
            System.out.printf(Locale.ROOT, "start-up %s: %.1f s%n", master, (System.nanoTime() - start) / 1e9);
            for (int run = 1; run <= RUNS; run++) {
                long began = System.nanoTime();
                SparkCheckResult result = new SparkFactCheck()
                        .withClaimsPerTask(claimsPerTask)
                        .withBroadcastLimit(BROADCAST_LIMIT)
                        .check(
                                DatasetFolder.of(spark, folder.toString()).claims(),
                                spark.read().parquet(folder.resolve("sources.parquet").toString()));
                List<Row> counts = result.results()
                        .groupBy(result.results().col("status").equalTo("VERIFIED"))
                        .count()
                        .collectAsList();
                long claims = counts.stream().mapToLong(row -> row.getLong(1)).sum();
                long failed = counts.stream()
                        .filter(row -> !row.getBoolean(0))
                        .mapToLong(row -> row.getLong(1))
                        .sum();
                result.warnings().count();
                report(master + " " + claimsPerTask + "/task", run, began, claims, failed);
            }
        }
    }

    private static void report(String what, int run, long start, long claims, long failed) {
        double seconds = (System.nanoTime() - start) / 1e9;
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
        System.out.printf(
                Locale.ROOT,
                "%s run %d: %.2f s, %,d claims (%,d failed), %,.0f claims/s, heap %,d MB%n",
                what,
                run,
                seconds,
                claims,
                failed,
                claims / seconds,
                heap);
    }

    private static SparkSession session(String master) {
        SparkSession spark = SparkSession.builder()
                .master(master)
                .appName("fact-spark-bench")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "8")
                // -Dbench.events=DIR keeps Spark's event log there: how long each stage took
                .config("spark.eventLog.enabled", System.getProperty("bench.events") != null)
                .config("spark.eventLog.dir", System.getProperty("bench.events", "/tmp"))
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /** Words at random, about the given number of bytes, with a curly apostrophe now and then. */
    private static String article(Random random, int bytes) {
        StringBuilder text = new StringBuilder(bytes + 32);
        while (text.length() < bytes) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
        }
        return text.toString();
    }

    /** A claim quoting 6 to 14 words of the text at its offset; one in a hundred with the offset wrong. */
    private static String quoting(String id, String source, String text, Random random) {
        int start = text.indexOf(' ', random.nextInt(text.length() - 200)) + 1;
        int end = start;
        for (int words = 6 + random.nextInt(9); words > 0; words--) {
            end = text.indexOf(' ', end + 1);
        }
        String quote = text.substring(start, end).replace("\n", "\\n");
        int offset = text.codePointCount(0, start) + (random.nextInt(100) == 0 ? 3 : 0);
        return "{\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + quote + "\", \"source\": \""
                + source + "\", \"offset\": " + offset + ", \"outlet\": \"Newswire\"}";
    }

    private static void writeClaims(Path folder, List<String> entries) throws IOException {
        for (int from = 0, file = 0; from < entries.size(); from += 100, file++) {
            write(
                    folder.resolve(String.format(Locale.ROOT, "claims/%05d.json", file)),
                    "{\"claims\": [\n" + String.join(",\n", entries.subList(from, Math.min(entries.size(), from + 100)))
                            + "\n]}\n");
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
