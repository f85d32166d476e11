package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.CheckDigest;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.ReportLayout;
import io.github.factmaven.validator.report.ConsoleReport;
import io.github.factmaven.validator.report.HtmlReport;
import io.github.factmaven.validator.report.JUnitReport;
import io.github.factmaven.validator.report.JsonReport;
import io.github.factmaven.validator.report.SarifReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everything the incremental check keeps is checked against a clean run: a dataset goes through a
 * random sequence of edits (claims files added, changed, removed and renamed; sources edited, added
 * and removed, and edited with their size and time put back; the registry written, pinned and removed), and after each one the incremental check
 * tells what a check from an empty cache tells, and its four reports are the same, byte for byte.
 */
class IncrementalEqualsCleanTest {

    private static final String[] WORDS = {
        "Russian", "ambassador", "Sergei", "Kopyrkin", "Koprikin", "was", "summoned", "on", "October", "24.",
        "Yerevan", "Ереван", "“quoted”", "no\u00A0break", "😀", "the", "foreign", "ministry", "said", "\n"
    };
    private static final int EDITS = 40;

    @TempDir
    Path project;

    @TempDir
    Path clean;

    private Random random;
    private TestDataset dataset;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 15})
    void afterEveryEditTheIncrementalCheckTellsAndReportsWhatACleanCheckDoes(long seed) throws IOException {
        random = new Random(seed);
        dataset = new TestDataset(project);
        for (int i = 0; i < 3; i++) {
            dataset.source("s" + i + ".txt", text());
        }
        for (int i = 0; i < 3; i++) {
            writeClaims("c" + i + ".json");
        }
        int kept = 0;
        for (int edit = 0; edit < EDITS; edit++) {
            String done = edit();
            settle(edit);
            kept += assertSameAsClean("seed " + seed + ", edit " + edit + " (" + done + ")");
        }
        // the claims files not changed were taken from the last check, not checked again
        assertTrue(kept > 0, "no check kept a claims file's part");
    }

    /**
     * Sets the files just written an hour back, a different time at each step, so the incremental
     * check trusts their times as it would a day-old checkout's, instead of reading every file
     * modified in the last seconds again.
     */
    private void settle(int step) throws IOException {
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600 - step));
        FileTime recent = FileTime.from(Instant.now().minusSeconds(60));
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(project.resolve("target")))
                    .toList()) {
                if (Files.getLastModifiedTime(file).compareTo(recent) > 0) {
                    Files.setLastModifiedTime(file, past);
                }
            }
        }
    }

    /** @return how many claims files' parts the incremental check kept from the last one */
    private int assertSameAsClean(String step) throws IOException {
        Path incrementalReports = project.resolve("target/fact-check");
        IncrementalCheck.Told told = new IncrementalCheck(
                        new FactChecker(), project.resolve("target/fact-cache/check.bin"))
                .check(Dataset.inDirectory(project), "settings", reports(incrementalReports));

        CheckResult fresh = new FactChecker().check(Dataset.inDirectory(project));
        Path cleanReports = clean.resolve("reports");
        for (IncrementalCheck.Report report : reports(cleanReports)) {
            report.writer().write(fresh, ReportLayout.NONE);
        }

        assertEquals(ConsoleReport.outcome(fresh), told.outcome(), step);
        assertEquals(CheckDigest.of(fresh), told.digest(), step);
        told.result().ifPresent(result -> assertEquals(fresh, result, step));
        for (String name : List.of("report.json", "report.sarif", "TEST-claims.xml", "report.html")) {
            assertArrayEquals(
                    Files.readAllBytes(cleanReports.resolve(name)),
                    Files.readAllBytes(incrementalReports.resolve(name)),
                    step + ": " + name);
        }
        return told.result()
                .map(result -> (int)
                        result.parts().stream().filter(CheckResult.Part::kept).count())
                .orElse(0);
    }

    /** The four reports, three of them copying the parts kept, without what differs from one run to the next (the time, the machine). */
    private List<IncrementalCheck.Report> reports(Path directory) {
        Path json = directory.resolve("report.json");
        Path sarif = directory.resolve("report.sarif");
        Path junit = directory.resolve("TEST-claims.xml");
        Path html = directory.resolve("report.html");
        return List.of(
                new IncrementalCheck.Report(json, (result, before) -> JsonReport.write(result, json, before)),
                new IncrementalCheck.Report(sarif, result -> SarifReport.write(result, project, "test", sarif)),
                new IncrementalCheck.Report(
                        junit, (result, before) -> JUnitReport.write(result, Optional.empty(), junit, before)),
                new IncrementalCheck.Report(
                        html, (result, before) -> HtmlReport.write(result, Optional.empty(), html, before)));
    }

    /** Applies one random edit; returns what it did. */
    private String edit() throws IOException {
        List<Path> claims = files("claims");
        List<Path> sources = files("sources").stream()
                .filter(file -> file.toString().endsWith(".txt"))
                .toList();
        switch (random.nextInt(14)) {
            case 0 -> {
                String name = "c" + random.nextInt(1000) + ".json";
                writeClaims(name);
                return "claims file " + name + " written";
            }
            case 1 -> {
                if (claims.isEmpty()) {
                    return "nothing";
                }
                Path file = pick(claims);
                Files.delete(file);
                return "claims file " + file.getFileName() + " removed";
            }
            case 2 -> {
                if (claims.isEmpty()) {
                    return "nothing";
                }
                Path file = pick(claims);
                Path renamed = file.resolveSibling("r" + random.nextInt(1000) + ".json");
                Files.move(file, renamed, StandardCopyOption.REPLACE_EXISTING);
                return "claims file " + file.getFileName() + " renamed " + renamed.getFileName();
            }
            case 3, 4 -> {
                if (sources.isEmpty()) {
                    return "nothing";
                }
                Path file = pick(sources);
                String text = Files.readString(file);
                int at = random.nextInt(text.length() + 1);
                // at a character's start: never between the halves of a surrogate pair
                while (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                    at--;
                }
                Files.writeString(file, text.substring(0, at) + pick(WORDS) + " " + text.substring(at));
                return "source " + file.getFileName() + " edited";
            }
            case 5 -> {
                String name = "s" + random.nextInt(6) + ".txt";
                dataset.source(name, text());
                return "source " + name + " written";
            }
            case 6 -> {
                if (sources.isEmpty()) {
                    return "nothing";
                }
                Path file = pick(sources);
                Files.delete(file);
                return "source " + file.getFileName() + " removed";
            }
            case 7 -> {
                writeRegistry(sources);
                return "registry written";
            }
            case 8 -> {
                Files.deleteIfExists(project.resolve("sources/sources.json"));
                return "registry removed";
            }
            case 9 -> {
                if (claims.isEmpty()) {
                    return "nothing";
                }
                // saved again: the same claims, a line break added at its end, or a statement reworded
                Path file = pick(claims);
                String text = Files.readString(file);
                Files.writeString(
                        file,
                        random.nextBoolean() ? text + "\n" : text.replace("\"statement\": \"s", "\"statement\": \"s+"));
                return "claims file " + file.getFileName() + " saved again";
            }
            case 10, 11, 12 -> {
                if (claims.isEmpty()) {
                    return "nothing";
                }
                // the most common edit: one claims file changed, nothing else
                String name = pick(claims).getFileName().toString();
                writeClaims(name);
                return "claims file " + name + " changed";
            }
            default -> {
                if (sources.isEmpty()) {
                    return "nothing";
                }
                // as a checkout can: the same size and modification time, other bytes
                Path file = pick(sources);
                FileTime time = Files.getLastModifiedTime(file);
                byte[] bytes = Files.readAllBytes(file);
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] >= 'a' && bytes[i] <= 'y') {
                        bytes[i]++;
                        break;
                    }
                }
                Files.write(file, bytes);
                Files.setLastModifiedTime(file, time);
                return "source " + file.getFileName() + " edited, its size and time put back";
            }
        }
    }

    /** Claims that quote the sources as they are now, some exactly and some not, ids sometimes shared. */
    private void writeClaims(String name) throws IOException {
        List<Path> sources = files("sources").stream()
                .filter(file -> file.toString().endsWith(".txt"))
                .toList();
        List<String> claims = new ArrayList<>();
        // now and then more claims than the HTML page lays out in one stretch of cards
        for (int i = random.nextInt(6) == 0 ? 101 + random.nextInt(130) : 1 + random.nextInt(4); i > 0; i--) {
            String source = sources.isEmpty()
                    ? "missing.txt"
                    : pick(sources).getFileName().toString();
            String text = sources.isEmpty()
                    ? ""
                    : Files.readString(project.resolve("sources").resolve(source));
            int[] codePoints = text.codePoints().toArray();
            int offset = codePoints.length < 2 ? 0 : random.nextInt(codePoints.length - 1);
            int length = Math.min(codePoints.length - offset, 5 + random.nextInt(30));
            String quote = codePoints.length == 0 ? "a quote" : new String(codePoints, offset, length);
            if (quote.isBlank() || random.nextInt(4) == 0) {
                quote = quote.isBlank() ? "Kopyrkin was summoned" : quote.replaceFirst("[a-z]", "x");
            }
            if (random.nextInt(5) == 0) {
                offset += 1 + random.nextInt(5);
            }
            String id = random.nextInt(8) == 0 ? "shared" : "id" + random.nextInt(100_000);
            claims.add(claim(id, quote, source, offset));
        }
        dataset.claims(name, claims.toArray(String[]::new));
    }

    /** A registry of some of the sources, some pinned, a pin sometimes stale. */
    private void writeRegistry(List<Path> sources) throws IOException {
        List<String> entries = new ArrayList<>();
        for (Path source : sources) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            String pin = "";
            if (random.nextBoolean()) {
                String text = Files.readString(source);
                pin = ", \"sha256\": \"" + TestDataset.sha256(random.nextInt(3) == 0 ? text + "stale" : text) + "\"";
            }
            entries.add("{\"file\": \"" + source.getFileName() + "\", \"outlet\": \""
                    + (random.nextInt(4) == 0 ? "another" : "o") + "\"" + pin + "}");
        }
        dataset.source("sources.json", "{\"sources\": [" + String.join(", ", entries) + "]}");
    }

    private String text() {
        StringBuilder text = new StringBuilder();
        for (int i = 20 + random.nextInt(40); i > 0; i--) {
            text.append(pick(WORDS)).append(random.nextInt(5) == 0 ? "" : " ");
        }
        return text.toString();
    }

    private List<Path> files(String folder) throws IOException {
        Path directory = project.resolve(folder);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
