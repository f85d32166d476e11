package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.ClaimsFileWriter;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.WarningKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims and sources held in memory are checked as they are on disk: the same verdicts, the same diagnoses. */
class InMemoryCheckTest {

    private static final Path EXAMPLE = Path.of("../examples/armenia-russia-2023");

    @TempDir
    Path project;

    @Test
    void claimsAndSourcesInMemoryGetTheVerdictsAndDiagnosesOfTheSameOnDisk() throws IOException {
        // the example with one misspelling, one moved quote and one missing source, on disk without a registry
        Map<String, byte[]> sources = new TreeMap<>();
        try (Stream<Path> files = Files.list(EXAMPLE.resolve("sources"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                sources.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        sources.forEach((name, bytes) -> write(project.resolve("sources").resolve(name), bytes));
        List<ClaimsFile> inMemory = new ArrayList<>();
        ClaimsFileReader reader = new ClaimsFileReader();
        try (Stream<Path> files = Files.list(EXAMPLE.resolve("claims"))) {
            for (Path file : files.sorted().toList()) {
                String name = "claims/" + file.getFileName();
                String text = Files.readString(file)
                        .replace("Sergei Kopyrkin, was", "Sergei Kopyrkin was")
                        .replace("\"offset\": 432,", "\"offset\": 433,")
                        .replace("\"source\": \"004_0b314491bae23769.txt\"", "\"source\": \"005_missing.txt\"");
                write(project.resolve(name), text.getBytes(StandardCharsets.UTF_8));
                try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
                    inMemory.add(reader.read(in, name));
                }
            }
        }

        CheckResult fromMemory = new FactChecker().check(inMemory, sources);
        CheckResult fromDisk = new FactChecker().check(Dataset.inDirectory(project));

        assertEquals(fromDisk.claims(), fromMemory.claims());
        assertTrue(
                fromMemory.claims().stream()
                        .map(ClaimResult::status)
                        .toList()
                        .containsAll(List.of(Status.QUOTE_MISMATCH, Status.OFFSET_MISMATCH, Status.SOURCE_NOT_FOUND)),
                fromMemory.toString());
        // the registry's warning is the one difference: sources in memory have no registry to miss
        assertEquals(
                fromDisk.warnings().stream()
                        .filter(w -> w.kind() != WarningKind.UNREGISTERED_SOURCE)
                        .toList(),
                fromMemory.warnings());
    }

    @Test
    void aClaimsFileWrittenToAStreamReadsBackAsTheSameClaims() throws IOException {
        List<Claim> claims = new ClaimsFileReader()
                .read(EXAMPLE.resolve("claims/jamnews.json"), "claims/jamnews.json").claims().stream()
                        .map(LocatedClaim::claim)
                        .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ClaimsFileWriter().write(claims, out);

        ClaimsFile read = new ClaimsFileReader().read(new ByteArrayInputStream(out.toByteArray()), "claims/c.json");

        assertEquals(claims, read.claims().stream().map(LocatedClaim::claim).toList());
    }

    @Test
    void bytesThatAreNotUtf8AreAProblemOfTheFile() throws IOException {
        ClaimsFile read = new ClaimsFileReader()
                .read(new ByteArrayInputStream(new byte[] {'{', (byte) 0xE9, '}'}), "claims/c.json");

        assertEquals(List.of(), read.claims());
        assertEquals(1, read.problems().size());
        assertTrue(
                read.problems().get(0).message().contains("not valid UTF-8"),
                read.problems().toString());
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
