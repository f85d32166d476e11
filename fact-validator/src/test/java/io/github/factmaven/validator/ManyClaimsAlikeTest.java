package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.factmaven.model.ClaimsFileWriter;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.FixOutcome;
import io.github.factmaven.validator.api.FixResult;
import io.github.factmaven.validator.api.ImportResult;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.report.HtmlReport;
import io.github.factmaven.validator.report.JUnitReport;
import io.github.factmaven.validator.report.JsonReport;
import io.github.factmaven.validator.report.SarifReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Datasets in which 100,000 claims share something, checked with a heap of 1 GB (the surefire
 * execution {@code many-claims-alike} of this module): every finding that relates claims to one
 * another costs in proportion to its group, no message grows with the group, and all four reports
 * are written and parse. Before, 20,000 claims citing one span ran out of memory.
 */
class ManyClaimsAlikeTest {

    private static final int N = 100_000;
    /** No message may grow with a group: the longest a message of these datasets has any reason to be. */
    private static final int LONGEST_MESSAGE = 1_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path project;

    /**
     * The tests mean something only with the heap bounded: the surefire execution that runs them
     * bounds it and says so; a run without the bound (an IDE, {@code -Dtest}) skips them.
     */
    @BeforeAll
    static void heapIsBounded() {
        boolean bounded = Runtime.getRuntime().maxMemory() <= 1L << 30;
        if (Boolean.getBoolean("manyClaimsAlike.boundedHeap")) {
            assertTrue(bounded, "the many-claims-alike execution runs with -Xmx1g");
        }
        assumeTrue(bounded, "run with -Xmx1g, as the surefire execution many-claims-alike does");
    }

