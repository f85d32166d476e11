package io.github.factmaven.spark.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.spark.ClaimsTable;
import io.github.factmaven.spark.DatasetFolder;
import io.github.factmaven.spark.FactCheckJob;
import io.github.factmaven.spark.SparkCheckResult;
import io.github.factmaven.spark.SparkFactCheck;
import io.github.factmaven.spark.internal.Rows;
import io.github.factmaven.spark.internal.Schemas;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.report.ConsoleReport;
import io.github.factmaven.validator.report.HtmlReport;
import io.github.factmaven.validator.report.JUnitReport;
import io.github.factmaven.validator.report.JsonReport;
import io.github.factmaven.validator.report.SarifReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check on Spark gives what the library gives on one machine, claim by claim: status, failure
 * code, offsets, message, diagnosis and warnings; and the same dataset-wide warnings.
 */
class SameVerdictsTest {

    private static SparkSession spark;

    @TempDir
    Path project;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("fact-spark-it")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theExampleDataset() throws IOException {
        Path example = Path.of(System.getProperty("examples"), "armenia-russia-2023");
        copy(example.resolve("claims"), project.resolve("claims"));
        copy(example.resolve("sources"), project.resolve("sources"));
        // with its registry's pins and outlets: one source changed since it was pinned, one not registered
        Path changed = project.resolve("sources/001_95c90beaeb40d16c.txt");
        Files.writeString(changed, Files.readString(changed) + "\nA line added since.\n");
        write("sources/later/unregistered.txt", "Nikol Pashinyan, again.");

        List<String> results = assertSame(new SparkFactCheck());
        assertTrue(results.size() > 30, results.size() + " results");
        assertTrue(results.stream().anyMatch(r -> r.contains("SOURCE_CHANGED")), String.join("\n", results));
        // every source's claims split among tasks, a few each: the same verdicts
        assertEquals(results, assertSame(new SparkFactCheck().withClaimsPerTask(2)));
        // every source's bytes moved to its claims' task rather than the claims sent to every task
        assertEquals(results, assertSame(new SparkFactCheck().withBroadcastLimit(0)));
        // spellings accepted as right are accepted alike
        List<Set<String>> accepted = List.of(Set.of("Kopyrkin", "Koprikin"));
        assertSame(
                new FactChecker().withAcceptedVariants(accepted), new SparkFactCheck().withAcceptedVariants(accepted));
    }

    @Test
    void everyKindOfFailure() throws IOException {
        writeEveryKindOfFailure();

        List<String> results = assertSame(new SparkFactCheck());
        assertEquals(results, assertSame(new SparkFactCheck().withClaimsPerTask(1)));
        assertEquals(
                results, assertSame(new SparkFactCheck().withClaimsPerTask(1).withBroadcastLimit(0)));
        assertTrue(results.stream().anyMatch(r -> r.contains("IN_OTHER_SOURCE")), String.join("\n", results));
        assertTrue(results.stream().anyMatch(r -> r.contains("DUPLICATE_ID")));
        assertTrue(results.stream().anyMatch(r -> r.contains("INVALID_CLAIM")));
        assertTrue(results.stream().anyMatch(r -> r.contains("SOURCE_NOT_FOUND")));
        assertTrue(results.stream().anyMatch(r -> r.contains("SOURCE_INVALID_UTF8")));
        assertTrue(results.stream().anyMatch(r -> r.contains("QUOTE_MISMATCH")));
        assertTrue(results.stream().anyMatch(r -> r.contains("OFFSET_MISMATCH")));
    }

    /**
     * Claims read from many small files come in as many partitions, which the check takes a few per
     * core (each file counts as 4 MB when Spark packs files into partitions: 300 files are ten).
     */
    @Test
    void aDatasetOfManySmallClaimsFiles() throws IOException {
        write("sources/a.txt", "Nikol Pashinyan met Vladimir Putin in Moscow. Sergei Kopyrkin left.");
        write("sources/b.txt", "Sergei Kopyrkin was summoned on Tuesday.");
        for (int i = 0; i < 300; i++) {
            String claim = switch (i % 5) {
                case 0 -> claim("c" + i, "Vladimir Putin", "a.txt", 20);
                case 1 -> claim("c" + i, "Sergei Kopyrkin was", "b.txt", 0);
                case 2 -> claim("c" + i, "Koprikin left", "a.txt", 54);
                case 3 -> claim(i % 30 == 3 ? "twice" : "c" + i, "in Moscow", "a.txt", 35);
                default -> claim("c" + i, "summoned", "gone.txt", 0);
            };
            write(String.format("claims/c%03d.json", i), claims(claim));
        }

        List<String> results = assertSame(new SparkFactCheck());
        assertEquals(300, results.size());
        assertTrue(results.stream().anyMatch(r -> r.contains("DUPLICATE_ID")), String.join("\n", results));
        assertTrue(results.stream().anyMatch(r -> r.contains("QUOTE_MISMATCH")));
        assertTrue(results.stream().anyMatch(r -> r.contains("SOURCE_NOT_FOUND")));
    }

