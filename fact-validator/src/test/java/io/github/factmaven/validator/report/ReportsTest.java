package io.github.factmaven.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.DifferenceKind;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {

    private static final Location CLAIM = new Location("claims/a.json", 3, 5);
    private static final Location QUOTE = new Location("claims/a.json", 6, 16);

    private static final CheckResult RESULT = new CheckResult(
            List.of(
                    new ClaimResult(
                            Optional.of("fine"), new Location("claims/a.json", 2, 5), Status.VERIFIED, List.of()),
                    new ClaimResult(
                            Optional.of("kopyrkin"),
                            CLAIM,
                            Status.QUOTE_MISMATCH,
                            List.of(new Diagnostic(
                                    QUOTE,
                                    "quote does not match sources/000.txt at offset 1821 (line 22, column 211)\n"
                                            + "  quote:  Kopyrkin\n  source: Koprikin"))),
                    new ClaimResult(
                            Optional.empty(),
                            new Location("claims/a.json", 9, 5),
                            Status.INVALID_CLAIM,
                            List.of(
                                    new Diagnostic(
                                            new Location("claims/a.json", 9, 5), "missing required member \"id\""),
                                    new Diagnostic(
                                            new Location("claims/a.json", 9, 30),
                                            "unknown member \"ide\" (allowed: ...)")))),
            List.of(new Problem(new Location("claims/b.json", 2, 14), "malformed JSON: Unexpected character")),
            List.of(),
            2);

    @Test
    void printableTextCannotForgeALogLine() {
        assertEquals("a\\n[INFO] BUILD SUCCESS", ConsoleReport.printable("a\n[INFO] BUILD SUCCESS"));
        assertEquals("id \\u202Egnp.exe", ConsoleReport.printable("id \u202Egnp.exe"));
        assertEquals("Pashinyan’s\u00A0claims 🇦🇲", ConsoleReport.printable("Pashinyan’s\u00A0claims 🇦🇲"));
    }

    @Test
    void consoleLinesNameFileLineColumnAndClaim() {
        assertEquals(
                List.of(
                        "claims/b.json:2:14: malformed JSON: Unexpected character",
                        "claims/a.json:6:16: [kopyrkin] quote does not match sources/000.txt at offset 1821 (line 22, column 211)",
                        "  quote:  Kopyrkin",
                        "  source: Koprikin",
                        "claims/a.json:9:5: [no id] missing required member \"id\"",
                        "claims/a.json:9:30: [no id] unknown member \"ide\" (allowed: ...)"),
                ConsoleReport.problemLines(RESULT));
        assertEquals(
                "3 claims: 1 verified, 2 failed: 1 quote differs from its source, 1 claim cannot be checked as it is (2"
                        + " claims files, 1 file error, 0 warnings)",
                ConsoleReport.summary(RESULT));
    }

    @Test
    void jsonReportCarriesTheFactsBehindAFailureAndTheWarnings() throws IOException {
        Diagnosis diagnosis = new Diagnosis(
                "sources/000.txt",
                OptionalInt.of(1821),
                List.of(new SourcePosition(1821, 22, 211)),
                40,
                Optional.of("a cause"),
                List.of(new Difference(
                        DifferenceKind.SUBSTANCE,
                        30,
                        "yr",
                        1851,
                        "ri",
                        "substance: the source has \"ri\" where the quote has \"yr\"")));
        Warning warning = new Warning(WarningKind.AMBIGUOUS_QUOTE, QUOTE, "quote occurs 2 times");
        CheckResult result = new CheckResult(
                List.of(
                        new ClaimResult(
                                Optional.of("kopyrkin"),
                                CLAIM,
                                Status.QUOTE_MISMATCH,
                                List.of(new Diagnostic(QUOTE, "quote differs")),
                                List.of(),
                                Optional.of(diagnosis),
                                Optional.empty()),
                        new ClaimResult(
                                Optional.of("twice"),
                                CLAIM,
                                Status.VERIFIED,
                                List.of(),
                                List.of(warning),
                                Optional.empty(),
                                Optional.empty())),
                List.of(),
                List.of(),
                1);

        JsonNode claims = new ObjectMapper().readTree(JsonReport.toJson(result)).get("claims");

        assertEquals(new ObjectMapper().readTree("""
                {"source": "sources/000.txt", "expectedOffset": 1821,
                 "found": [{"offset": 1821, "line": 22, "column": 211}], "passageLength": 40, "cause": "a cause",
                 "differences": [{"kind": "SUBSTANCE", "quoteIndex": 30, "quoteText": "yr", "sourceOffset": 1851,
                                  "sourceText": "ri",
                                  "description": "substance: the source has \\"ri\\" where the quote has \\"yr\\""}]}
                """), claims.get(0).get("details"));
        assertEquals(
                new ObjectMapper()
                        .readTree(
                                "[{\"kind\": \"AMBIGUOUS_QUOTE\", \"file\": \"claims/a.json\", \"line\": 6, \"column\": 16, \"message\": \"quote occurs 2 times\"}]"),
                claims.get(1).get("warnings"));
        assertTrue(claims.get(1).path("details").isMissingNode(), "no details for a verified claim");
        assertEquals(List.of("claims/a.json:6:16: [twice] quote occurs 2 times"), ConsoleReport.warningLines(result));
    }

    @Test
    void jsonReportHasSummaryClaimsAndFileErrors(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("target/fact-check/report.json");
        JsonReport.write(RESULT, file);

        JsonNode report = new ObjectMapper().readTree(file.toFile());
        assertEquals(
                new ObjectMapper()
                        .readTree(
                                "{\"claims\": 3, \"verified\": 1, \"failed\": 2, \"files\": 2, \"fileErrors\": 1, \"warnings\": 0,"
                                        + " \"quotes\": 1, \"incomplete\": 0, \"uncheckable\": 1}"),
                report.get("summary"));
        JsonNode kopyrkin = report.get("claims").get(1);
        assertEquals("kopyrkin", kopyrkin.get("id").asText());
        assertEquals("claims/a.json", kopyrkin.get("file").asText());
        assertEquals(6, kopyrkin.get("line").asInt());
        assertEquals(16, kopyrkin.get("column").asInt());
        assertEquals("QUOTE_MISMATCH", kopyrkin.get("status").asText());
        assertTrue(kopyrkin.get("message").asText().contains("  source: Koprikin"));
        assertEquals("VERIFIED", report.get("claims").get(0).get("status").asText());
        assertEquals("", report.get("claims").get(0).get("message").asText());
        assertTrue(report.get("claims").get(2).get("id").isNull());
        assertEquals(
                new ObjectMapper()
                        .readTree("[{\"file\": \"claims/b.json\", \"line\": 2, \"column\": 14, "
                                + "\"message\": \"malformed JSON: Unexpected character\"}]"),
                report.get("fileErrors"));
    }
}
