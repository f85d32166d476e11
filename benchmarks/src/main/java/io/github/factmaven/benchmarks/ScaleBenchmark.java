package io.github.factmaven.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How the check scales: for datasets of growing size, the time to merely read every byte, the time
 * of a straightforward script ({@link NaiveScript}), and the library check, each in a JVM of its
 * own and measured side by side, best of a few rounds; then the incremental check of
 * {@code fact:check}, once with an empty cache and once more with nothing changed; last the
 * {@code fact:check} goal itself, run by {@code mvn} in the dataset's directory as a user runs it
 * (all reports written, JVM start included), also with an empty cache and then with nothing changed.
 * Prints figures and how each grows; asserts nothing about time.
 *
 * <p>System properties: {@code scale.sizes}, comma-separated {@code claims:sources:megabytes}
 * (default {@code 10000:10:10,100000:100:100,1000000:100:1000}); {@code scale.rounds} (default 3);
 * {@code scale.directory}, where datasets are generated once and kept (default
 * {@code target/scale}); {@code scale.pluginVersion}, the version of the plugin to run (installed
 * in the local repository), without which the goal is not measured.
 */
public final class ScaleBenchmark {

    private static final double FAILING_SHARE = 0.01;
    /** The summary fact:check logs, with the number of failed claims. */
    private static final Pattern SUMMARY =
            Pattern.compile("Fact check: [\\d,]+ claims: [\\d,]+ verified, ([\\d,]+) failed");

    private ScaleBenchmark() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Path directory = Path.of(System.getProperty("scale.directory", "target/scale"));
        int rounds = Integer.getInteger("scale.rounds", 3);
        List<ScaleDataset> sizes = Arrays.stream(
                        System.getProperty("scale.sizes", "10000:10:10,100000:100:100,1000000:100:1000")
                                .split(","))
                .map(ScaleBenchmark::size)
                .toList();
        System.out.printf(
                Locale.ROOT,
                "fact-maven scale benchmark: %s %s, %d cores, best of %d rounds%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                rounds);
        System.out.printf(
                Locale.ROOT,
                "%n%9s %8s %7s | %8s %8s %8s | %6s %6s | %10s %7s | %6s %6s %6s | %8s %8s" + " | %8s %8s%n",
                "claims",
                "sources",
                "MB",
                "read s",
                "naive s",
                "check s",
                "/read",
                "naive/",
                "claims/s",
                "MB/s",
                "heap",
                "kept",
                "naive",
                "cache s",
                "again s",
                "goal s",
                "again s");
        List<Row> rows = new ArrayList<>();
        for (ScaleDataset size : sizes) {
            long generating = System.nanoTime();
            Path dataset = size.writeTo(directory.resolve(size.name()));
            long megabytes = megabytes(dataset);
            if (System.nanoTime() - generating > 1_000_000_000L) {
                System.out.printf(
                        Locale.ROOT, "(generated %s in %.0f s)%n", dataset, (System.nanoTime() - generating) / 1e9);
            }
            Row row = measure(size, dataset, megabytes, rounds);
            rows.add(row);
            row.print();
        }
        growth(rows);
    }

    private static ScaleDataset size(String spec) {
        String[] parts = spec.trim().split(":");
        int claims = Integer.parseInt(parts[0]);
        return new ScaleDataset(
                claims,
                Math.max(1, Math.min(100, claims / 100)),
                Integer.parseInt(parts[1]),
                Long.parseLong(parts[2]) * 1_000_000L,
                FAILING_SHARE);
    }

    private static Row measure(ScaleDataset size, Path dataset, long megabytes, int rounds)
            throws IOException, InterruptedException {
        run("read", dataset, "-Xmx1g"); // brings the files into the page cache, as a second build finds them
        Result read = null;
        Result naive = null;
        Result library = null;
        for (int round = 0; round < rounds; round++) {
            read = Result.best(read, run("read", dataset, "-Xmx1g"));
            naive = Result.best(naive, run("naive", dataset, "-Xmx8g"));
            library = Result.best(library, run("library", dataset, "-Xmx1g"));
        }
        deleteTree(dataset.resolve(ScaleTask.CACHE).getParent());
        Result cold = run("incremental", dataset, "-Xmx1g");
        Result unchanged = run("incremental", dataset, "-Xmx1g");
        List<Result> results = new ArrayList<>(List.of(naive, library, cold, unchanged));
        Result goal = null;
        Result goalUnchanged = null;
        String pluginVersion = System.getProperty("scale.pluginVersion");
        if (pluginVersion != null) {
            Files.writeString(dataset.resolve("pom.xml"), pom(pluginVersion));
            deleteTree(dataset.resolve("target/fact-cache"));
            goal = goal(dataset);
            goalUnchanged = goal(dataset);
            results.addAll(List.of(goal, goalUnchanged));
        }
        for (Result result : results) {
            if (result.failing() != size.failing()) {
                throw new IllegalStateException(
                        "expected " + size.failing() + " failing claims, found " + result.failing() + ": " + result);
            }
        }
        return new Row(size, megabytes, read, naive, library, cold, unchanged, goal, goalUnchanged);
    }