    @Test
    void aRegistryJudgesOutletsPinsAndHowPagesAreRead() throws IOException {
        write(
                "sources/page.html",
                "<html><head><title>Title. </title></head><body><nav>Menu Home</nav><p>Nikol Pashinyan met Vladimir"
                        + " Putin.</p></body></html>");
        write("sources/plain.txt", "Sergei Kopyrkin was summoned on Tuesday.");
        write("sources/unpinned.txt", "Nothing to see.");
        write(
                "sources/sources.json",
                "{\"sources\": [\n"
                        + "  {\"file\": \"page.html\", \"outlet\": \"Azatutyun\", \"htmlRoot\": \"document\"},\n"
                        + "  {\"file\": \"plain.txt\", \"outlet\": \"Armenpress\", \"sha256\": \""
                        + "0".repeat(64) + "\"},\n"
                        + "  {\"file\": \"unpinned.txt\", \"outlet\": \"o\"},\n"
                        + "  {\"file\": \"gone.txt\", \"outlet\": \"o\"},\n"
                        + "  {\"outlet\": \"no file\"}\n"
                        + "]}\n");
        write(
                "claims/a.json",
                claims(
                        claim("page-root", "Title. Menu Home", "page.html", 0).replace("\"o\"", "\"Azatutyun\""),
                        claim("wrong-outlet", "Sergei Kopyrkin", "plain.txt", 0),
                        claim("unpinned", "Nothing", "unpinned.txt", 0),
                        // only in the page's title, which its registry entry says is part of its text
                        claim("in-the-title", "Title. Menu", "unpinned.txt", 0)));

        List<String> results = assertSame(new SparkFactCheck());
        assertTrue(results.stream().anyMatch(r -> r.contains("SOURCE_CHANGED")), String.join("\n", results));
        assertTrue(results.stream().anyMatch(r -> r.contains("is not the outlet")));
        assertTrue(results.stream().anyMatch(r -> r.startsWith("{in-the-title") && r.contains("IN_OTHER_SOURCE")));
        assertTrue(
                results.stream().anyMatch(r -> r.startsWith("{page-root") && r.contains("VERIFIED")),
                String.join("\n", results));
    }

    @Test
    void theJobPrintsWhatTheBuildPrintsAndFailsAsItFails() throws IOException {
        writeEveryKindOfFailure();
        CheckResult expected = new FactChecker().check(Dataset.inDirectory(project));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path reports = project.resolve("target/reports");

        int status = FactCheckJob.run(
                new String[] {
                    project.toString(), project.resolve("target/tables").toString(), "--reports", reports.toString()
                },
                spark,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String out = printed.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, out);
        for (String line : ConsoleReport.problemLines(expected)) {
            assertTrue(out.contains(line), line + "\n--- not in ---\n" + out);
        }
        assertTrue(out.contains(ConsoleReport.summary(expected)), ConsoleReport.summary(expected) + "\n" + out);
        // the reports the build would write of the same result, passages of the sources included
        assertEquals(JsonReport.toJson(expected), Files.readString(reports.resolve("report.json")));
        assertEquals(JUnitReport.toXml(expected), Files.readString(reports.resolve("junit.xml")));
        assertEquals(HtmlReport.toHtml(expected), Files.readString(reports.resolve("report.html")));
        assertEquals(
                SarifReport.toJson(expected, Path.of(""), "fact-spark"),
                Files.readString(reports.resolve("report.sarif")));
        assertEquals(
                expected.claims().size(),
                spark.read()
                        .parquet(project.resolve("target/tables/results").toString())
                        .count());
        assertEquals(2, FactCheckJob.run(new String[] {"only-one-argument"}, spark, new PrintStream(printed)));
    }

