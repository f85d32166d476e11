package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.CheckDigest;
import io.github.factmaven.validator.api.CheckOutcome;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.internal.cache.InputManifest;
import io.github.factmaven.validator.internal.cache.LastCheck;
import io.github.factmaven.validator.report.ConsoleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastCheckTest {

    private static final String TEXT = "Russian ambassador Sergei Kopyrkin was summoned on October 24.";
    private static final String RESULT_SETTINGS = "maxQuoteLength 10000";
    private static final String SETTINGS = RESULT_SETTINGS + "\nformats json";

    @TempDir
    Path project;

    private TestDataset dataset;
    private Path record;
    private Path report;

    @BeforeEach
    void checkOnce() throws IOException {
        dataset = new TestDataset(project);
        record = project.resolve("target/fact-cache/last-check.bin");
        report = project.resolve("target/fact-check/report.json");
        dataset.source("a.txt", TEXT);
        dataset.source(
                "sources.json",
                "{\"sources\": [{\"file\": \"a.txt\", \"outlet\": \"o\", \"sha256\": \"" + TestDataset.sha256(TEXT)
                        + "\"}]}");
        dataset.claims(
                "one.json",
                claim("summoned", "Kopyrkin was summoned", "a.txt", 26),
                claim("typo", "Sergei Kopyrkin wsa", "a.txt", 19));
        TestDataset.settle(project);
        recordCheck();
    }

    private void recordCheck() throws IOException {
        Dataset data = Dataset.inDirectory(project);
        InputManifest before =
                InputManifest.capture(data, SETTINGS, LastCheck.load(record).map(LastCheck::inputs));
        CheckResult result = new FactChecker().check(data);
        Files.createDirectories(report.getParent());
        Files.writeString(report, "{}");
        LastCheck.save(
                record, before.withPins(data), ConsoleReport.outcome(result), CheckDigest.of(result), List.of(report));
    }

    /** Whether the last result stands for a page of it, which needs none of the check's reports. */
    private boolean resultStands(String settings) throws IOException {
        Optional<LastCheck> last = LastCheck.load(record);
        InputManifest now = InputManifest.capture(Dataset.inDirectory(project), settings, last.map(LastCheck::inputs));
        return last.isPresent() && last.get().resultStandsFor(now);
    }

    private boolean stands(String settings) throws IOException {
        Optional<LastCheck> last = LastCheck.load(record);
        InputManifest now = InputManifest.capture(Dataset.inDirectory(project), settings, last.map(LastCheck::inputs));
        return last.isPresent() && last.get().standsFor(now);
    }

    @Test
    void anUnchangedDatasetKeepsWhatTheCheckTold() throws IOException {
        assertTrue(stands(SETTINGS));
        CheckOutcome outcome = LastCheck.load(record).orElseThrow().outcome();
        assertEquals(
                "2 claims: 1 verified, 1 failed: 1 quote differs from its source (1 claims file, 0 file errors, 0 warnings)",
                outcome.summary());
        assertFalse(outcome.passed());
        assertTrue(
                outcome.problemLines().get(0).startsWith("claims/one.json:4:"),
                outcome.problemLines().get(0));
        assertEquals(2, outcome.claims());
    }

    @Test
    void otherSettingsDoNotStand() throws IOException {
        assertFalse(stands(RESULT_SETTINGS + "\nformats json,html"));
    }

    /** The site's page shows what the check found, whatever reports the check wrote. */
    @Test
    void theResultStandsWithoutTheReportsButNotWithOtherInputsOrResultSettings() throws IOException {
        Files.delete(report);
        assertFalse(stands(SETTINGS));
        assertTrue(resultStands(RESULT_SETTINGS));
        assertTrue(resultStands(SETTINGS));
        assertFalse(resultStands("maxQuoteLength 100"));
        assertFalse(resultStands("maxQuoteLength 1000"), "a setting that only begins like the recorded one");
        dataset.source("b.txt", "another text");
        assertFalse(resultStands(RESULT_SETTINGS));
    }

    @Test
    void theDigestKeepsWhatAPageShows() throws IOException {
        CheckDigest digest = LastCheck.load(record).orElseThrow().digest();
        assertEquals(new CheckResult.Tally(2, 1, 1), digest.byOutlet().get("o"));
        assertEquals(new CheckResult.Tally(2, 1, 1), digest.byFile().get("claims/one.json"));
        assertEquals(List.of(), digest.fileErrors());
        assertEquals(1, digest.failures().size());
        CheckDigest.Entry typo = digest.failures().get(0);
        assertEquals("typo", typo.claim());
        assertEquals("Quote differs from the source (QUOTE_MISMATCH)", typo.status());
        assertTrue(typo.where().startsWith("claims/one.json:4:"), typo.where());
        assertTrue(typo.message().startsWith("quote differs from sources/a.txt at offset 19"), typo.message());
        assertTrue(typo.message().contains("substance: the quote has \"s\" that the source lacks"), typo.message());
        assertFalse(typo.message().contains("quote:"), "the side-by-side lines line up only in a fixed-width font");
        assertEquals(List.of(), digest.warnings());
    }

    @Test
    void aClaimsFileTouchedOrAddedDoesNotStand() throws IOException {
        Files.setLastModifiedTime(
                project.resolve("claims/one.json"), FileTime.from(Instant.now().minusSeconds(60)));
        assertFalse(stands(SETTINGS));
        recordCheck();
        assertTrue(stands(SETTINGS));
        dataset.claims("sub/two.json", claim("date", "October 24", "a.txt", 51));
        assertFalse(stands(SETTINGS));
    }

    @Test
    void aSourceAddedOrTheRegistryEditedDoesNotStand() throws IOException {
        dataset.source("b.txt", "another text");
        assertFalse(stands(SETTINGS));
        Files.delete(project.resolve("sources/b.txt"));
        assertTrue(stands(SETTINGS));
        Files.writeString(project.resolve("sources/sources.json"), "{\"sources\": []}");
        assertFalse(stands(SETTINGS));
    }

    /** A pin is a promise about the bytes: an edit that keeps the size and the time is still seen. */
    @Test
    void aPinnedSourceEditedWithItsSizeAndTimeRestoredDoesNotStand() throws IOException {
        // the change time would show this edit too, where the file system keeps one; the pin is checked on the bytes
        var files = LastCheck.load(record).orElseThrow().inputs().files();
        assertEquals(
                Optional.of(TestDataset.sha256(TEXT)),
                files.get("sources:a.txt").sha256());
        assertEquals(Optional.empty(), files.get("claims:one.json").sha256());
        Path source = project.resolve("sources/a.txt");
        FileTime time = Files.getLastModifiedTime(source);
        Files.writeString(source, TEXT.replace("Kopyrkin", "Koprikin"));
        Files.setLastModifiedTime(source, time);
        assertFalse(stands(SETTINGS));
    }

    /** Hashing more than needed is safe; hashing less is not: a pin written with "./" still counts. */
    @Test
    void aPinWrittenAsAnotherPathToTheSameFileIsHashedToo() throws IOException {
        dataset.source(
                "sources.json",
                "{\"sources\": [{\"file\": \"./a.txt\", \"outlet\": \"o\", \"sha256\": \"" + TestDataset.sha256(TEXT)
                        + "\"}]}");
        TestDataset.settle(project);
        recordCheck();
        assertEquals(
                Optional.of(TestDataset.sha256(TEXT)),
                LastCheck.load(record)
                        .orElseThrow()
                        .inputs()
                        .files()
                        .get("sources:a.txt")
                        .sha256());
    }

    @Test
    void aReportRemovedOrRewrittenDoesNotStand() throws IOException {
        Files.writeString(report, "{\"edited\": true}");
        assertFalse(stands(SETTINGS));
        Files.delete(report);
        assertFalse(stands(SETTINGS));
    }

    @Test
    void aRecordDamagedAnywhereIsIgnored() throws IOException {
        byte[] bytes = Files.readAllBytes(record);
        for (int i = 0; i < bytes.length; i += Math.max(1, bytes.length / 97)) {
            byte[] damaged = bytes.clone();
            damaged[i] ^= 0x10;
            Files.write(record, damaged);
            List<String> why = new ArrayList<>();
            assertTrue(LastCheck.load(record, why::add).isEmpty(), "a flip at byte " + i + " was not seen");
            assertEquals(List.of("it fails its checksum"), why, "one line says why");
        }
        Files.write(record, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertTrue(LastCheck.load(record).isEmpty());
        Files.write(record, new byte[0]);
        assertTrue(LastCheck.load(record).isEmpty());
        Files.delete(record);
        List<String> why = new ArrayList<>();
        assertTrue(LastCheck.load(record, why::add).isEmpty());
        assertEquals(List.of(), why, "a missing record is no damage");
    }

    /** Lengths are read from the record: one that claims more than the file holds must not be allocated. */
    @Test
    void aRecordWithALengthBeyondItsBytesIsIgnored() throws IOException {
        byte[] bytes = Files.readAllBytes(record);
        bytes[0] = 0x7f;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes, 0, bytes.length - Long.BYTES);
        java.nio.ByteBuffer.wrap(bytes, bytes.length - Long.BYTES, Long.BYTES).putLong(crc.getValue());
        Files.write(record, bytes);
        assertTrue(LastCheck.load(record).isEmpty());
    }
}
