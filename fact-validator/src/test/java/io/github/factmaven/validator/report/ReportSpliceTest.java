package io.github.factmaven.validator.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.ReportLayout;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report written over the one before copies the parts of kept claims files and renders the
 * others: the bytes are those of the whole result rendered afresh.
 */
class ReportSpliceTest {

    @TempDir
    Path dir;

    @Test
    void theJsonReportCopiesKeptPartsAndEqualsTheReportOfTheWholeResult() throws IOException {
        Path file = dir.resolve("report.json");
        ReportLayout first = JsonReport.write(whole(before()), file, ReportLayout.NONE);
        assertArrayEquals(bytes(JsonReport.toJson(whole(before()))), Files.readAllBytes(file));
        assertEquals(3, first.parts().size());

        ReportLayout second = JsonReport.write(parted(), file, first);

        assertArrayEquals(bytes(JsonReport.toJson(whole(after()))), Files.readAllBytes(file));
        // the kept file after the changed one moved by as much as the changed one grew
        assertNotEquals(first.parts().get("claims/c.json"), second.parts().get("claims/c.json"));
        assertEquals(first.parts().get("claims/a.json"), second.parts().get("claims/a.json"));
        // and the layout written describes the new report: a third write copies all but b again
        JsonReport.write(parted(), file, second);
        assertArrayEquals(bytes(JsonReport.toJson(whole(after()))), Files.readAllBytes(file));
    }

    @Test
    void theJUnitReportCopiesKeptSuitesAndEqualsTheReportOfTheWholeResult() throws IOException {
        Path file = dir.resolve("TEST-claims.xml");
        ReportLayout first = JUnitReport.write(whole(before()), Optional.empty(), file, ReportLayout.NONE);
        assertArrayEquals(bytes(JUnitReport.toXml(whole(before()))), Files.readAllBytes(file));

        ReportLayout second = JUnitReport.write(parted(), Optional.empty(), file, first);

        assertArrayEquals(bytes(JUnitReport.toXml(whole(after()))), Files.readAllBytes(file));
        JUnitReport.write(parted(), Optional.empty(), file, second);
        assertArrayEquals(bytes(JUnitReport.toXml(whole(after()))), Files.readAllBytes(file));
    }

    @Test
    void theHtmlPageCopiesTheCardsOfKeptPartsThatListTheSameClaims() throws IOException {
        Path file = dir.resolve("report.html");
        ReportLayout first = HtmlReport.write(whole(before()), Optional.empty(), file, ReportLayout.NONE);
        assertArrayEquals(bytes(HtmlReport.toHtml(whole(before()))), Files.readAllBytes(file));

        // a and c list the same claims as before: their cards are copied, their claims never read
        HtmlReport.write(parted(), Optional.empty(), file, first);

        assertArrayEquals(bytes(HtmlReport.toHtml(whole(after()))), Files.readAllBytes(file));
    }

    @Test
    void aFileCheckedAgainInPartRendersOnlyTheStretchesOfCardsWhoseResultsChanged() throws IOException {
        Path file = dir.resolve("report.html");
        List<ClaimResult> before = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            before.add(verified("claims/m.json", 2 + 7 * i, "m-" + i, "CivilNet"));
        }
        ReportLayout first = HtmlReport.write(
                new CheckResult(before, List.of(), List.of(), 1), Optional.empty(), file, ReportLayout.NONE);
        // three cards marked in the page as it stands, one in each stretch of a hundred claims
        String marked = mark(Files.readString(file), 5, 105, 205);
        Files.writeString(file, marked);

        // a source changed under claim 130: its stretch is rendered, the two others copied as they stand
        List<ClaimResult> after = new ArrayList<>(before);
        after.set(
                130,
                before.get(130)
                        .append(
                                Status.QUOTE_MISMATCH,
                                new Diagnostic(
                                        new Location("claims/m.json", 912, 14), "quote: Kopyrkin\nsource: Koprikin")));
        HtmlReport.write(
                CheckResult.ofParts(
                        List.of(CheckResult.Part.checkedAgain("claims/m.json", after, new int[] {130})),
                        List.of(),
                        List.of(),
                        1,
                        List.of()),
                Optional.empty(),
                file,
                first);