    /** A dataset project as a user writes it, the plugin bound to verify. */
    private static String pom(String pluginVersion) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.factmaven.benchmarks</groupId>
                  <artifactId>scale-dataset</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.factmaven</groupId>
                        <artifactId>fact-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals>
                              <goal>check</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(pluginVersion);
    }

    /**
     * Runs {@code mvn verify} in the dataset's directory, with a 1 GB heap and the build kept going
     * past failing claims; its heap is not known, and reported as 0.
     */
    private static Result goal(Path dataset) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("mvn", "-B", "-Dfact.failOnError=false", "verify")
                .directory(dataset.toFile())
                .redirectErrorStream(true);
        builder.environment().put("MAVEN_OPTS", "-Xmx1g");
        long start = System.nanoTime();
        Process process = builder.start();
        long failing = -1;
        List<String> log = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                log.add(line);
                Matcher summary = SUMMARY.matcher(line);
                if (summary.find()) {
                    failing = Long.parseLong(summary.group(1).replace(",", ""));
                }
            }
        }
        if (process.waitFor() != 0 || failing < 0) {
            log.forEach(System.err::println);
            throw new IllegalStateException(
                    "mvn verify in " + dataset + " failed with exit code " + process.exitValue());
        }
        return new Result((System.nanoTime() - start) / 1_000_000, 0, 0, failing);
    }

    private static void deleteTree(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Result run(String task, Path dataset, String heap) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(
                        java,
                        heap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        ScaleTask.class.getName(),
                        task,
                        dataset.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        Result result = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    String[] fields = line.split(" ");
                    result = new Result(
                            Long.parseLong(fields[2]),
                            Long.parseLong(fields[3]),
                            Long.parseLong(fields[4]),
                            Long.parseLong(fields[5]));
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException(task + " on " + dataset + " failed with exit code " + process.exitValue());
        }
        return result;
    }

    private static long megabytes(Path dataset) throws IOException {
        try (Stream<Path> files =
                Stream.concat(Files.walk(dataset.resolve("claims")), Files.walk(dataset.resolve("sources")))) {
            return files.filter(Files::isRegularFile)
                            .mapToLong(file -> file.toFile().length())
                            .sum()
                    / 1_000_000;
        }
    }

    private static void growth(List<Row> rows) {
        for (int i = 1; i < rows.size(); i++) {
            Row small = rows.get(i - 1);
            Row large = rows.get(i);
            System.out.printf(
                    Locale.ROOT,
                    "%n%,d -> %,d claims, %,d -> %,d MB: data x%.1f, check time x%.1f, "
                            + "script time x%.1f, heap kept x%.1f",
                    small.size().claims(),
                    large.size().claims(),
                    small.megabytes(),
                    large.megabytes(),
                    (double) large.megabytes() / small.megabytes(),
                    (double) large.library().millis() / small.library().millis(),
                    (double) large.naive().millis() / small.naive().millis(),
                    (double) large.library().retainedMegabytes()
                            / small.library().retainedMegabytes());
        }
        System.out.println();
    }

    /**
     * One measurement: wall time, the most heap in use at once and after a collection (see
     * {@link HeapWatch}), and how many claims failed.
     */
    record Result(long millis, long heapMegabytes, long retainedMegabytes, long failing) {
        static Result best(Result best, Result next) {
            return best == null || next.millis() < best.millis() ? next : best;
        }
    }

    record Row(
            ScaleDataset size,
            long megabytes,
            Result read,
            Result naive,
            Result library,
            Result cold,
            Result unchanged,
            Result goal,
            Result goalUnchanged) {
        void print() {
            double seconds = library.millis() / 1000.0;
            System.out.printf(
                    Locale.ROOT,
                    "%,9d %8d %,7d | %8.2f %8.2f %8.2f | %5.1fx %5.1fx | %,10.0f %7.0f"
                            + " | %5dM %5dM %5dM | %8.2f %8.2f | %8s %8s%n",
                    size.claims(),
                    size.sources(),
                    megabytes,
                    read.millis() / 1000.0,
                    naive.millis() / 1000.0,
                    seconds,
                    library.millis() / (double) Math.max(1, read.millis()),
                    naive.millis() / (double) library.millis(),
                    size.claims() / seconds,
                    megabytes / seconds,
                    library.heapMegabytes(),
                    library.retainedMegabytes(),
                    naive.heapMegabytes(),
                    cold.millis() / 1000.0,
                    unchanged.millis() / 1000.0,
                    seconds(goal),
                    seconds(goalUnchanged));
        }

        private static String seconds(Result result) {
            return result == null ? "-" : String.format(Locale.ROOT, "%.2f", result.millis() / 1000.0);
        }
    }
}
