package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.cache.InputManifest;
import io.github.factmaven.validator.internal.cache.LastCheck;
import io.github.factmaven.validator.internal.cache.Segments;
import io.github.factmaven.validator.internal.cache.SegmentsFile;
import io.github.factmaven.validator.report.ConsoleReport;
import io.github.factmaven.validator.report.HtmlReport;
import io.github.factmaven.validator.report.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incremental check in one call, as the library's users and {@code fact:check} run it. */
class IncrementalCheckTest {

    private static final String TEXT = "Russian ambassador Sergei Kopyrkin was summoned on October 24.";
    private static final String SETTINGS = "maxQuoteLength 10000";

    @TempDir
    Path project;

    private TestDataset dataset;
    private Path cacheFile;
    private Path report;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void createDataset() throws IOException {
        dataset = new TestDataset(project);
        cacheFile = project.resolve("target/fact-cache/check.bin");
        report = project.resolve("target/fact-check/report.json");
        dataset.source("a.txt", TEXT);
        dataset.claims(
                "one.json",
                claim("summoned", "Kopyrkin was summoned", "a.txt", 26),
                claim("typo", "Sergei Kopyrkin wsa", "a.txt", 19));
        TestDataset.settle(project);
    }

    private IncrementalCheck.Told check() throws IOException {
        return new IncrementalCheck(new FactChecker(), cacheFile)
                .withNotices(notices::add)
                .check(
                        Dataset.inDirectory(project),
                        SETTINGS,
                        List.of(new IncrementalCheck.Report(report, result -> JsonReport.write(result, report))));
    }

    @Test
    void aSecondCheckWithNothingChangedTellsTheFirstOnesResultWithoutCheckingOrWriting() throws IOException {
        IncrementalCheck.Told first = check();
        String written = Files.readString(report);
        FileTime reportTime = Files.getLastModifiedTime(report);

        IncrementalCheck.Told second = check();

        assertTrue(first.result().isPresent());
        assertFalse(first.outcome().passed());
        assertTrue(second.result().isEmpty(), "the last result stands");
        assertEquals(first.outcome(), second.outcome());
        assertEquals(first.digest(), second.digest());
        assertEquals(2, second.claimsReused());
        assertEquals(0, second.sourcesRead());
        assertEquals(written, Files.readString(report));
        assertEquals(reportTime, Files.getLastModifiedTime(report));
        assertEquals(List.of(), notices);
    }

    @Test
    void aChangedClaimsFileIsCheckedAgainWithWhatTheCacheKnows() throws IOException {
        check();
        dataset.claims(
                "one.json",
                claim("summoned", "Kopyrkin was summoned", "a.txt", 26),
                claim("typo", "Sergei Kopyrkin was", "a.txt", 19));
        TestDataset.settle(project);

        IncrementalCheck.Told again = check();

        assertTrue(again.outcome().passed(), again.outcome().problemLines().toString());
        assertEquals(1, again.claimsReused());
        assertEquals(1, again.sourcesRead());
        assertTrue(Files.readString(report).contains("\"VERIFIED\""));
    }

    @Test
    void aChangedClaimsFileIsCheckedAloneAndEveryOtherFilesPartIsKept() throws IOException {
        dataset.claims("two.json", claim("kopyrkin", "Sergei Kopyrkin", "a.txt", 19));
        dataset.claims("three.json", claim("october", "October 24", "a.txt", 51));
        TestDataset.settle(project);
        check();
        dataset.claims("two.json", claim("kopyrkin", "Sergei Kopyrkin wss", "a.txt", 19));
        settle("two.json");

        IncrementalCheck.Told again = check();

        assertEquals(
                List.of("claims/one.json kept", "claims/three.json kept", "claims/two.json checked"),
                keptOrChecked(again));
        assertEquals(3, again.claimsReused(), "two kept, and the unchanged claim of two.json from the cache");
        assertEquals(
                Files.readString(report), JsonReport.toJson(new FactChecker().check(Dataset.inDirectory(project))));
    }

