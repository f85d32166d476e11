package io.github.factmaven.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SARIF and JUnit XML of a failing dataset: valid, and saying what the log says, where it says it. */
class ReportFormatsTest {

    private static final String MIRROR = "000_e04d62ea4a6179d9.txt";

    @TempDir
    static Path project;

    private static CheckResult result;

    /** The Kopyrkin/Koprikin misspelling, a moved quote, an ambiguous quote, a missing source, a broken file. */
    @BeforeAll
    static void checkAFailingDataset() throws Exception {
        writeMirrorDataset(
                project,
                "mirror.json",
                "{\"claims\": [\n"
                        + claim("kopyrkin", "summoned Ambassador Sergei Kopyrkin over", MIRROR, 1821) + ",\n"
                        + claim("moved", "summoned Ambassador Sergei Koprikin over", MIRROR, 1784) + ",\n"
                        + claim("troops", "Russian troops", MIRROR, 494) + ",\n"
                        + claim("verified", "India has already begun selling weapons to Armenia", MIRROR, 4133) + ",\n"
                        + claim("not-downloaded", "anything", "001.txt", 0) + "\n]}\n");
        Files.writeString(project.resolve("claims/broken.json"), "{\"claims\": [\n  {\"id\": \"x\",,\n]}\n");
        result = new FactChecker().check(Dataset.inDirectory(project));
    }

    /** A dataset of the Mirror-Spectator's article and one claims file. */
    private static void writeMirrorDataset(Path directory, String claimsFile, String claims) throws IOException {
        Files.createDirectories(directory.resolve("sources"));
        Files.copy(
                Path.of("../examples/armenia-russia-2023/sources", MIRROR),
                directory.resolve("sources").resolve(MIRROR));
        Files.createDirectories(directory.resolve("claims"));
        Files.writeString(directory.resolve("claims").resolve(claimsFile), claims);
    }

    private static String claim(String id, String quote, String source, int offset) {
        return "  {\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + quote + "\", \"source\": \"" + source
                + "\", \"offset\": " + offset + ", \"outlet\": \"The Armenian Mirror-Spectator\"}";
    }

