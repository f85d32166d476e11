package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A claims file never drops out of a check without a word. */
class ClaimsListingTest {

    @TempDir
    Path project;

    private List<String> ids(CheckResult result) {
        return result.claims().stream().map(claim -> claim.id().orElse("?")).toList();
    }

    @Test
    void followsLinksToFilesAndFolders() throws IOException {
        TestDataset dataset = new TestDataset(project);
        dataset.source("a.txt", "Kopyrkin was summoned.");
        dataset.claims("own.json", claim("own", "Kopyrkin", "a.txt", 0));
        Path shared = Files.createDirectories(project.resolve("shared"));
        Files.writeString(shared.resolve("linked.json"), "{\"claims\": [" + claim("linked", "was", "a.txt", 9) + "]}");
        Files.createSymbolicLink(project.resolve("claims/folder"), Path.of("../shared"));
        Files.createSymbolicLink(project.resolve("claims/file.json"), Path.of("../shared/linked.json"));

        CheckResult result = dataset.check();

        assertEquals(List.of(), result.fileErrors());
        assertEquals(
                List.of(Path.of("claims/file.json"), Path.of("claims/folder/linked.json"), Path.of("claims/own.json")),
                Dataset.inDirectory(project).claimsFiles().stream()
                        .map(project.toAbsolutePath()::relativize)
                        .toList());
        assertEquals(
                List.of("linked", "linked", "own"),
                ids(result).stream().sorted().toList());
        assertEquals(
                List.of(Status.DUPLICATE_ID, Status.DUPLICATE_ID, Status.VERIFIED),
                result.claims().stream().map(ClaimResult::status).toList());
    }

    @Test
    void aLinkThatLeadsNowhereOrInALoopIsAnErrorAndTheRestIsChecked() throws IOException {
        TestDataset dataset = new TestDataset(project);
        dataset.source("a.txt", "Kopyrkin was summoned.");
        dataset.claims("own.json", claim("own", "Kopyrkin", "a.txt", 0));
        Files.createSymbolicLink(project.resolve("claims/gone.json"), Path.of("../moved.json"));
        Files.createDirectories(project.resolve("claims/sub"));
        Files.createSymbolicLink(project.resolve("claims/sub/up"), Path.of(".."));

        CheckResult result = dataset.check();

        assertEquals(
                List.of(
                        new Problem(
                                new Location("claims/gone.json", 1, 1),
                                "cannot read the claims file: it is a symbolic link to \"../moved.json\", which does not exist"),
                        new Problem(
                                new Location("claims/sub/up", 1, 1),
                                "cannot list the folder: it is a symbolic link that leads back into a folder above it")),
                result.fileErrors());
        assertEquals(List.of("own"), ids(result));
        assertFalse(result.passed());
    }

    @Test
    void aNamedPipeIsAnErrorNotAHang() throws Exception {
        TestDataset dataset = new TestDataset(project);
        dataset.source("a.txt", "Kopyrkin was summoned.");
        dataset.claims("own.json", claim("own", "Kopyrkin", "a.txt", 0));
        Process mkfifo =
                new ProcessBuilder("mkfifo", project.resolve("claims/pipe.json").toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");

        CheckResult result = dataset.check();

        assertEquals(
                List.of(new Problem(
                        new Location("claims/pipe.json", 1, 1),
                        "cannot read the claims file: it is"
                                + " not a regular file but a special file (a named pipe, a socket or a device)")),
                result.fileErrors());
        assertEquals(List.of("own"), ids(result));
    }

    @Test
    void anEmptyClaimsFolderIsAWarningThatNothingWasChecked() throws IOException {
        Files.createDirectories(project.resolve("claims/empty"));

        CheckResult result = new TestDataset(project).check();

        assertEquals(
                List.of(new Warning(
                        WarningKind.NO_CLAIMS,
                        new Location("claims", 1, 1),
                        "claims holds no claims files (*.json): nothing was checked")),
                result.warnings());
        assertEquals(List.of(), result.claims());
    }
}