    /**
     * Files checked just after they were written are hashed, their times being too recent to vouch
     * for their bytes; at the next check, once the times can, they are hashed once more, to compare,
     * and from then on trusted by their state, as every other file is; an edit of one claims file
     * still checks it alone.
     */
    @Test
    void filesCheckedJustAfterTheyWereWrittenAreTrustedByTheirStateOnceItCanVouch()
            throws IOException, InterruptedException {
        dataset.source("a.txt", TEXT);
        dataset.claims("two.json", claim("kopyrkin", "Sergei Kopyrkin", "a.txt", 19));
        dataset.claims("three.json", claim("october", "October 24", "a.txt", 51));
        check();
        Path record = cacheFile.resolveSibling("last-check.bin");
        assertTrue(LastCheck.load(record)
                .orElseThrow()
                .inputs()
                .files()
                .get("sources:a.txt")
                .sha256()
                .isPresent());
        Thread.sleep(2_100); // past the time within which a file's timestamp may not show an edit, on any file system

        dataset.claims("two.json", claim("kopyrkin", "Sergei Kopyrkin wss", "a.txt", 19));
        settle("two.json");
        IncrementalCheck.Told again = check();

        assertEquals(
                List.of("claims/one.json kept", "claims/three.json kept", "claims/two.json checked"),
                keptOrChecked(again));
        assertEquals(
                Files.readString(report), JsonReport.toJson(new FactChecker().check(Dataset.inDirectory(project))));
        Map<String, InputManifest.FileState> recorded =
                LastCheck.load(record).orElseThrow().inputs().files();
        assertEquals(Optional.empty(), recorded.get("sources:a.txt").sha256());
        assertEquals(Optional.empty(), recorded.get("claims:three.json").sha256());
        assertTrue(check().result().isEmpty(), "nothing changed since");
    }

    @Test
    void aFileSavedAgainAsItWasLeavesTheReportsAsTheyWereWritten() throws IOException {
        dataset.claims("two.json", claim("kopyrkin", "Sergei Kopyrkin", "a.txt", 19));
        TestDataset.settle(project);
        check();
        // a report written again is a new file renamed over the old one
        Object written = Files.readAttributes(report, BasicFileAttributes.class).fileKey();
        Path two = project.resolve("claims/two.json");
        Files.writeString(two, Files.readString(two) + "\n");
        settle("two.json");

        IncrementalCheck.Told again = check();

        assertEquals(
                List.of("claims/one.json kept", "claims/two.json kept"),
                keptOrChecked(again),
                "checked again, and found as it was");
        assertEquals(
                written, Files.readAttributes(report, BasicFileAttributes.class).fileKey(), "not written again");
        assertEquals(
                JsonReport.toJson(new FactChecker().check(Dataset.inDirectory(project))), Files.readString(report));

        // a statement reworded: the page shows it, so the reports are written again, report.json
        // copying the file's part
        Files.writeString(two, Files.readString(two).replace("\"statement\": \"s\"", "\"statement\": \"reworded\""));
        settle("two.json");
        assertEquals(
                List.of("claims/one.json kept", "claims/two.json kept in the lists"),
                check().result().orElseThrow().parts().stream()
                        .map(part -> part.file()
                                + (part.kept() ? " kept" : part.keptInLists() ? " kept in the lists" : " checked"))
                        .toList());
        assertNotEquals(
                written, Files.readAttributes(report, BasicFileAttributes.class).fileKey());

        // a change the reports show: written again
        dataset.claims("two.json", claim("kopyrkin", "Sergei Kopyrkin wss", "a.txt", 19));
        settle("two.json");
        check();
        assertEquals(
                JsonReport.toJson(new FactChecker().check(Dataset.inDirectory(project))), Files.readString(report));
        assertTrue(Files.readString(report).contains("wss"));
    }

    @Test
    void aFileThatSharesAnIdWithAChangedOneIsCheckedWithIt() throws IOException {
        dataset.claims("two.json", claim("kopyrkin", "Sergei Kopyrkin", "a.txt", 19));
        dataset.claims("three.json", claim("october", "October 24", "a.txt", 51));
        TestDataset.settle(project);
        check();
        dataset.claims("three.json", claim("kopyrkin", "October 24", "a.txt", 51));
        settle("three.json");

        IncrementalCheck.Told again = check();

        assertEquals(
                List.of(true, false, false),
                again.result().orElseThrow().parts().stream()
                        .map(CheckResult.Part::kept)
                        .toList(),
                "one.json kept; three.json changed, and two.json shares its id");
        assertEquals(ConsoleReport.outcome(new FactChecker().check(Dataset.inDirectory(project))), again.outcome());
    }