    @Test
    void sarifIsValidAgainstTheOfficialSchema() throws Exception {
        String sarif = SarifReport.toJson(result, project, "1.2.3");

        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif-schema-2.1.0.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
                    .getSchema(in);
        }
        List<Error> errors = schema.validate(sarif, InputFormat.JSON);
        assertEquals(List.of(), errors, sarif);
    }

    @Test
    void sarifLocatesEachFailureInTheClaimsFileAndItsSource() throws Exception {
        JsonNode run = new ObjectMapper()
                .readTree(SarifReport.toJson(result, project, "1.2.3"))
                .get("runs")
                .get(0);

        assertEquals("fact-maven-plugin", run.at("/tool/driver/name").asText());
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        assertEquals(
                project.toUri().toString(),
                run.at("/originalUriBaseIds/%SRCROOT%/uri").asText());
        List<String> ruleIds = new ArrayList<>();
        run.at("/tool/driver/rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
        assertTrue(
                ruleIds.containsAll(List.of(
                        "QUOTE_MISMATCH",
                        "OFFSET_MISMATCH",
                        "SOURCE_NOT_FOUND",
                        "MISSING_OFFSET",
                        "FILE_ERROR",
                        "AMBIGUOUS_QUOTE")),
                ruleIds.toString());

        List<String> summary = new ArrayList<>();
        run.get("results")
                .forEach(r -> summary.add(r.get("ruleId").asText() + " "
                        + r.get("level").asText() + " "
                        + r.at("/locations/0/physicalLocation/artifactLocation/uri")
                                .asText() + ":"
                        + r.at("/locations/0/physicalLocation/region/startLine").asInt() + ":"
                        + r.at("/locations/0/physicalLocation/region/startColumn")
                                .asInt()));
        assertEquals(
                List.of(
                        "FILE_ERROR error claims/broken.json:2:14",
                        "UNREGISTERED_SOURCE warning sources/000_e04d62ea4a6179d9.txt:1:1",
                        "SPELLING_VARIANTS warning claims/mirror.json:3:46",
                        "QUOTE_MISMATCH error claims/mirror.json:2:49",
                        "OFFSET_MISMATCH error claims/mirror.json:3:138",
                        "AMBIGUOUS_QUOTE warning claims/mirror.json:4:47",
                        "SOURCE_NOT_FOUND error claims/mirror.json:6:77"),
                summary);

        JsonNode kopyrkin = run.get("results").get(3);
        assertEquals(
                ruleIds.indexOf("QUOTE_MISMATCH"), kopyrkin.get("ruleIndex").asInt());
        String message = kopyrkin.at("/message/text").asText();
        assertTrue(
                message.startsWith("[kopyrkin] quote differs from sources/" + MIRROR
                        + " at offset 1821 (line 22, column 211): substance"),
                message);
        assertTrue(message.contains("Kopyrkin") && message.contains("Koprikin"), message);
        JsonNode source = kopyrkin.at("/relatedLocations/0/physicalLocation");
        assertEquals("sources/" + MIRROR, source.at("/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", source.at("/artifactLocation/uriBaseId").asText());
        assertEquals(22, source.at("/region/startLine").asInt());
        assertEquals(211, source.at("/region/startColumn").asInt());
    }

    /** A passage in typographic quotes is set off by other marks, not doubled ones (““…””). */
    @Test
    void sarifSetsOffAPassageInTypographicQuotesWithOtherMarks(@TempDir Path other) throws Exception {
        writeMirrorDataset(
                other, "c.json", "{\"claims\": [\n" + claim("typo", "“no advantag” in", MIRROR, 460) + "\n]}\n");
        CheckResult typo = new FactChecker().check(Dataset.inDirectory(other));

        String message = new ObjectMapper()
                        .readTree(SarifReport.toJson(typo, other, "1.2.3"))
                        .at("/runs/0/results")
                        .findValuesAsText("text")
                        .stream()
                        .filter(text -> text.startsWith("[typo]"))
                        .findFirst()
                        .orElseThrow();

        assertTrue(
                message.endsWith(". The quote has \"“no advantag” in\", [the source](1) \"“no advantage” in\""),
                message);
    }

    @Test
    void junitXmlIsValidForCiReadersWithTheTimeAndPlaceOfTheRun() throws Exception {
        JUnitReport.Run run =
                new JUnitReport.Run(Instant.parse("2026-11-26T12:34:56.789Z"), Duration.ofMillis(1234), "ci-runner-7");
        String xml = JUnitReport.toXml(result, Optional.of(run));

        javax.xml.validation.Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/junit/ci-junit.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        assertTrue(
                xml.contains("<testsuites name=\"fact check\" tests=\"6\" failures=\"3\" errors=\"1\" time=\"1.234\">"),
                xml);
        assertTrue(
                xml.contains(" file=\"claims/mirror.json\" package=\"claims\" id=\"1\""
                        + " timestamp=\"2026-11-26T12:34:56\" hostname=\"ci-runner-7\">"),
                xml);
    }

    @Test
    void aClaimsFileIsAClassNameThatCiSystemsGroupByItsFolder() {
        assertEquals("claims.azatutyun", JUnitReport.className("claims/azatutyun.json"));
        assertEquals("claims.2023.kyiv_independent", JUnitReport.className("claims/2023/kyiv.independent.json"));
    }

    @Test
    void junitXmlHasATestPerClaimAndAFailureCarryingTheMessage() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(JUnitReport.toXml(result).getBytes(StandardCharsets.UTF_8)));

        Element suites = xml.getDocumentElement();
        assertEquals("6", suites.getAttribute("tests"));
        assertEquals("3", suites.getAttribute("failures"));
        assertEquals("1", suites.getAttribute("errors"));
        NodeList cases = xml.getElementsByTagName("testcase");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            names.add(testCase.getAttribute("classname") + " " + testCase.getAttribute("name"));
        }
        assertEquals(
                List.of(
                        "claims.broken (claims file)",
                        "claims.mirror kopyrkin",
                        "claims.mirror moved",
                        "claims.mirror troops",
                        "claims.mirror verified",
                        "claims.mirror not-downloaded"),
                names);
        Element failure = (Element)
                ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertEquals("QUOTE_MISMATCH", failure.getAttribute("type"));
        assertEquals(
                "quote differs from sources/" + MIRROR + " at offset 1821 (line 22, column 211): substance",
                failure.getAttribute("message"));
        assertTrue(failure.getTextContent().startsWith("claims/mirror.json:2:49: quote differs"));
        assertTrue(failure.getTextContent().contains("source: …ned Ambassador Sergei Koprikin over"));
        assertEquals(
                0, ((Element) cases.item(4)).getElementsByTagName("failure").getLength(), "verified passes");
        assertEquals("FILE_ERROR", ((Element) xml.getElementsByTagName("error").item(0)).getAttribute("type"));
    }

    /** The files are written as they are made; what they hold is exactly the text each report gives. */
    @Test
    void eachReportFileHoldsTheReportsText(@TempDir Path reports) throws Exception {
        JsonReport.write(result, reports.resolve("report.json"));
        JUnitReport.write(result, reports.resolve("TEST-claims.xml"));
        HtmlReport.write(result, reports.resolve("report.html"));

        assertEquals(JsonReport.toJson(result), Files.readString(reports.resolve("report.json")));
        assertEquals(JUnitReport.toXml(result), Files.readString(reports.resolve("TEST-claims.xml")));
        assertEquals(HtmlReport.toHtml(result), Files.readString(reports.resolve("report.html")));
        assertTrue(
                Files.readString(reports.resolve("report.html")).contains("Koprikin"),
                "the passage of the source around the misspelt name");
    }
}