    @Test
    void claimsAsJsonLinesGetTheVerdictsOfTheSameClaimsInAFile() throws IOException {
        write("sources/a.txt", "Nikol Pashinyan met Vladimir Putin in Moscow. Kopyrkin left.");
        List<String> lines = List.of(
                claim("verified", "Vladimir Putin", "a.txt", 20),
                claim("misspelled", "Koprikin left", "a.txt", 46),
                "{\"id\": \"no-quote\", \"statement\": \"s\", \"source\": \"a.txt\", \"outlet\": \"o\"}",
                claim("moved", "in Moscow", "a.txt", 30));
        // the same claims, a line each, in a claims file: one line further down
        write("claims/a.json", "{\"claims\": [\n" + String.join(",\n", lines) + "\n]}\n");
        CheckResult expected = new FactChecker().check(Dataset.inDirectory(project));
        Path table = project.resolve("table/part-0.jsonl");
        List<String> withBadLines = new ArrayList<>(lines);
        withBadLines.add("not json");
        withBadLines.add("");
        write("table/part-0.jsonl", String.join("\n", withBadLines) + "\n");

        SparkCheckResult actual = new SparkFactCheck()
                .check(
                        ClaimsTable.jsonLines(spark, table.toString()),
                        DatasetFolder.of(spark, project.toString()).sources());

        Map<String, Row> byId = new HashMap<>();
        actual.results().collectAsList().forEach(row -> byId.put(row.getAs("id"), row));
        for (ClaimResult result : expected.claims()) {
            Row row = byId.get(result.id().orElseThrow());
            assertEquals(result.status().name(), row.getAs("status"), result.toString());
            assertEquals(result.location().line() - 1, row.<Integer>getAs("line"));
            assertEquals(result.location().column(), row.<Integer>getAs("column"));
            assertEquals(result.verified() ? null : result.message(), row.getAs("message"));
        }
        List<Row> errors = actual.errors().collectAsList();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(5, errors.get(0).<Integer>getAs("line"));
        assertTrue(errors.get(0).<String>getAs("file").endsWith("part-0.jsonl"));
    }

    @Test
    void rowsThatCannotBeClaimsAreResultsNotAFailedJob() {
        List<Row> claims = List.of(
                claimRow("claim", "no-quote", null, "a.txt", 0, "claims/t", 1),
                claimRow("claim", "negative", "q", "a.txt", -3, "claims/t", 2),
                claimRow("claim", "no-place", "Nikol", "a.txt", 0, null, null),
                claimRow("something", "unknown-kind", "q", "a.txt", 0, "claims/t", 4),
                claimRow("invalid", "says-nothing", null, null, null, "claims/t", 5),
                claimRow("claim", "null-content", "q", "empty.txt", 0, "claims/t", 6));
        List<Row> sources = List.of(
                Rows.row(Schemas.SOURCES, "a.txt", "Nikol Pashinyan".getBytes(StandardCharsets.UTF_8)),
                // a table may hold a path twice: one source, checked once
                Rows.row(Schemas.SOURCES, "a.txt", "Nikol Pashinyan".getBytes(StandardCharsets.UTF_8)),
                Rows.row(Schemas.SOURCES, null, "no path".getBytes(StandardCharsets.UTF_8)),
                Rows.row(Schemas.SOURCES, "empty.txt", null));

        SparkCheckResult result = new SparkFactCheck()
                .check(spark.createDataFrame(claims, Schemas.CLAIMS), spark.createDataFrame(sources, Schemas.SOURCES));

        Map<String, String> statuses = new HashMap<>();
        result.results().collectAsList().forEach(row -> statuses.put(row.getAs("id"), row.getAs("status")));
        assertEquals(
                Map.of(
                        "no-quote", "INVALID_CLAIM",
                        "negative", "INVALID_CLAIM",
                        "no-place", "VERIFIED",
                        "unknown-kind", "INVALID_CLAIM",
                        "says-nothing", "INVALID_CLAIM",
                        "null-content", "SOURCE_NOT_FOUND"),
                statuses);
        assertEquals(claims.size(), result.results().count(), "one result for each claim row");
    }