        String fresh = HtmlReport.toHtml(new CheckResult(after, List.of(), List.of(), 1));
        assertEquals(mark(fresh, 5, 205), Files.readString(file));
    }

    @Test
    void aRewordedFileKeepsItsPartOfTheListsAndHasItsCardsRenderedAgain() throws IOException {
        Path json = dir.resolve("report.json");
        Path page = dir.resolve("report.html");
        ReportLayout listed = JsonReport.write(whole(before()), json, ReportLayout.NONE);
        ReportLayout shown = HtmlReport.write(whole(before()), Optional.empty(), page, ReportLayout.NONE);
        // b's entries marked in the report as it stands: copied, they keep the mark
        String marked = Files.readString(json).replace("\"b1-", "\"B1-");
        Files.writeString(json, marked);

        List<ClaimResult> reworded = new ArrayList<>();
        for (ClaimResult result : fileB(2)) {
            Claim claim = result.claim().orElseThrow();
            reworded.add(new ClaimResult(
                    result.id(),
                    result.location(),
                    result.status(),
                    result.diagnostics(),
                    result.warnings(),
                    result.diagnosis(),
                    Optional.of(new Claim(
                            claim.id(),
                            "a statement reworded",
                            claim.quote(),
                            claim.source(),
                            claim.offset(),
                            claim.outlet(),
                            claim.prefix(),
                            claim.suffix()))));
        }
        CheckResult after = CheckResult.ofParts(
                List.of(
                        kept("claims/a.json", fileA(), null),
                        CheckResult.Part.reworded("claims/b.json", reworded),
                        kept("claims/c.json", fileC(), null)),
                errors(),
                List.of(),
                3,
                List.of());
        JsonReport.write(after, json, listed);
        HtmlReport.write(after, Optional.empty(), page, shown);

        assertEquals(marked, Files.readString(json));
        String fresh = HtmlReport.toHtml(after);
        assertEquals(fresh, Files.readString(page));
        assertTrue(fresh.contains("a statement reworded"));
    }

    @Test
    void aPartCheckedAgainIsKeptBetweenItsChangedResults() {
        List<ClaimResult> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(verified("claims/t.json", 2 + 7 * i, "t-" + i, "CivilNet"));
        }
        CheckResult.Part part = CheckResult.Part.checkedAgain("claims/t.json", ten, new int[] {7, 3});
        assertEquals(
                List.of(true, false, true, false, true, false),
                List.of(
                        part.keptBetween(0, 3),
                        part.keptBetween(0, 4),
                        part.keptBetween(4, 7),
                        part.keptBetween(7, 8),
                        part.keptBetween(8, 10),
                        part.kept()));
        assertEquals(false, CheckResult.Part.checked("claims/t.json", ten).keptBetween(0, 1));
        assertEquals(true, kept("claims/t.json", ten, null).keptBetween(0, 10));
        assertThrows(
                IllegalArgumentException.class,
                () -> CheckResult.Part.checkedAgain("claims/t.json", ten, new int[] {10}));
    }

    /** The page with the ids of some claims' cards in upper case, their length unchanged. */
    private static String mark(String page, int... claims) {
        String marked = page;
        for (int claim : claims) {
            String id = ">m-" + claim + "</strong>";
            assertEquals(1, page.split(id, -1).length - 1, id);
            marked = marked.replace(id, ">M-" + claim + "</strong>");
        }
        return marked;
    }

    @Test
    void aLayoutThatNoLongerFitsTheReportIsNotCopiedFrom() throws IOException {
        Path file = dir.resolve("report.json");
        ReportLayout first = JsonReport.write(whole(before()), file, ReportLayout.NONE);
        Files.writeString(file, "{}"); // another writer's report, shorter than the layout says
        JsonReport.write(partedReadable(), file, first);
        assertArrayEquals(bytes(JsonReport.toJson(whole(after()))), Files.readAllBytes(file));
    }

    @Test
    void aResultOfPartsCountsAsTheWholeResult() {
        CheckResult parted = parted();
        CheckResult whole = whole(after());
        assertEquals(whole.summary(), parted.summary());
        assertEquals(whole.needingAttention(), parted.needingAttention());
        assertArrayEquals(whole.needingAttentionIndices(), parted.needingAttentionIndices());
        assertEquals(whole.tallyByOutlet(), parted.tallyByOutlet());
        assertEquals(whole.tallyByFile(), parted.tallyByFile());
        assertEquals(ConsoleReport.outcome(whole), ConsoleReport.outcome(parted));
        assertEquals(SarifReport.toJson(whole, Path.of(""), "test"), SarifReport.toJson(parted, Path.of(""), "test"));
    }

    /** Files a, b and c before b changed. */
    private static Map<String, List<ClaimResult>> before() {
        return Map.of("claims/a.json", fileA(), "claims/b.json", fileB(2), "claims/c.json", fileC());
    }

    private static Map<String, List<ClaimResult>> after() {
        return Map.of("claims/a.json", fileA(), "claims/b.json", fileB(5), "claims/c.json", fileC());
    }

    private static CheckResult whole(Map<String, List<ClaimResult>> files) {
        List<ClaimResult> claims = new ArrayList<>();
        for (String file : List.of("claims/a.json", "claims/b.json", "claims/c.json")) {
            claims.addAll(files.get(file));
        }
        return new CheckResult(claims, errors(), List.of(), 3);
    }

    /** The result after b changed, a and c kept: their claims are never read, so must be copied. */
    private static CheckResult parted() {
        return parted(() -> {
            throw new AssertionError("a kept part's claims were read");
        });
    }

    private static CheckResult partedReadable() {
        return parted(null);
    }

    private static CheckResult parted(Supplier<List<ClaimResult>> read) {
        return CheckResult.ofParts(
                List.of(
                        kept("claims/a.json", fileA(), read),
                        CheckResult.Part.checked("claims/b.json", fileB(5)),
                        kept("claims/c.json", fileC(), read)),
                errors(),
                List.of(),
                3,
                List.of());
    }

    private static CheckResult.Part kept(String file, List<ClaimResult> claims, Supplier<List<ClaimResult>> read) {
        CheckResult alone = new CheckResult(claims, List.of(), List.of(), 1);
        return CheckResult.Part.kept(
                file,
                claims.size(),
                alone.needingAttention(),
                alone.needingAttentionIndices(),
                alone.tallyByOutlet(),
                read == null ? () -> claims : read);
    }

    private static List<Problem> errors() {
        return List.of(new Problem(new Location("claims/c.json", 1, 1), "a problem of the whole file"));
    }

    private static List<ClaimResult> fileA() {
        return List.of(
                verified("claims/a.json", 2, "a1", "Azatutyun"), verified("claims/a.json", 9, "a2", "Azatutyun"));
    }

    /** A file of claims, some failed, some with a warning, ids in several scripts. */
    private static List<ClaimResult> fileB(int claims) {
        List<ClaimResult> results = new ArrayList<>();
        for (int i = 0; i < claims; i++) {
            ClaimResult verified = verified("claims/b.json", 2 + 7 * i, "b" + i + "-Ереван-😀", "Armenpress");
            if (i % 3 == 1) {
                results.add(verified.withWarnings(List.of(new Warning(
                        WarningKind.AMBIGUOUS_QUOTE, new Location("claims/b.json", 5 + 7 * i, 14), "occurs twice"))));
            } else if (i % 3 == 2) {
                results.add(verified.append(
                        Status.QUOTE_MISMATCH,
                        new Diagnostic(
                                new Location("claims/b.json", 5 + 7 * i, 14), "quote: Kopyrkin\nsource: Koprikin")));
            } else {
                results.add(verified);
            }
        }
        return results;
    }

    private static List<ClaimResult> fileC() {
        return List.of(verified("claims/c.json", 3, "c1 \"quoted\" <tag> & more", "CivilNet"));
    }

    private static ClaimResult verified(String file, int line, String id, String outlet) {
        Location at = new Location(file, line, 5);
        Claim claim = new Claim(
                id, "a statement", "a quote", "000.txt", OptionalInt.of(3), outlet, Optional.empty(), Optional.empty());
        return ClaimResult.verified(new LocatedClaim(claim, at, Map.of("quote", at)), List.of());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
