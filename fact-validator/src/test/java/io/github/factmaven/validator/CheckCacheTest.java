package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.internal.cache.CheckCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCacheTest {

    private static final String KOPYRKIN = "Russian ambassador Sergei Kopyrkin was summoned on October 24.";
    private static final String ZAKHAROVA = "Maria Zakharova said Koprikin had done nothing wrong.";

    @TempDir
    Path project;

    private TestDataset dataset;
    private Path cacheFile;
    private long settled;

    @BeforeEach
    void createDataset() throws IOException {
        dataset = new TestDataset(project);
        cacheFile = project.resolve("target/fact-check/cache.bin");
        dataset.source("a.txt", KOPYRKIN);
        dataset.source("b.txt", ZAKHAROVA);
        dataset.claims(
                "one.json",
                claim("summoned", "Kopyrkin was summoned", "a.txt", 26),
                claim("wrong", "had done nothing wrong", "b.txt", 30));
        dataset.claims(
                "two.json",
                claim("date", "October 24", "a.txt", 51),
                claim("typo", "Maria Zakharova sayd", "b.txt", 0));
        settle();
    }

    /**
     * Sets the time of files (all if none given) back by an hour or more, a different time at each
     * call: files modified in the last seconds are always read again.
     */
    private void settle(String... paths) throws IOException {
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600 + (settled += 60)));
        List<Path> files;
        try (Stream<Path> all = Files.walk(project)) {
            files = paths.length == 0
                    ? all.filter(Files::isRegularFile).toList()
                    : Stream.of(paths).map(project::resolve).toList();
        }
        for (Path file : files) {
            Files.setLastModifiedTime(file, past);
        }
    }

    private CheckResult checkWithCache(CheckCache cache) throws IOException {
        CheckResult result = new FactChecker().withCache(cache).check(Dataset.inDirectory(project));
        cache.save();
        return result;
    }

    @Test
    void aSecondCheckOfAnUnchangedDatasetReadsNoSourceAndGivesTheSameResult() throws IOException {
        CheckCache first = CheckCache.load(cacheFile);
        CheckResult fresh = checkWithCache(first);
        assertEquals(0, first.claimsReused());
        assertEquals(2, first.sourcesRead());

        CheckCache second = CheckCache.load(cacheFile);
        CheckResult again = checkWithCache(second);

        assertEquals(fresh, again);
        assertEquals(new FactChecker().check(Dataset.inDirectory(project)), again);
        assertEquals(4, second.claimsReused(), "every claim, the failing one with its diagnosis");
        assertEquals(0, second.sourcesRead());
        assertEquals(
                List.of("typo"),
                again.failures().stream().map(r -> r.id().orElseThrow()).toList());
        assertEquals(
                1,
                again.allWarnings().stream()
                        .filter(w -> w.kind() == WarningKind.SPELLING_VARIANTS)
                        .count(),
                "Kopyrkin/Koprikin, found in a.txt's remembered names");
    }

    @Test
    void aCheckThatLearnsNothingNewLeavesTheCacheFileAsItIs() throws IOException {
        checkWithCache(CheckCache.load(cacheFile));
        FileTime written = FileTime.from(Instant.now().minusSeconds(7200));
        Files.setLastModifiedTime(cacheFile, written);
        byte[] saved = Files.readAllBytes(cacheFile);

        checkWithCache(CheckCache.load(cacheFile));
        assertEquals(written, Files.getLastModifiedTime(cacheFile), "nothing new: not written again");
        assertArrayEquals(saved, Files.readAllBytes(cacheFile));

        // a claim fixed: its outcome is new, and kept
        dataset.claims(
                "two.json",
                claim("date", "October 24", "a.txt", 51),
                claim("typo", "Maria Zakharova said", "b.txt", 0));
        settle("claims/two.json");
        checkWithCache(CheckCache.load(cacheFile));
        assertNotEquals(written, Files.getLastModifiedTime(cacheFile));
        CheckCache next = CheckCache.load(cacheFile);
        assertTrue(checkWithCache(next).passed());
        assertEquals(4, next.claimsReused(), "the fixed claim's outcome was kept");

        // a claim taken out: what the dataset no longer has is dropped
        Files.setLastModifiedTime(cacheFile, written);
        dataset.claims("two.json", claim("date", "October 24", "a.txt", 51));
        settle("claims/two.json");
        checkWithCache(CheckCache.load(cacheFile));
        assertNotEquals(written, Files.getLastModifiedTime(cacheFile));
        assertTrue(Files.size(cacheFile) < saved.length, "the removed claim's entry is gone");
    }

    @Test
    void whatACheckOfSomeFilesLearnsIsAppendedAndDamageToItDiscardsTheWholeCache() throws IOException {
        checkWithCache(CheckCache.load(cacheFile));
        byte[] whole = Files.readAllBytes(cacheFile);
        dataset.claims(
                "two.json",
                claim("date", "October 24", "a.txt", 51),
                claim("typo", "Maria Zakharova said", "b.txt", 0));
        settle("claims/two.json");
        CheckCache partial = CheckCache.load(cacheFile);
        CheckResult fixed = new FactChecker().withCache(partial).check(Dataset.inDirectory(project));
        partial.keepUnseen(); // as a check of some claims files says
        partial.save();

        byte[] appended = Files.readAllBytes(cacheFile);
        assertTrue(appended.length > whole.length);
        assertArrayEquals(whole, Arrays.copyOf(appended, whole.length), "the whole is left as it was");
        CheckCache next = CheckCache.load(cacheFile);
        assertEquals(fixed, new FactChecker().withCache(next).check(Dataset.inDirectory(project)));
        assertEquals(4, next.claimsReused(), "the fixed claim's outcome was appended");

        Random random = new Random(23);
        for (int i = whole.length; i < appended.length; i++) {
            byte[] damaged = appended.clone();
            damaged[i] ^= (byte) (1 << random.nextInt(8));
            Files.write(cacheFile, damaged);
            CheckCache cache = CheckCache.load(cacheFile);
            assertTrue(cache.discarded().isPresent(), "byte " + i);
            assertEquals(fixed, new FactChecker().withCache(cache).check(Dataset.inDirectory(project)), "byte " + i);
            assertEquals(0, cache.claimsReused(), "byte " + i);
        }
        for (int length = whole.length + 1; length < appended.length; length += 7) {
            Files.write(cacheFile, Arrays.copyOf(appended, length));
            assertTrue(CheckCache.load(cacheFile).discarded().isPresent(), "cut to " + length);
        }
    }

    @Test
    void whatIsAppendedIsWrittenWholeOnceItOutgrowsTheWhole() throws IOException {
        checkWithCache(CheckCache.load(cacheFile));
        byte[] whole = Files.readAllBytes(cacheFile);
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(claim("more" + i, "Kopyrkin was summoned on October " + i, "a.txt", 26));
        }
        dataset.claims("three.json", many.toArray(String[]::new));
        settle("claims/three.json");
        CheckCache partial = CheckCache.load(cacheFile);
        CheckResult result = new FactChecker().withCache(partial).check(Dataset.inDirectory(project));
        partial.keepUnseen();
        partial.save();

        byte[] written = Files.readAllBytes(cacheFile);
        assertTrue(written.length > whole.length, "forty outcomes more");
        CheckCache next = CheckCache.load(cacheFile);
        assertEquals(result, new FactChecker().withCache(next).check(Dataset.inDirectory(project)));
        assertEquals(44, next.claimsReused());
        // more learned than the whole held: written whole again, not appended after it
        assertFalse(Arrays.equals(whole, Arrays.copyOf(written, whole.length)));
    }

    @Test
    void aChangedSourceReChecksTheClaimsThatCiteIt() throws IOException {
        checkWithCache(CheckCache.load(cacheFile));
        dataset.source("a.txt", KOPYRKIN.replace("October 24", "October 25"));
        settle("sources/a.txt");

        CheckCache cache = CheckCache.load(cacheFile);
        CheckResult result = checkWithCache(cache);

        assertEquals(new FactChecker().check(Dataset.inDirectory(project)), result);
        assertEquals(
                List.of("date", "typo"),
                result.failures().stream().map(r -> r.id().orElseThrow()).toList());
        assertEquals(2, cache.claimsReused(), "the claims of b.txt");
        assertEquals(1, cache.sourcesRead());
    }

    @Test
    void aChangedClaimsFileReChecksOnlyItsChangedClaims() throws IOException {
        checkWithCache(CheckCache.load(cacheFile));
        dataset.claims(
                "one.json",
                claim("summoned", "Kopyrkin was summoned", "a.txt", 26),
                claim("wrong", "had done nothing", "b.txt", 30));
        dataset.claims(
                "two.json",
                claim("date", "October 24", "a.txt", 51),
                claim("typo", "Maria Zakharova said", "b.txt", 0));
        settle("claims/one.json", "claims/two.json");

        CheckCache cache = CheckCache.load(cacheFile);
        CheckResult result = checkWithCache(cache);

        assertTrue(result.passed(), result.toString());
        assertEquals(2, cache.claimsReused(), "the claims of a.txt");
        assertEquals(1, cache.sourcesRead(), "b.txt, for the two changed claims");
    }

    @Test
    void aCacheThatCannotBeReadIsIgnored() throws IOException {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "not a cache");

        CheckCache cache = CheckCache.load(cacheFile);
        CheckResult result = checkWithCache(cache);

        assertEquals(new FactChecker().check(Dataset.inDirectory(project)), result);
        assertEquals(0, cache.claimsReused());
        assertEquals(2, cache.sourcesRead());
    }

    @Test
    void aDamagedCacheIsNeverTrustedWhateverByteIsHit() throws IOException {
        CheckResult fresh = new FactChecker().check(Dataset.inDirectory(project));
        checkWithCache(CheckCache.load(cacheFile));
        byte[] saved = Files.readAllBytes(cacheFile);
        Random random = new Random(19);
        // every byte flipped in one bit, and truncations: the cache is discarded or whole, never half-trusted
        for (int i = 0; i < saved.length; i++) {
            byte[] damaged = saved.clone();
            damaged[i] ^= (byte) (1 << random.nextInt(8));
            Files.write(cacheFile, damaged);
            CheckCache cache = CheckCache.load(cacheFile);
            assertEquals(0, cache.claimsReused());
            assertTrue(
                    cache.discarded().isPresent() || i >= 2 && i < 2 + FORMAT_LENGTH + 2 + versionLength(saved),
                    "byte " + i + " is in the version: another version's cache, set aside without a word");
            assertEquals(fresh, new FactChecker().withCache(cache).check(Dataset.inDirectory(project)), "byte " + i);
            assertEquals(0, cache.claimsReused(), "byte " + i);
        }
        for (int length : new int[] {0, 1, saved.length / 2, saved.length - 1}) {
            Files.write(cacheFile, Arrays.copyOf(saved, length));
            CheckCache cache = CheckCache.load(cacheFile);
            assertEquals(fresh, new FactChecker().withCache(cache).check(Dataset.inDirectory(project)));
            assertEquals(0, cache.claimsReused(), "cut to " + length);
        }
        Files.write(cacheFile, saved);
        CheckCache whole = CheckCache.load(cacheFile);
        assertEquals(Optional.empty(), whole.discarded());
        assertEquals(fresh, new FactChecker().withCache(whole).check(Dataset.inDirectory(project)));
        assertEquals(4, whole.claimsReused());
    }

    /** The length of "fact-maven check cache N" as the cache file starts with it. */
    private static final int FORMAT_LENGTH = "fact-maven check cache 4".length();

    private static int versionLength(byte[] cache) {
        int at = 2 + FORMAT_LENGTH;
        return (cache[at] & 0xFF) << 8 | cache[at + 1] & 0xFF;
    }

    @Test
    void aMissingCacheIsNotDiscardedButAbsent() {
        assertEquals(Optional.empty(), CheckCache.load(cacheFile).discarded());
    }

    @Test
    void aPinnedSourceEditedWithItsSizeAndTimePutBackIsCaught() throws IOException {
        Path a = project.resolve("sources/a.txt");
        dataset.source(
                "sources.json",
                "{\"sources\": [{\"file\": \"a.txt\", \"outlet\": \"o\", \"sha256\": \"" + TestDataset.sha256(KOPYRKIN)
                        + "\"}, {\"file\": \"b.txt\", \"outlet\": \"o\"}]}");
        settle();
        checkWithCache(CheckCache.load(cacheFile));
        FileTime before = Files.getLastModifiedTime(a);
        Files.writeString(a, KOPYRKIN.replace("October 24", "October 25"));
        Files.setLastModifiedTime(a, before);

        CheckResult result = checkWithCache(CheckCache.load(cacheFile));

        assertEquals(List.of(), result.fileErrors(), result.toString());
        assertEquals(
                List.of(Status.SOURCE_CHANGED, Status.SOURCE_CHANGED),
                result.claims().stream()
                        .filter(claim -> claim.id().equals(Optional.of("summoned"))
                                || claim.id().equals(Optional.of("date")))
                        .map(ClaimResult::status)
                        .toList());
    }

    @Test
    void aSourceEditedWithItsSizeAndTimePutBackIsReadAgainAsGitWouldSeeTheChange() throws IOException {
        Path a = project.resolve("sources/a.txt");
        checkWithCache(CheckCache.load(cacheFile));
        FileTime before = Files.getLastModifiedTime(a);
        Files.writeString(a, KOPYRKIN.replace("October 24", "October 25"));
        Files.setLastModifiedTime(a, before);

        CheckCache cache = CheckCache.load(cacheFile);
        CheckResult result = checkWithCache(cache);

        assertEquals(1, cache.sourcesRead());
        ClaimResult date = result.claims().stream()
                .filter(claim -> claim.id().equals(Optional.of("date")))
                .findFirst()
                .orElseThrow();
        assertEquals(Status.QUOTE_MISMATCH, date.status(), date.toString());
    }

    @Test
    void aSourceModifiedInTheLastSecondsIsReadAgainSinceItsTimestampCannotBeTrusted() throws IOException {
        Files.setLastModifiedTime(project.resolve("sources/a.txt"), FileTime.from(Instant.now()));
        checkWithCache(CheckCache.load(cacheFile));

        CheckCache cache = CheckCache.load(cacheFile);
        checkWithCache(cache);

        assertEquals(1, cache.sourcesRead(), "a.txt");
        assertEquals(4, cache.claimsReused(), "read again, a.txt has the content its claims were checked against");
    }

    @Test
    void aReusedFailureOrWarningPointsAtWhereItsClaimNowIs() throws IOException {
        dataset.claims(
                "two.json",
                claim("date", "October 24", "a.txt", 51),
                claim("letter", "a", "b.txt", 1),
                claim("typo", "Maria Zakharova sayd", "b.txt", 0));
        settle();
        checkWithCache(CheckCache.load(cacheFile));
        dataset.claims(
                "two.json",
                claim("typo", "Maria Zakharova sayd", "b.txt", 0),
                claim("letter", "a", "b.txt", 1),
                claim("date", "October 24", "a.txt", 51));
        settle("claims/two.json");

        CheckCache cache = CheckCache.load(cacheFile);
        CheckResult result = checkWithCache(cache);

        assertEquals(new FactChecker().check(Dataset.inDirectory(project)), result);
        assertEquals(5, cache.claimsReused());
        assertEquals(0, cache.sourcesRead());
        ClaimResult typo = result.failures().get(0);
        assertEquals(Status.QUOTE_MISMATCH, typo.status());
        List<String> lines = Files.readAllLines(project.resolve("claims/two.json"));
        int typoLine = 1
                + lines.indexOf(lines.stream()
                        .filter(line -> line.contains("\"typo\""))
                        .findFirst()
                        .orElseThrow());
        assertEquals(typoLine, typo.diagnostics().get(0).location().line(), "where the typo claim now is");
        assertTrue(result.claims().stream()
                .anyMatch(r -> r.id().equals(java.util.Optional.of("letter"))
                        && r.warnings().stream().anyMatch(w -> w.kind() == WarningKind.AMBIGUOUS_QUOTE)));
    }
}