    @Test
    void anEditedSourceReChecksOnlyTheClaimsFilesThatCiteIt() throws IOException {
        dataset.source("b.txt", "Maria Zakharova said the ambassador had done nothing wrong.");
        dataset.claims("two.json", claim("zakharova", "Maria Zakharova said", "b.txt", 0));
        dataset.claims("three.json", claim("nothing", "done nothing wrong", "b.txt", 40));
        TestDataset.settle(project);
        check();
        dataset.source("b.txt", "Maria Zakharova says the ambassador had done nothing wrong.");
        Files.setLastModifiedTime(
                project.resolve("sources/b.txt"), FileTime.from(Instant.now().minusSeconds(3600)));

        IncrementalCheck.Told again = check();

        // one.json cites a.txt alone: kept; two.json's claim now fails; three.json's is found as it was
        assertEquals(
                List.of("claims/one.json kept", "claims/three.json kept", "claims/two.json checked"),
                keptOrChecked(again));
        assertEquals(1, again.sourcesRead());
        assertEquals(ConsoleReport.outcome(new FactChecker().check(Dataset.inDirectory(project))), again.outcome());
        assertEquals(
                Files.readString(report), JsonReport.toJson(new FactChecker().check(Dataset.inDirectory(project))));
        // the claims to check again are parsed where their entries start, which the segments keep
        Segments segments = new SegmentsFile(cacheFile.resolveSibling("segments.bin"))
                .load(why -> {})
                .orElseThrow();
        for (Map.Entry<String, Segments.Segment> file : segments.files().entrySet()) {
            byte[] bytes = Files.readAllBytes(project.resolve(file.getKey()));
            assertEquals(file.getValue().size(), file.getValue().starts().length, file.getKey());
            for (long start : file.getValue().starts()) {
                assertEquals('{', bytes[(int) start], file.getKey());
            }
        }
    }

    @Test
    void aSourceEditedUnderOneClaimOfALongFileLeavesTheOtherClaimsReportedAsTheyWere() throws IOException {
        StringBuilder text = new StringBuilder();
        String[] claims = new String[250];
        for (int i = 0; i < claims.length; i++) {
            claims[i] = claim("line" + i, "Line " + i + " of the", "long.txt", text.length());
            text.append("Line ").append(i).append(" of the statement.\n");
        }
        dataset.source("long.txt", text.toString());
        dataset.claims("long.json", claims);
        TestDataset.settle(project);
        Path page = project.resolve("target/fact-check/report.html");
        List<IncrementalCheck.Report> reports = List.of(new IncrementalCheck.Report(
                page, (result, before) -> HtmlReport.write(result, Optional.empty(), page, before)));
        new IncrementalCheck(new FactChecker(), cacheFile).check(Dataset.inDirectory(project), SETTINGS, reports);
        dataset.source("long.txt", text.toString().replace("Line 130 of", "Line 130 af"));
        Files.setLastModifiedTime(
                project.resolve("sources/long.txt"), FileTime.from(Instant.now().minusSeconds(3600)));

        CheckResult.Part part = new IncrementalCheck(new FactChecker(), cacheFile)
                .check(Dataset.inDirectory(project), SETTINGS, reports)
                .result()
                .orElseThrow()
                .parts()
                .get(0);

        // one claim's result changed: the reports may copy what they wrote of the others
        assertEquals(
                List.of("claims/long.json", false, true, false, true, true),
                List.of(
                        part.file(),
                        part.kept(),
                        part.keptBetween(0, 130),
                        part.keptBetween(130, 131),
                        part.keptBetween(131, 250),
                        part.claims().get(130).status() == Status.QUOTE_MISMATCH));
        assertEquals(HtmlReport.toHtml(new FactChecker().check(Dataset.inDirectory(project))), Files.readString(page));
    }

    @Test
    void damagedSegmentsAreToldOfAndEveryClaimsFileIsChecked() throws IOException {
        IncrementalCheck.Told first = check();
        Path segments = cacheFile.resolveSibling("segments.bin");
        byte[] bytes = Files.readAllBytes(segments);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(segments, bytes);
        dataset.claims(
                "one.json",
                claim("typo", "Sergei Kopyrkin wsa", "a.txt", 19),
                claim("summoned", "Kopyrkin was summoned", "a.txt", 26));
        settle("one.json");

        IncrementalCheck.Told again = check();

        assertTrue(again.result().orElseThrow().parts().stream().noneMatch(CheckResult.Part::kept));
        assertEquals(first.outcome().summary(), again.outcome().summary());
        assertEquals(
                List.of("The segments of the last fact check target/fact-cache/segments.bin were discarded (it fails"
                        + " its checksum): every claims file is checked"),
                notices);
    }

