package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.factmaven.model.Claim;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.ClaimsFileWriter;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.ImportResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web annotations in and out: what fact:import makes of them, and what fact:export writes. */
class AnnotationsTest {

    private static final Path EXAMPLE = Path.of("../examples/armenia-russia-2023");
    private static final String URL = "https://example.org/news/kopyrkin";
    /** Two flags before the quote: 4 code points, 8 UTF-16 units. */
    private static final String TEXT = "🇦🇲🇷🇺 Russian ambassador Sergei Kopyrkin was summoned on October 24.";

    @TempDir
    Path project;

    private TestDataset dataset;

    @BeforeEach
    void createDataset() throws IOException {
        dataset = new TestDataset(project);
        dataset.source("a.txt", TEXT);
        dataset.source("sources.json", """
                {"sources": [{"file": "a.txt", "outlet": "Example News", "url": "%s"}]}
                """.formatted(URL));
    }

    private Path file(String name, String json) throws IOException {
        Path file = project.resolve(name);
        Files.writeString(file, json);
        return file;
    }

    private ImportResult importing(Path... files) {
        return new AnnotationImporter().read(Dataset.inDirectory(project), List.of(files));
    }

    @Test
    void hypothesisPositionsCountUtf16AndBecomeCodePoints() throws IOException {
        Path search = file("hypothesis.json", """
                {"total": 1, "rows": [{
                  "id": "Xy3_aB-9", "uri": "%s", "text": "Russia's ambassador was summoned.",
                  "target": [{"source": "%s", "selector": [
                    {"type": "RangeSelector", "startContainer": "/p[1]", "startOffset": 8,
                     "endContainer": "/p[1]", "endOffset": 35},
                    {"type": "TextPositionSelector", "start": 9, "end": 36},
                    {"type": "TextQuoteSelector", "exact": "Russian ambassador", "prefix": "🇷🇺 ", "suffix": ""}]}]
                }]}
                """.formatted(URL, URL));

        ImportResult result = importing(search);

        assertEquals(List.of(), result.notImported());
        assertEquals(
                List.of(new Claim(
                        "Xy3_aB-9",
                        "Russia's ambassador was summoned.",
                        "Russian ambassador",
                        "a.txt",
                        OptionalInt.of(5),
                        "Example News",
                        Optional.of("🇷🇺 "),
                        Optional.empty())),
                result.claims());
        assertTrue(checkImported(result).passed());
    }

    @Test
    void w3cCollectionsPagesAndBodiesAreRead() throws IOException {
        Path collection = file("collection.jsonld", """
                {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                 "first": {"type": "AnnotationPage", "items": [
                   {"id": "https://annotations.example/anno/1", "type": "Annotation",
                    "bodyValue": "The ambassador was summoned.",
                    "target": {"source": "%s#main", "selector": [
                      {"type": "TextQuoteSelector", "exact": "was summoned"},
                      {"type": "TextPositionSelector", "start": 40, "end": 52}]}}],
                  "next": {"type": "AnnotationPage", "items": [
                   {"id": "https://annotations.example/anno/2", "type": ["Annotation"],
                    "body": [{"type": "TextualBody", "purpose": "tagging", "value": "diplomacy"},
                             {"type": "TextualBody", "value": "It happened on October 24."}],
                    "target": {"source": "%s", "selector": {"type": "TextQuoteSelector", "exact": "October 24"}}}]}}}
                """.formatted(URL, URL));

        ImportResult result = importing(collection);

        assertEquals(List.of(), result.notImported());
        assertEquals(2, result.annotations());
        assertEquals(
                List.of(
                        new Claim(
                                "1",
                                "The ambassador was summoned.",
                                "was summoned",
                                "a.txt",
                                OptionalInt.of(40),
                                "Example News",
                                Optional.empty(),
                                Optional.empty()),
                        new Claim(
                                "2",
                                "It happened on October 24.",
                                "October 24",
                                "a.txt",
                                OptionalInt.empty(),
                                "Example News",
                                Optional.empty(),
                                Optional.empty())),
                result.claims());
    }

    @Test
    void aW3cStartCountedInUtf16ByAJavaScriptClientIsTakenAsSuch() throws IOException {
        Path page = file("page.jsonld", """
                {"type": "AnnotationPage", "items": [{"id": "urn:x:3", "type": "Annotation", "bodyValue": "s",
                  "target": {"source": "%s", "selector": [
                    {"type": "TextQuoteSelector", "exact": "Sergei Kopyrkin"},
                    {"type": "TextPositionSelector", "start": 28, "end": 43}]}}]}
                """.formatted(URL));

        Claim claim = importing(page).claims().get(0);

        assertEquals(OptionalInt.of(24), claim.offset(), "28 UTF-16 units are 24 code points after two flags");
    }