    @Test
    void aTableOfClaimColumnsIsChecked() throws IOException {
        write("sources/a.txt", "Nikol Pashinyan met Vladimir Putin in Moscow.");
        StructType columns = new StructType()
                .add("id", "string")
                .add("statement", "string")
                .add("quote", "string")
                .add("source", "string")
                .add("offset", "long")
                .add("outlet", "string")
                .add("line", "long");
        Path table = project.resolve("table.parquet");
        spark.createDataFrame(
                        List.of(
                                RowFactory.create("met", "s", "Vladimir Putin", "a.txt", 20L, "o", 1L),
                                RowFactory.create("moved", "s", "in Moscow", "a.txt", 3L, "o", 2L),
                                RowFactory.create("no-outlet", "s", "Nikol", "a.txt", 0L, null, 3L)),
                        columns)
                .write()
                .parquet(table.toString());

        SparkCheckResult result = new SparkFactCheck()
                .check(
                        ClaimsTable.of(spark.read().parquet(table.toString()), "claims.parquet"),
                        DatasetFolder.of(spark, project.toString()).sources());

        Map<String, String> places = new HashMap<>();
        result.results()
                .collectAsList()
                .forEach(row -> places.put(
                        row.getAs("id"), row.getAs("status") + " at " + row.getAs("file") + ":" + row.getAs("line")));
        assertEquals(
                Map.of(
                        "met", "VERIFIED at claims.parquet:1",
                        "moved", "OFFSET_MISMATCH at claims.parquet:2",
                        "no-outlet", "INVALID_CLAIM at claims.parquet:3"),
                places);
    }

    private static Row claimRow(
            String entry, String id, String quote, String source, Integer offset, String file, Integer line) {
        return Rows.row(
                Schemas.CLAIMS, entry, id, "s", quote, source, offset, "o", null, null, file, line, 3, null, null);
    }

    @Test
    void aDatasetWithoutClaimsFilesIsSaidToHaveNone() throws IOException {
        write("claims/notes.txt", "not a claims file");
        write("sources/a.txt", "Nikol Pashinyan");
        assertSame(new SparkFactCheck());
    }

    /** Checks the project both ways; the results, as rows, must be equal. */
    private List<String> assertSame(SparkFactCheck check) throws IOException {
        return assertSame(new FactChecker(), check);
    }

    private List<String> assertSame(FactChecker library, SparkFactCheck check) throws IOException {
        CheckResult expected = library.check(Dataset.inDirectory(project));
        String folder = project.toString();
        SparkCheckResult actual = check.check(DatasetFolder.of(spark, folder));

        List<String> expectedResults = sorted(expected.claims().stream().map(Rows::result));
        assertFalse(expected.warnings().isEmpty() && expectedResults.isEmpty(), "nothing to compare");
        List<String> actualResults = sorted(actual.results().collectAsList().stream());
        assertEquals(String.join("\n", expectedResults), String.join("\n", actualResults));

        List<Row> expectedWarnings = new ArrayList<>();
        expected.groups().stream().map(Rows::group).forEach(expectedWarnings::add);
        // spelling variants with their place among them: the order the plugin lists them in
        int spellings = 0;
        for (Warning warning : expected.warnings()) {
            expectedWarnings.add(
                    warning.kind() == WarningKind.SPELLING_VARIANTS
                            ? Rows.warning(warning, spellings++)
                            : Rows.warning(warning));
        }
        assertEquals(
                String.join("\n", sorted(expectedWarnings.stream())),
                String.join("\n", sorted(actual.warnings().collectAsList().stream())));

        List<String> expectedErrors =
                sorted(expected.fileErrors().stream().map(p -> p.location() + ": " + p.message()));
        List<String> actualErrors = sorted(actual.errors().collectAsList().stream()
                .map(r ->
                        r.getAs("file") + ":" + r.getAs("line") + ":" + r.getAs("column") + ": " + r.getAs("message")));
        assertEquals(expectedErrors, actualErrors);
        return actualResults;
    }