    /** About a megabyte of news text: the example's five articles, again and again. */
    private static String megabyteOfNews() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.list(TestDataset.SAMPLES)) {
            List<Path> articles = files.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .toList();
            while (text.length() < 1_000_000) {
                for (Path article : articles) {
                    text.append(Files.readString(article));
                }
            }
        }
        return text.toString();
    }

    private void source(String name, String text) throws IOException {
        Files.createDirectories(project.resolve("sources"));
        Files.writeString(project.resolve("sources").resolve(name), text);
    }

    /** Writes the claims, a thousand per file, as a user's claims files would be; each claim is one JSON object. */
    private void claims(IntFunction<String> claim) throws IOException {
        Path folder = Files.createDirectories(project.resolve("claims"));
        for (int file = 0; file < N / 1000; file++) {
            try (Writer out = Files.newBufferedWriter(folder.resolve(String.format("c%03d.json", file)))) {
                out.write("{\"claims\": [\n");
                for (int i = file * 1000; i < (file + 1) * 1000; i++) {
                    out.write(claim.apply(i));
                    out.write(i == (file + 1) * 1000 - 1 ? "\n" : ",\n");
                }
                out.write("]}\n");
            }
        }
    }

    private static String claim(String id, String quote, String source, String offset) {
        return "{\"id\": " + json(id) + ", \"statement\": \"s\", \"quote\": " + json(quote) + ", \"source\": "
                + json(source) + (offset.isEmpty() ? "" : ", \"offset\": " + offset) + ", \"outlet\": \"o\"}";
    }

    private static String json(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private CheckResult check() throws IOException {
        CheckResult result = new FactChecker().check(Dataset.inDirectory(project));
        assertEquals(N, result.claims().size());
        for (ClaimResult claim : result.claims()) {
            claim.diagnostics().forEach(diagnostic -> assertBounded(diagnostic.message()));
            claim.warnings().forEach(warning -> assertBounded(warning.message()));
        }
        result.warnings().forEach(warning -> assertBounded(warning.message()));
        return result;
    }

    private static void assertBounded(String message) {
        assertTrue(message.length() <= LONGEST_MESSAGE, () -> message.length() + " characters: " + message);
    }

    /** What the four reports of a check hold, read back as their readers read them. */
    private record Reports(JsonNode json, int sarifResults, int mostRelated, int testCases, String html) {}

    private Reports reports(CheckResult result) throws IOException {
        Path folder = project.resolve("target/fact-check");
        JsonReport.write(result, folder.resolve("report.json"));
        SarifReport.write(result, project, "test", folder.resolve("report.sarif"));
        JUnitReport.write(result, folder.resolve("TEST-claims.xml"));
        HtmlReport.write(result, folder.resolve("report.html"));
        int[] sarif = sarifResults(folder.resolve("report.sarif"));
        return new Reports(
                JSON.readTree(folder.resolve("report.json").toFile()),
                sarif[0],
                sarif[1],
                testCases(folder.resolve("TEST-claims.xml")),
                Files.readString(folder.resolve("report.html")));
    }

    /** The SARIF log's results and the most related locations one has, read as a stream: the log is large. */
    private static int[] sarifResults(Path file) throws IOException {
        int results = 0;
        int mostRelated = 0;
        try (JsonParser json = JSON.getFactory().createParser(file.toFile())) {
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.FIELD_NAME && json.currentName().equals("ruleId")) {
                    results++;
                } else if (token == JsonToken.FIELD_NAME && json.currentName().equals("relatedLocations")) {
                    json.nextToken();
                    mostRelated = Math.max(mostRelated, json.readValueAsTree().size());
                }
            }
        }
        return new int[] {results, mostRelated};
    }

    private static int testCases(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            int cases = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT
                        && xml.getLocalName().equals("testcase")) {
                    cases++;
                }
            }
            return cases;
        } catch (XMLStreamException e) {
            throw new AssertionError("TEST-claims.xml does not parse: " + e.getMessage(), e);
        }
    }

    private static long cards(String html) {
        return html.split("<article class=\"claim ", -1).length - 1;
    }

    @Test
    void claimsCitingOneSpanAreOneGroup() throws IOException {
        String text = megabyteOfNews();
        source("a.txt", text);
        String quote = text.substring(1000, 1060);
        claims(i -> claim("c" + i, quote, "a.txt", "1000"));

        CheckResult result = check();

        assertEquals(1, result.groups().size());
        ClaimGroup group = result.groups().get(0);
        assertEquals(ClaimGroup.Kind.DUPLICATE_SPAN, group.kind());
        assertEquals(N, group.members().size());
        assertEquals("sources/a.txt, offset 1000", group.shared());
        Warning first = result.claims().get(0).warnings().stream()
                .filter(warning -> warning.kind() == WarningKind.DUPLICATE_SPAN)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "cites the same span as \"c1\" (claims/c000.json:3:1), \"c2\" (claims/c000.json:4:1), \"c3\""
                        + " (claims/c000.json:5:1) and 99,996 other claims: the same source, offset and quote",
                first.message());

        Reports reports = reports(result);
        JsonNode groups = reports.json().get("groups");
        assertEquals(1, groups.size());
        assertEquals("DUPLICATE_SPAN", groups.get(0).get("kind").asText());
        assertEquals(N, groups.get(0).get("size").asInt());
        assertEquals(N, groups.get(0).get("members").size());
        assertEquals("c99999", groups.get(0).get("members").get(N - 1).get("id").asText());
        assertEquals(0, reports.json().get("claims").get(N - 1).get("group").asInt());
        assertEquals(N, reports.testCases());
        assertEquals(SarifReport.RELATED, reports.mostRelated());
        assertEquals(10, cards(reports.html()));
        assertTrue(reports.html().contains("99990 more failed or warned claims are counted above but not listed"));
    }

    @Test
    void claimsWithOneIdAreOneGroup() throws IOException {
        String text = megabyteOfNews();
        source("a.txt", text);
        claims(i -> claim("same", text.substring(1000 + i % 1000, 1040 + i % 1000), "a.txt", "" + (1000 + i % 1000)));

        CheckResult result = check();

        assertEquals(N, result.failures().size());
        assertEquals(1, result.groups().size());
        assertEquals(ClaimGroup.Kind.DUPLICATE_ID, result.groups().get(0).kind());
        assertEquals(N, result.groups().get(0).members().size());
        ClaimResult last = result.claims().get(N - 1);
        assertEquals(Status.DUPLICATE_ID, last.status());
        assertEquals(
                "id \"same\" is also used at claims/c000.json:2:1, claims/c000.json:3:1, claims/c000.json:4:1"
                        + " and 99,996 other places",
                last.message());

        Reports reports = reports(result);
        assertEquals(N, reports.json().get("groups").get(0).get("members").size());
        assertEquals(N, reports.sarifResults() - result.warnings().size());
        assertEquals(SarifReport.RELATED, reports.mostRelated());
        assertEquals(N, reports.testCases());
        assertEquals(10, cards(reports.html()));
    }

    @Test
    void quotesOfAnotherSourceAreFoundThereAll() throws IOException {
        source("a.txt", megabyteOfNews());
        source(
                "b.txt",
                IntStream.range(0, N)
                        .mapToObj(i -> "Sentence number " + i + " of the other article. ")
                        .collect(Collectors.joining()));
        claims(i -> claim("c" + i, "Sentence number " + i + " of the other article.", "a.txt", "0"));

        CheckResult result = check();

        assertTrue(result.claims().stream().allMatch(claim -> claim.status() == Status.IN_OTHER_SOURCE));
        assertEquals(
                "quote is not in sources/a.txt but in sources/b.txt at offset 280 (line 1, column 281): is the"
                        + " source or the quote from another article?",
                result.claims().get(7).message());

        Reports reports = reports(result);
        assertEquals(N, reports.json().get("summary").get("failed").asInt());
        assertEquals(N, reports.testCases());
        assertEquals(10_000, cards(reports.html()));
    }

    @Test
    void quotesNotFoundAnywhereAreReportedAll() throws IOException {
        source("a.txt", megabyteOfNews());
        claims(i -> claim("c" + i, "A sentence no source has, number " + i + ".", "a.txt", "0"));

        CheckResult result = check();

        assertTrue(result.claims().stream().allMatch(claim -> claim.status() == Status.NOT_FOUND));
        // the closest passage is searched for in the whole source for the first quotes, and the
        // search ends where its budget does
        assertTrue(result.claims().get(0).message().startsWith("sources/a.txt does not contain the quote"));
        assertEquals(
                "sources/a.txt does not contain the quote, nor anything close to it near offset 0; so many of its"
                        + " quotes fail that the rest of it is not searched for the closest passage: fix the first"
                        + " failures, then check again",
                result.claims().get(N - 1).message());
        assertEquals(N, reports(result).testCases());
    }

    @Test
    void aSpellingWithAHundredThousandPlacesIsOneWarning() throws IOException {
        // the news text is all in the Basic Multilingual Plane: its offsets in code points are its indices
        StringBuilder text = new StringBuilder(megabyteOfNews());
        text.append(" Koprikin said.");
        int[] offsets = new int[N];
        for (int i = 0; i < N; i++) {
            text.append(' ');
            offsets[i] = text.length();
            text.append("Kopyrkin met envoy ").append(i).append('.');
        }
        source("a.txt", text.toString());
        claims(i -> claim("c" + i, "Kopyrkin met envoy " + i + ".", "a.txt", "" + offsets[i]));

        CheckResult result = check();

        assertTrue(result.passed());
        Warning variants = result.warnings().stream()
                .filter(warning -> warning.kind() == WarningKind.SPELLING_VARIANTS
                        && warning.message().contains("Kopyrkin"))
                .findFirst()
                .orElseThrow();
        Matcher counted = Pattern.compile("^\"Kopyrkin\" \\(([0-9,]+) times\\)").matcher(variants.message());
        assertTrue(counted.find(), variants.message());
        assertTrue(Integer.parseInt(counted.group(1).replace(",", "")) > N, variants.message());
        assertTrue(variants.message().contains("\n  Kopyrkin: "), variants.message());
        assertEquals(N, reports(result).testCases());
    }

    @Test
    void aQuoteThatOccursAHundredThousandTimesIsToldSo() throws IOException {
        String sentence = "The ambassador was summoned. ";
        source("a.txt", sentence.repeat(N) + megabyteOfNews());
        claims(i -> i == N - 1
                ? claim("no-offset", sentence.strip(), "a.txt", "")
                : claim("c" + i, sentence.strip(), "a.txt", "" + sentence.length() * i));

        CheckResult result = check();

        assertEquals(
                "quote occurs more than 100 times in sources/a.txt; quote a longer passage so that it says which"
                        + " one is meant",
                result.claims().get(0).warnings().get(0).message());
        assertEquals(Status.MISSING_OFFSET, result.claims().get(N - 1).status());
        assertTrue(result.claims().get(N - 1).message().contains("occurs more than 100 times"));
        Reports reports = reports(result);
        assertEquals(N, reports.testCases());
        assertTrue(reports.html().contains("more failed or warned claims are counted above but not listed"));
    }

    /**
     * A passage highlighted by a hundred thousand annotators: imported, its offsets filled in by the
     * fixer, then checked, as {@code fact:import}, {@code fact:fix} and {@code mvn verify} do.
     */
    @Test
    void aHundredThousandAnnotationsOfOnePassageAreImportedFixedAndChecked() throws IOException {
        // the news repeats; this passage is there once, so each annotation has one place to be
        String quote = "A passage that a hundred thousand readers highlighted, and only once.";
        String text = megabyteOfNews() + quote;
        source("a.txt", text);
        source("sources.json", """
                {"sources": [{"file": "a.txt", "outlet": "Example News", "url": "https://example.org/a"}]}
                """);
        Path annotations = project.resolve("annotations.json");
        try (Writer out = Files.newBufferedWriter(annotations, StandardCharsets.UTF_8)) {
            out.write("{\"type\": \"AnnotationPage\", \"items\": [\n");
            for (int i = 0; i < N; i++) {
                out.write("{\"id\": \"https://example.org/annotations/" + i + "\", \"type\": \"Annotation\","
                        + " \"body\": {\"type\": \"TextualBody\", \"value\": \"Said by many.\"},"
                        + " \"target\": {\"source\": \"https://example.org/a\", \"selector\":"
                        + " {\"type\": \"TextQuoteSelector\", \"exact\": " + json(quote) + "}}}"
                        + (i == N - 1 ? "\n" : ",\n"));
            }
            out.write("]}\n");
        }

        ImportResult imported = new AnnotationImporter().read(Dataset.inDirectory(project), List.of(annotations));
        assertEquals(List.of(), imported.notImported());
        assertEquals(N, imported.claims().size());
        Files.createDirectories(project.resolve("claims"));
        new ClaimsFileWriter().write(imported.claims(), project.resolve("claims/annotations.json"));

        FixResult fixed = FactFixer.offsetsOnly().fix(Dataset.inDirectory(project));
        assertEquals(N, fixed.count(FixOutcome.OFFSET_FILLED));
        assertEquals(1, fixed.files().size());
        fixed.files().get(0).write();

        CheckResult result = check();
        assertEquals(
                List.of(),
                result.failures().stream().limit(1).map(ClaimResult::message).toList());
        assertEquals(1, result.groups().size());
        assertEquals(N, result.groups().get(0).members().size());
        assertEquals(N, reports(result).testCases());
    }
}
