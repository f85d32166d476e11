package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static io.github.factmaven.validator.TestDataset.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    private static final String TEXT = "Sergei Kopyrkin was summoned on October 24.";
    private static final String REGISTRY = "sources/sources.json";

    @TempDir
    Path project;

    private TestDataset dataset;

    @BeforeEach
    void createDataset() {
        dataset = new TestDataset(project);
    }

    private void registry(String... entries) throws IOException {
        Files.writeString(
                project.resolve(REGISTRY), "{\n  \"sources\": [\n" + String.join(",\n", entries) + "\n  ]\n}\n");
    }

    private static String entry(String file, String outlet, String sha256) {
        return "    {\"file\": \"" + file + "\", \"outlet\": \"" + outlet + "\""
                + (sha256 == null ? "" : ", \"sha256\": \"" + sha256 + "\"") + "}";
    }

    private static List<String> messages(List<Warning> warnings) {
        return warnings.stream()
                .map(w -> w.kind() + " " + w.location() + ": " + w.message())
                .toList();
    }

    @Test
    void aRegisteredPinnedSourceWithItsOutletPasses() throws IOException {
        dataset.source("a.txt", TEXT);
        registry(entry("a.txt", "o", sha256(TEXT)));
        dataset.claims("c.json", claim("summoned", "Kopyrkin", "a.txt", 7));

        CheckResult result = dataset.check();

        assertTrue(result.passed(), result.toString());
        assertEquals(List.of(), result.allWarnings());
    }

    @Test
    void anEditedSourceFailsEveryClaimThatCitesItWithBothHashes() throws IOException {
        String pinned = sha256(TEXT);
        String edited = TEXT.replace("October 24", "October 25");
        dataset.source("a.txt", edited);
        registry(entry("a.txt", "o", pinned));
        dataset.claims("c.json", claim("name", "Kopyrkin", "a.txt", 7), claim("date", "October 24", "a.txt", 32));

        List<ClaimResult> claims = dataset.check().claims();

        assertEquals(
                List.of(Status.SOURCE_CHANGED, Status.SOURCE_CHANGED),
                claims.stream().map(ClaimResult::status).toList());
        String line = claim("name", "Kopyrkin", "a.txt", 7);
        assertEquals(
                new Location("claims/c.json", 3, TestDataset.columnOf(line, "\"a.txt\"")),
                claims.get(0).primaryLocation());
        assertEquals(
                "source file a.txt has changed since it was pinned: its SHA-256 is " + sha256(edited) + ", but "
                        + REGISTRY + ":3:48 records " + pinned + ". The quote is still at its offset. If the change is"
                        + " intended, review the claims that cite it and run mvn fact:pin -Dfact.repin=true",
                claims.get(0).message());
        List<String> date = claims.get(1).message().lines().toList();
        assertTrue(
                date.get(0)
                        .startsWith("source file a.txt has changed since it was pinned: its SHA-256 is "
                                + sha256(edited) + ", but " + REGISTRY + ":3:48 records " + pinned + ". If the change"),
                date.get(0));
        assertTrue(
                date.get(1).equals("quote differs from sources/a.txt at offset 32 (line 1, column 33): substance"),
                date.get(1));
        assertTrue(claims.get(1).diagnosis().isPresent(), "the quote's diagnosis is kept");
    }

    @Test
    void aMissingRegisteredFileIsAnErrorAndAnUnregisteredOneAWarning() throws IOException {
        dataset.source("a.txt", TEXT);
        dataset.source("extra/b.txt", "unregistered");
        registry(entry("a.txt", "o", sha256(TEXT)), entry("gone.txt", "o", sha256("gone")));
        dataset.claims("c.json", claim("summoned", "Kopyrkin", "a.txt", 7));

        CheckResult result = dataset.check();

        assertEquals(
                List.of(new Problem(
                        new Location(REGISTRY, 4, 14),
                        "\"gone.txt\" is registered, but sources/gone.txt"
                                + " does not exist: restore the file, or remove its entry if no claim needs it")),
                result.fileErrors());
        assertEquals(
                List.of("UNREGISTERED_SOURCE sources/extra/b.txt:1:1: source file \"extra/b.txt\" is not registered in "
                        + REGISTRY
                        + ": run mvn fact:pin to register it with the outlet its claims name, or add an entry by hand"),
                messages(result.warnings()));
        assertFalse(result.passed());
        assertTrue(result.claims().get(0).verified(), "claims are still checked");
    }

    @Test
    void aClaimMustNameItsSourcesRegisteredOutlet() throws IOException {
        dataset.source("a.txt", TEXT);
        registry(entry("a.txt", "The Armenian Mirror-Spectator", sha256(TEXT)));
        String line = claim("summoned", "Kopyrkin", "a.txt", 7)
                .replace("\"outlet\": \"o\"", "\"outlet\": \"Mirror-Spectator\"");
        String failing = claim("wrong-quote", "Koprikin", "a.txt", 7);
        dataset.claims("c.json", line, failing);

        List<ClaimResult> claims = dataset.check().claims();

        assertEquals(Status.OUTLET_MISMATCH, claims.get(0).status());
        assertEquals(
                new Location("claims/c.json", 3, TestDataset.columnOf(line, "\"Mirror-Spectator\"")),
                claims.get(0).primaryLocation());
        assertEquals(
                "outlet \"Mirror-Spectator\" is not the outlet " + REGISTRY + ":3:33 registers for a.txt:"
                        + " \"The Armenian Mirror-Spectator\"",
                claims.get(0).message());
        assertEquals(Status.QUOTE_MISMATCH, claims.get(1).status(), "a failed claim keeps its first cause");
        assertEquals(2, claims.get(1).diagnostics().size());
    }

    @Test
    void aQuoteFoundInAnotherSourceStillToldItsOutletIsNotTheRegisteredOne() throws IOException {
        dataset.source("a.txt", "Yerevan said no.");
        dataset.source("b.txt", TEXT);
        registry(entry("a.txt", "Asbarez", sha256("Yerevan said no.")), entry("b.txt", "Asbarez", sha256(TEXT)));
        dataset.claims("c.json", claim("summoned", "Kopyrkin", "a.txt", 7));

        ClaimResult result = dataset.check().claims().get(0);

        assertEquals(Status.IN_OTHER_SOURCE, result.status());
        assertEquals(
                List.of(
                        "quote is not in sources/a.txt but in sources/b.txt at offset 7 (line 1, column 8):"
                                + " is the source or the quote from another article?",
                        "outlet \"o\" is not the outlet " + REGISTRY + ":3:33 registers for a.txt: \"Asbarez\""),
                result.diagnostics().stream().map(Diagnostic::message).toList());
    }

    @Test
    void anUnpinnedSourceAndAMissingRegistryAreWarnings() throws IOException {
        dataset.source("a.txt", TEXT);
        dataset.claims("c.json", claim("summoned", "Kopyrkin", "a.txt", 7));

        assertEquals(
                List.of("UNREGISTERED_SOURCE sources/a.txt:1:1: there is no sources registry " + REGISTRY
                        + ", so the provenance of the source file is not recorded and a change to it would go unnoticed:"
                        + " run mvn fact:pin to create it"),
                messages(dataset.check().warnings()));

        registry(entry("a.txt", "o", null));
        CheckResult result = dataset.check();

        assertTrue(result.passed());
        assertEquals(
                List.of("UNPINNED_SOURCE " + REGISTRY + ":3:5: \"a.txt\" has no recorded SHA-256, so a change to it"
                        + " would go unnoticed: run mvn fact:pin"),
                messages(result.warnings()));
    }

    @Test
    void anInvalidRegistryEntryIsAFileErrorAndItsFileStillCountsAsRegistered() throws IOException {
        dataset.source("a.txt", TEXT);
        registry("    {\"file\": \"a.txt\", \"outlet\": \"o\", \"published\": \"24/10/2023\"}");
        dataset.claims("c.json", claim("summoned", "Kopyrkin", "a.txt", 7));

        CheckResult result = dataset.check();

        assertEquals(
                List.of(new Location(REGISTRY, 3, 51)),
                result.fileErrors().stream().map(Problem::location).toList());
        assertEquals(List.of(), result.warnings());
        assertTrue(result.claims().get(0).verified());
    }

    @Test
    void aPathThatLeavesTheSourcesDirectoryCannotBeRegistered() throws IOException {
        dataset.source("a.txt", TEXT);
        registry(entry("a.txt", "o", sha256(TEXT)), entry("../pom.xml", "o", null));
        dataset.claims("c.json", claim("summoned", "Kopyrkin", "a.txt", 7));

        assertEquals(
                List.of(REGISTRY + ":4:14: source \"../pom.xml\" leads out of the sources directory"),
                dataset.check().fileErrors().stream()
                        .map(p -> p.location() + ": " + p.message())
                        .toList());
    }

    @Test
    void claimsCitingTheSameSpanUnderDifferentIdsAreWarned() throws IOException {
        dataset.source("a.txt", TEXT);
        registry(entry("a.txt", "o", sha256(TEXT)));
        String first = claim("summoned", "Kopyrkin", "a.txt", 7);
        dataset.claims(
                "c.json",
                first,
                claim("summoned-again", "Kopyrkin", "a.txt", 7),
                claim("other-span", "Kopyrkin was", "a.txt", 7));

        List<ClaimResult> claims = dataset.check().claims();

        assertEquals(
                List.of(
                        "DUPLICATE_SPAN claims/c.json:3:" + TestDataset.columnOf(first, "\"Kopyrkin\"")
                                + ": cites the same span as \"summoned-again\" (claims/c.json:4:5): the same source, offset and quote"),
                messages(claims.get(0).warnings()));
        assertEquals(1, claims.get(1).warnings().size());
        assertEquals(List.of(), claims.get(2).warnings());
        assertTrue(claims.stream().allMatch(ClaimResult::verified));
    }
}