    /** Sources and claims files with every kind of failure the check knows, in a dataset without a registry. */
    private void writeEveryKindOfFailure() throws IOException {
        String article = "Armenian Prime Minister Nikol Pashinyan met Vladimir Putin in Moscow.\n"
                + "Pashinian said the talks with Kopyrkin were \u201cfrank\u201d.\n"
                + "The ambassador, Sergei Kopyrkin, left.\u00a0Kopyrkin returned.\n";
        write("sources/2023/plain.txt", article);
        write("sources/crlf.txt", article.replace("\n", "\r\n"));
        writeBytes("sources/bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(article)));
        write("sources/astral.txt", "\uD83C\uDDE6\uD83C\uDDF2 flags \uD83D\uDE00 then: " + article);
        write(
                "sources/page.html",
                "<!DOCTYPE html><html><head><title>T</title><script>var x = 1;</script></head><body>"
                        + "<p>Armenian Prime Minister <b>Nikol Pashinyan</b> met Vladimir&nbsp;Putin.</p></body></html>");
        writeBytes("sources/latin1.txt", new byte[] {'K', 'o', 'p', (byte) 0xFF, 'r', 'k', 'i', 'n'});
        write("sources/other.txt", "Nothing here but the words the frank ambassador said.");
        write("sources/uncited.txt", "Koprikin, not Kopyrkin, said the Koprikin family.");

        write(
                "claims/a.json",
                claims(
                        claim("verified", "Nikol Pashinyan met Vladimir Putin", "2023/plain.txt", 24),
                        claim("offset-off", "Nikol Pashinyan met Vladimir Putin", "2023/plain.txt", 30),
                        claim("no-offset", "Vladimir Putin in Moscow", "2023/plain.txt", null),
                        claim("misspelled", "the talks with Koprikin were", "2023/plain.txt", 81),
                        claim("space-for-nbsp", "left. Kopyrkin returned", "2023/plain.txt", 144),
                        claim("crlf", "Pashinian said the talks", "crlf.txt", 71),
                        claim("bom", "Armenian Prime Minister", "bom.txt", 0),
                        claim("astral", "flags", "astral.txt", 5),
                        claim("astral-off", "then:", "astral.txt", 14),
                        claim("html", "Nikol Pashinyan met Vladimir\u00a0Putin", "page.html", 24),
                        claim("missing", "anything", "gone.txt", 0),
                        claim("not-utf8", "Kop", "latin1.txt", 0),
                        claim("elsewhere", "the frank ambassador", "2023/plain.txt", 3),
                        claim("nowhere", "words nobody wrote anywhere at all", "2023/plain.txt", 0),
                        claim("twice", "Kopyrkin", "2023/plain.txt", 0),
                        claim("span-1", "Vladimir Putin", "2023/plain.txt", 44),
                        claim("span-2", "Vladimir Putin", "2023/plain.txt", 44),
                        claim("same-id", "Moscow", "2023/plain.txt", 62),
                        "{\"id\": \"no-quote\", \"statement\": \"s\", \"source\": \"x.txt\", \"offset\": 0, \"outlet\": \"o\"}",
                        "{\"id\": \"bad-offset\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"x.txt\", \"offset\": -4,"
                                + " \"outlet\": \"o\"}"));
        write(
                "claims/nested/b.json",
                claims(claim("same-id", "Moscow", "2023/plain.txt", 62), "{\"id\": \"same-id\", \"statement\": 3}"));
        write("claims/broken.json", "{\"claims\": [ {\"id\": \"x\",");
        writeBytes("claims/not-utf8.json", new byte[] {'{', (byte) 0xC3, '}'});
    }

    private static List<String> sorted(Stream<?> items) {
        return items.map(SameVerdictsTest::render)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /** A row's values, nested rows and lists alike whether made here (arrays) or read back from Spark (Scala sequences). */
    private static String render(Object value) {
        if (value instanceof Row row) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                fields.add(render(row.get(i)));
            }
            return "{" + String.join(", ", fields) + "}";
        }
        if (value instanceof Object[] array) {
            return render(List.of(array));
        }
        if (value instanceof scala.collection.Iterable<?> iterable) {
            List<Object> items = new ArrayList<>();
            scala.collection.Iterator<?> it = iterable.iterator();
            while (it.hasNext()) {
                items.add(it.next());
            }
            return render(items);
        }
        if (value instanceof List<?> list) {
            return "["
                    + String.join(
                            ", ", list.stream().map(SameVerdictsTest::render).toList()) + "]";
        }
        return String.valueOf(value);
    }

    private static String claims(String... entries) {
        return "{\"claims\": [\n  " + String.join(",\n  ", entries) + "\n]}\n";
    }

    private static String claim(String id, String quote, String source, Integer offset) {
        return "{\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + quote + "\", \"source\": \"" + source
                + "\"" + (offset == null ? "" : ", \"offset\": " + offset) + ", \"outlet\": \"o\"}";
    }

    private void write(String file, String text) throws IOException {
        writeBytes(file, bytes(text));
    }

    private void writeBytes(String file, byte[] bytes) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
