package io.github.factmaven.benchmarks;

import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.IncrementalCheck;
import io.github.factmaven.validator.api.Dataset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One measurement, run in a JVM of its own so that each starts with the same empty heap and its
 * peak heap is its own: {@code read} (only read every byte), {@code naive} ({@link NaiveScript}),
 * {@code library} ({@link FactChecker}) or {@code incremental} ({@link IncrementalCheck}, as
 * {@code fact:check} runs it, without reports). Prints one line that {@link ScaleBenchmark} parses.
 */
final class ScaleTask {

    /** Where the incremental check keeps its cache, as fact:check does. */
    static final String CACHE = "target/fact-cache/check.bin";

    private ScaleTask() {}

    public static void main(String[] args) throws IOException {
        String task = args[0];
        Path dataset = Path.of(args[1]);
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        long failing = switch (task) {
            case "read" -> readEveryByte(dataset);
            case "naive" -> NaiveScript.failing(dataset);
            case "library" ->
                new FactChecker().check(Dataset.inDirectory(dataset)).failures().size();
            case "incremental" -> {
                IncrementalCheck.Told told = new IncrementalCheck(new FactChecker(), dataset.resolve(CACHE))
                        .check(Dataset.inDirectory(dataset), "", List.of());
                yield told.result()
                        .map(result -> result.failures().size())
                        .orElse(told.digest().failures().size());
            }
            default -> throw new IllegalArgumentException("unknown task " + task);
        };
        long nanos = System.nanoTime() - start;
        System.out.printf(
                Locale.ROOT,
                "RESULT %s %d %d %d %d%n",
                task,
                nanos / 1_000_000,
                heap.peak() >> 20,
                heap.retained() >> 20,
                failing);
    }

    /** Reads every claims and source file, in parallel as the check does; returns 0 failing claims. */
    private static long readEveryByte(Path dataset) throws IOException {
        try (Stream<Path> files =
                Stream.concat(Files.walk(dataset.resolve("claims")), Files.walk(dataset.resolve("sources")))) {
            long bytes = files.filter(Files::isRegularFile).toList().parallelStream()
                    .mapToLong(file -> {
                        try {
                            return Files.readAllBytes(file).length;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .sum();
            return bytes < 0 ? -1 : 0;
        }
    }
}
