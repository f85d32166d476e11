package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimFix;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.FileFix;
import io.github.factmaven.validator.api.FixResult;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.report.ConsoleReport;
import io.github.factmaven.validator.report.HtmlReport;
import io.github.factmaven.validator.report.JUnitReport;
import io.github.factmaven.validator.report.JsonReport;
import io.github.factmaven.validator.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Any bytes at all as a claims file beside the example dataset's sources and registry: the check
 * never throws, its four reports are written and parse, and {@code fact:fix} followed by the check
 * finds the quote of every claim the fix says it fixed at its offset. The normal test run replays the corpus in
 * {@code src/test/resources/io/github/factmaven/validator/CheckFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * searches for new inputs (see the README).
 */
class CheckFuzzTest {

    private static final Set<Status> QUOTE_FAILURES = EnumSet.of(
            Status.MISSING_OFFSET,
            Status.OFFSET_MISMATCH,
            Status.QUOTE_MISMATCH,
            Status.IN_OTHER_SOURCE,
            Status.NOT_FOUND,
            Status.CONTEXT_MISMATCH);

    private static final Path EXAMPLE_SOURCES = Path.of("../examples/armenia-russia-2023/sources");

    /** The example's sources and registry, with the claims file given. */
    private static Path dataset(byte[] claims) throws IOException {
        Path project = Files.createTempDirectory("fuzzed-dataset");
        Path sources = Files.createDirectories(project.resolve("sources"));
        try (Stream<Path> files = Files.list(EXAMPLE_SOURCES)) {
            for (Path file : files.toList()) {
                Files.copy(file, sources.resolve(file.getFileName()));
            }
        }
        Files.write(Files.createDirectories(project.resolve("claims")).resolve("fuzzed.json"), claims);
        return project;
    }

    private static void delete(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void theCheckNeverThrowsAndItsReportsParse(byte[] claims) throws Exception {
        Path project = dataset(claims);
        try {
            Dataset dataset = Dataset.inDirectory(project);
            CheckResult result = new FactChecker().check(dataset);
            ConsoleReport.outcome(result);
            Path reports = project.resolve("target");
            JsonReport.write(result, reports.resolve("report.json"));
            SarifReport.write(result, project, "0", reports.resolve("report.sarif"));
            JUnitReport.write(result, reports.resolve("TEST-claims.xml"));
            HtmlReport.write(result, reports.resolve("report.html"));

            ObjectMapper json = new ObjectMapper();
            assertEquals(
                    result.claims().size(),
                    json.readTree(reports.resolve("report.json").toFile())
                            .get("claims")
                            .size());
            json.readTree(reports.resolve("report.sarif").toFile());
            DocumentBuilderFactory.newDefaultInstance()
                    .newDocumentBuilder()
                    .parse(reports.resolve("TEST-claims.xml").toFile());
        } finally {
            delete(project);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void whatTheFixSaysItFixedThenPassesTheCheck(byte[] claims) throws IOException {
        Path project = dataset(claims);
        try {
            Dataset dataset = Dataset.inDirectory(project);
            FixResult fix = FactFixer.offsetsAndTypography().fix(dataset);
            for (FileFix file : fix.files()) {
                file.write();
            }
            List<ClaimFix> fixed =
                    fix.claims().stream().filter(ClaimFix::changed).toList();
            Map<String, Status> statuses = new FactChecker()
                    .check(dataset).claims().stream()
                            .filter(claim -> claim.id().isPresent())
                            .collect(Collectors.toMap(claim -> claim.id().get(), ClaimResult::status, (a, b) -> a));
            for (ClaimFix claim : fixed) {
                // the quote is now at its offset; what the fix does not touch (an outlet the
                // registry disagrees with, say) may still fail the claim
                Status status = statuses.get(claim.id().orElseThrow());
                assertFalse(QUOTE_FAILURES.contains(status), claim + " is " + status);
            }
        } finally {
            delete(project);
        }
    }
}
