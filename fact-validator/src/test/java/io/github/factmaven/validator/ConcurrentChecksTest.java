package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.internal.cache.CheckCache;
import io.github.factmaven.validator.report.HtmlReport;
import io.github.factmaven.validator.report.JUnitReport;
import io.github.factmaven.validator.report.JsonReport;
import io.github.factmaven.validator.report.SarifReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks of one dataset at once (a CI matrix, an IDE and a terminal): each finishes with correct
 * reports, and the cache they share stays one that a later check can use.
 */
class ConcurrentChecksTest {

    private static final Path EXAMPLE = Path.of("../examples/armenia-russia-2023");

    @TempDir
    Path project;

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private Map<String, byte[]> checkAndReport(Path reports) throws IOException {
        Dataset dataset = Dataset.inDirectory(project);
        CheckCache cache = CheckCache.load(project.resolve("target/fact-cache/check.bin"));
        CheckResult result = new FactChecker().withCache(cache).check(dataset);
        JsonReport.write(result, reports.resolve("report.json"));
        SarifReport.write(result, project, "1", reports.resolve("report.sarif"));
        JUnitReport.write(result, reports.resolve("TEST-claims.xml"));
        HtmlReport.write(result, reports.resolve("report.html"));
        cache.save();
        Map<String, byte[]> written = new TreeMap<>();
        for (String name : List.of("report.json", "report.sarif", "TEST-claims.xml", "report.html")) {
            written.put(name, Files.readAllBytes(reports.resolve(name)));
        }
        return written;
    }

    @Test
    void checksAtOnceEachWriteWholeReportsAndLeaveAUsableCache() throws Exception {
        copy(EXAMPLE.resolve("claims"), project.resolve("claims"));
        copy(EXAMPLE.resolve("sources"), project.resolve("sources"));
        Path reports = project.resolve("target/fact-check");
        Map<String, byte[]> alone = checkAndReport(Files.createDirectories(project.resolve("alone")));
        Files.delete(project.resolve("target/fact-cache/check.bin"));

        ExecutorService builds = Executors.newFixedThreadPool(4);
        try {
            List<Future<Map<String, byte[]>>> runs = new ArrayList<>();
            for (int run = 0; run < 12; run++) {
                runs.add(builds.submit(() -> {
                    try {
                        return checkAndReport(reports);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<Map<String, byte[]>> run : runs) {
                Map<String, byte[]> written = run.get();
                // what a run reads back is one whole report, the same as a check alone writes
                alone.forEach((name, bytes) -> assertArrayEquals(bytes, written.get(name), name));
            }
        } finally {
            builds.shutdown();
        }

        CheckCache cache = CheckCache.load(project.resolve("target/fact-cache/check.bin"));
        new FactChecker().withCache(cache).check(Dataset.inDirectory(project));
        assertEquals(35, cache.claimsReused());
        try (Stream<Path> left = Files.walk(project.resolve("target"))) {
            assertEquals(
                    List.of(),
                    left.filter(file -> file.toString().endsWith(".fact-tmp")).toList());
        }
    }
}