    /** Each claims file's part of a check's result, as kept or checked again. */
    private static List<String> keptOrChecked(IncrementalCheck.Told told) {
        return told.result().orElseThrow().parts().stream()
                .map(part -> part.file() + (part.kept() ? " kept" : " checked"))
                .toList();
    }

    /**
     * Sets a claims file just written an hour back, as a file of a day-old checkout, so that its
     * time is trusted; the sources are left as they are, so only claims files changed.
     */
    private void settle(String claimsFile) throws IOException {
        Files.setLastModifiedTime(
                project.resolve("claims").resolve(claimsFile),
                FileTime.from(Instant.now().minusSeconds(3600)));
    }

    /** A quote no source holds is looked for in every other source once, not again after each edit. */
    @Test
    void anotherSourceSearchedBeforeIsNotReadAgainForAQuoteItDoesNotHold() throws IOException {
        dataset.source("b.txt", "Maria Zakharova said the ambassador had done nothing wrong.");
        dataset.source("c.txt", "The Armenian Foreign Ministry summoned him on Tuesday.");
        dataset.claims(
                "one.json",
                claim("summoned", "Kopyrkin was summoned", "a.txt", 26),
                claim("invented", "a sentence that no source holds", "a.txt", 0));
        TestDataset.settle(project);
        IncrementalCheck.Told first = check();
        dataset.claims(
                "one.json",
                claim("summoned", "Kopyrkin was summoned", "a.txt", 26),
                claim("invented", "a sentence that no source holds", "a.txt", 0),
                claim("date", "October 24", "a.txt", 51));
        Files.setLastModifiedTime(
                project.resolve("claims/one.json"), FileTime.from(Instant.now().minusSeconds(1800)));

        IncrementalCheck.Told again = check();

        assertEquals(5, first.sourcesRead(), "a.txt, b.txt and c.txt, then b.txt and c.txt for the quote a.txt lacks");
        assertEquals(1, again.sourcesRead(), "a.txt, for the new claim");
        assertEquals(
                first.outcome().problemLines(),
                again.outcome().problemLines(),
                "the quote no source holds is still told so");
    }

    @Test
    void aPageOfTheResultNeedsNoneOfTheReports() throws IOException {
        IncrementalCheck.Told checked = check();
        Files.delete(report);

        IncrementalCheck.Told shown =
                new IncrementalCheck(new FactChecker(), cacheFile).current(Dataset.inDirectory(project), SETTINGS);

        assertTrue(shown.result().isEmpty());
        assertEquals(checked.digest(), shown.digest());
        assertFalse(Files.exists(report), "a page of the result writes nothing");
    }

    @Test
    void aDamagedRecordAndCacheAreToldOfAndTheDatasetIsCheckedAgain() throws IOException {
        IncrementalCheck.Told first = check();
        Path record = cacheFile.resolveSibling("last-check.bin");
        Files.write(record, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9});
        Files.write(cacheFile, new byte[] {0, 1, 'x'});

        IncrementalCheck.Told again = check();

        assertTrue(again.result().isPresent());
        assertEquals(first.outcome(), again.outcome());
        assertEquals(2, notices.size(), notices.toString());
        assertTrue(
                notices.get(0)
                        .startsWith(
                                "The record of the last fact check target/fact-cache/last-check.bin was discarded ("),
                notices.get(0));
        assertTrue(
                notices.get(1).startsWith("The fact check cache target/fact-cache/check.bin was discarded ("),
                notices.get(1));
    }

    @Test
    void aReportThatCannotBeWrittenFailsTheCheckAndRecordsNothing() throws IOException {
        Path blocked = project.resolve("target/fact-check");
        Files.createDirectories(blocked.getParent());
        Files.writeString(blocked, "a file where the report's folder should be");

        IncrementalCheck.ReportNotWritten failed = assertThrows(IncrementalCheck.ReportNotWritten.class, this::check);

        assertEquals(report, failed.file());
        assertFalse(Files.exists(cacheFile.resolveSibling("last-check.bin")));
    }

    @Test
    void aCheckFromScratchKeepsNothing() throws IOException {
        IncrementalCheck.Told told = IncrementalCheck.fromScratch(new FactChecker())
                .check(
                        Dataset.inDirectory(project),
                        SETTINGS,
                        List.of(new IncrementalCheck.Report(report, result -> JsonReport.write(result, report))));

        assertTrue(told.result().isPresent());
        assertEquals(0, told.claimsReused());
        assertTrue(Files.exists(report));
        assertFalse(Files.exists(cacheFile.getParent()));
    }
}