    @Test
    void whatCannotBeImportedIsListedWhereItIsWrittenWithItsReason() throws IOException {
        Path page = file("page.jsonld", """
                {"type": "AnnotationPage", "items": [
                  {"id": "no-body", "type": "Annotation",
                   "target": {"source": "%s", "selector": {"type": "TextQuoteSelector", "exact": "Kopyrkin"}}},
                  {"id": "elsewhere", "type": "Annotation", "bodyValue": "s",
                   "target": {"source": "https://elsewhere.example/", "selector": {"type": "TextQuoteSelector", "exact": "x"}}},
                  {"id": "fragment", "type": "Annotation", "bodyValue": "s",
                   "target": {"source": "%s", "selector": {"type": "FragmentSelector", "value": "t=1,2"}}},
                  {"id": "empty", "type": "Annotation", "bodyValue": "s",
                   "target": {"source": "%s", "selector": {"type": "TextQuoteSelector", "exact": ""}}},
                  {"id": "whole", "type": "Annotation", "bodyValue": "s", "target": "%s"}]}
                """.formatted(URL, URL, URL, URL));
        Path broken = file("broken.json", "{\"rows\": [\n  {\"id\": }]}");
        Path other = file("other.json", "{\"claims\": []}");

        ImportResult result = importing(page, broken, other);

        assertEquals(List.of(), result.claims());
        assertEquals(5, result.annotations());
        assertEquals(
                List.of(
                        "page.jsonld:2:3: annotation no-body has no textual body to be the claim's statement: write"
                                + " what the quote supports in the annotation's comment",
                        "page.jsonld:4:3: annotation elsewhere annotates https://elsewhere.example/, which is no"
                                + " registered source: add the page's text to the sources and its url to"
                                + " sources/sources.json",
                        "page.jsonld:6:3: annotation fragment has no TextQuoteSelector, the only selector a claim can be"
                                + " made of (it has FragmentSelector)",
                        "page.jsonld:9:74: annotation empty has an empty \"exact\": it quotes nothing",
                        "page.jsonld:10:3: annotation whole has no TextQuoteSelector, the only selector a claim can be"
                                + " made of (its target is a whole resource)",
                        "broken.json:2:10: a member without a value: write its value after the colon",
                        "other.json:1:1: not a W3C Annotation, AnnotationPage or AnnotationCollection, nor a"
                                + " Hypothesis search result or annotation"),
                result.notImported().stream()
                        .map(problem -> problem.location() + ": " + problem.message())
                        .toList());
    }

    @Test
    void deeplyNestedInputIsAProblemNotACrash() throws IOException {
        Path deep = file("deep.json", "[".repeat(100_000) + "]".repeat(100_000));

        List<Problem> problems = importing(deep).notImported();

        assertEquals(1, problems.size());
        assertEquals(
                "deep.json:1:1001: a value too large or too deeply nested to read: Document nesting depth (1001)"
                        + " exceeds the maximum allowed (1000)",
                problems.get(0).location() + ": " + problems.get(0).message());
    }

    @Test
    void annotationIdsGiveStableDistinctClaimIds() throws IOException {
        String annotation = """
                {"id": "%s", "type": "Annotation", "bodyValue": "s",
                 "target": {"source": "%s", "selector": {"type": "TextQuoteSelector", "exact": "Kopyrkin"}}}""";
        Path page = file(
                "page.jsonld",
                "{\"type\": \"AnnotationPage\", \"items\": ["
                        + String.join(
                                ",",
                                Stream.of("https://a.example/anno/1", "https://b.example/anno/1", "urn:x:?")
                                        .map(id -> annotation.formatted(id, URL))
                                        .toList())
                        + "]}");

        List<String> ids = importing(page).claims().stream().map(Claim::id).toList();

        assertEquals(ids, importing(page).claims().stream().map(Claim::id).toList(), "the same on every import");
        assertEquals(3, ids.stream().distinct().count(), ids.toString());
        assertTrue(ids.get(0).startsWith("1-") && ids.get(1).startsWith("1-"), ids.toString());
        assertEquals("x", ids.get(2));
    }

    @Test
    void exportThenImportGivesBackTheSameClaims(@TempDir Path copy) throws IOException {
        copyExample(copy);
        Dataset example = Dataset.inDirectory(copy);
        AnnotationExporter.Export export = new AnnotationExporter().export(example);
        Path page = copy.resolve("target/annotations.jsonld");

        export.write(page);
        ImportResult result = new AnnotationImporter().read(example, List.of(page));

        List<Claim> claims = new ArrayList<>();
        for (Path file : example.claimsFiles()) {
            new ClaimsFileReader()
                    .read(file, example.displayName(file))
                    .claims()
                    .forEach(located -> claims.add(located.claim()));
        }
        assertEquals(List.of(), export.notExported());
        assertEquals(35, export.annotations());
        assertEquals(List.of(), result.notImported());
        assertEquals(claims, result.claims());
        JsonNode first = new ObjectMapper().readTree(page.toFile()).get("items").get(0);
        assertEquals("Annotation", first.get("type").asText());
        assertEquals(
                "TextQuoteSelector",
                first.get("target").get("selector").get(0).get("type").asText());
        assertEquals(
                "TextPositionSelector",
                first.get("target").get("selector").get(1).get("type").asText());
    }

    private static void copyExample(Path copy) throws IOException {
        for (String folder : List.of("claims", "sources")) {
            try (Stream<Path> files = Files.walk(EXAMPLE.resolve(folder))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = copy.resolve(EXAMPLE.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    private CheckResult checkImported(ImportResult result) throws IOException {
        Path claims = project.resolve("claims/annotations.json");
        Files.createDirectories(claims.getParent());
        new ClaimsFileWriter().write(result.claims(), claims);
        CheckResult check = new FactChecker().check(Dataset.inDirectory(project));
        assertEquals(
                result.claims().stream().map(Claim::id).toList(),
                check.claims().stream().map(claim -> claim.id().orElseThrow()).toList());
        return check;
    }
}
