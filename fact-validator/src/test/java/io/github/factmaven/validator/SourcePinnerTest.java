package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static io.github.factmaven.validator.TestDataset.sha256;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.PinResult;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePinnerTest {

    private static final String TEXT = "Sergei Kopyrkin was summoned on October 24.";

    @TempDir
    Path project;

    private TestDataset dataset;

    @BeforeEach
    void createDataset() {
        dataset = new TestDataset(project);
    }

    private Path registry() {
        return project.resolve("sources/sources.json");
    }

    @Test
    void createsARegistryForTheSourcesClaimsCite() throws IOException {
        dataset.source("a.txt", TEXT);
        dataset.source("uncited.txt", "nobody quotes this");
        dataset.claims("c.json", claim("summoned", "Kopyrkin", "a.txt", 7));

        PinResult result = SourcePinner.pinning().pin(Dataset.inDirectory(project));

        assertEquals(
                List.of("registered a.txt with the outlet its claims name, \"o\"; add its title, authors, URL and"
                        + " dates by hand"),
                result.recorded());
        assertEquals(
                List.of("sources/uncited.txt:1:1: uncited.txt is not registered: no claim cites it, so its outlet"
                        + " is unknown; add its entry by hand, then run mvn fact:pin again"),
                result.leftAlone());
        assertFalse(Files.exists(registry()), "pin() writes nothing");
        result.registry().orElseThrow().write();

        assertEquals("""
                {
                  "$schema": "https://factmaven.github.io/fact-maven/schemas/sources-1.schema.json",
                  "sources": [
                    {
                      "file": "a.txt",
                      "outlet": "o",
                      "sha256": "%s"
                    }
                  ]
                }
                """.formatted(sha256(TEXT)), Files.readString(registry()));
        String diff = result.registry().get().diff();
        assertTrue(diff.startsWith("--- a/sources/sources.json\n+++ b/sources/sources.json\n"), diff);
        assertTrue(diff.contains("\n+      \"file\": \"a.txt\",\n"), diff);
        CheckResult check = dataset.check();
        assertTrue(check.passed());
        assertEquals(
                List.of(WarningKind.UNREGISTERED_SOURCE),
                check.warnings().stream().map(Warning::kind).toList());
    }

    @Test
    void recordsMissingHashesAndNeverReplacesADifferingOneUnlessAsked() throws IOException {
        dataset.source("a.txt", TEXT);
        dataset.source("b.txt", "edited");
        String stale = sha256("original");
        String text = "{\"sources\": [\n  {\"file\": \"a.txt\", \"outlet\": \"o\"},\n"
                + "  {\"file\": \"b.txt\", \"outlet\": \"o\", \"sha256\": \"" + stale + "\"}\n]}\n";
        Files.writeString(registry(), text);

        PinResult pinned = SourcePinner.pinning().pin(Dataset.inDirectory(project));
        assertEquals(List.of("recorded the SHA-256 of a.txt"), pinned.recorded());
        assertEquals(
                List.of("sources/sources.json:3:46: b.txt has changed since it was pinned (" + stale
                        + " recorded, the file's is " + sha256("edited") + "); review the claims that cite it, then run"
                        + " mvn fact:pin -Dfact.repin=true"),
                pinned.leftAlone());
        pinned.registry().orElseThrow().write();
        assertEquals(
                text.replace("\"outlet\": \"o\"},", "\"outlet\": \"o\", \"sha256\": \"" + sha256(TEXT) + "\"},"),
                Files.readString(registry()));

        PinResult repinned = SourcePinner.repinning().pin(Dataset.inDirectory(project));
        assertEquals(
                List.of("replaced the SHA-256 of b.txt: " + stale + " was recorded, the file's is " + sha256("edited")),
                repinned.recorded());
        repinned.registry().orElseThrow().write();
        assertTrue(Files.readString(registry()).contains(sha256("edited")));
        assertTrue(
                SourcePinner.pinning()
                        .pin(Dataset.inDirectory(project))
                        .registry()
                        .isEmpty(),
                "nothing left to pin");
    }

    @Test
    void aMalformedRegistryIsLeftAsItIs() throws IOException {
        dataset.source("a.txt", TEXT);
        Files.writeString(registry(), "{\"sources\": [,]}");

        PinResult result = SourcePinner.pinning().pin(Dataset.inDirectory(project));

        assertTrue(result.registry().isEmpty());
        assertEquals(1, result.errors().size());
        assertTrue(
                result.errors().get(0).startsWith("sources/sources.json:1:14: malformed JSON: "),
                result.errors().get(0));
    }
}
