package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static io.github.factmaven.validator.TestDataset.claimWithoutOffset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.report.JsonReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCheckerTest {

    @TempDir
    Path project;

    private TestDataset dataset;

    @BeforeEach
    void createDataset() {
        dataset = new TestDataset(project);
    }

    @Test
    void acceptedSpellingsAreNotReportedAsVariants() throws IOException {
        dataset.source("a.txt", "Russian ambassador Sergei Kopyrkin was summoned on October 24.");
        dataset.source("b.txt", "Maria Zakharova said Koprikin had done nothing wrong.");
        dataset.claims("c.json", claim("summoned", "Kopyrkin was summoned", "a.txt", 26));
        Dataset inProject = Dataset.inDirectory(project);

        List<Warning> reported = new FactChecker()
                .check(inProject).allWarnings().stream()
                        .filter(warning -> warning.kind() == WarningKind.SPELLING_VARIANTS)
                        .toList();
        List<Warning> accepted = new FactChecker()
                .withAcceptedVariants(List.of(List.of("Kopyrkin", "Koprikin"))).check(inProject).allWarnings().stream()
                        .filter(warning -> warning.kind() == WarningKind.SPELLING_VARIANTS)
                        .toList();
        List<Warning> partly = new FactChecker()
                .withAcceptedVariants(List.of(List.of("Kopyrkin"))).check(inProject).allWarnings().stream()
                        .filter(warning -> warning.kind() == WarningKind.SPELLING_VARIANTS)
                        .toList();

        assertEquals(
                List.of(WarningKind.SPELLING_VARIANTS),
                reported.stream().map(Warning::kind).toList());
        assertEquals(List.of(), accepted);
        assertEquals(reported, partly, "a spelling outside every accepted group is still reported");
    }

    @Test
    void offsetsCountCodePointsAfterEmoji() throws IOException {
        dataset.source("emoji.txt", "🇦🇲 Yerevan 😀 says: “no advantage”.");
        dataset.claims("c.json", claim("after-emoji", "“no advantage”", "emoji.txt", 19));

        assertEquals(Status.VERIFIED, dataset.only().status());
    }

    @Test
    void crlfLineEndingsCountAsTwoCharacters() throws IOException {
        dataset.source("crlf.txt", "first line\r\nsecond line\r\nthird line");
        dataset.claims("c.json", claim("crlf", "third", "crlf.txt", 25));

        assertEquals(Status.VERIFIED, dataset.only().status());
    }

    @Test
    void anEmptyPrefixOrSuffixTellsNothingApartAsNoContextDoes() throws IOException {
        dataset.source("a.txt", "Moscow said no. Yerevan said no.");
        dataset.claims("c.json", claim("bare", "said no", "a.txt", 7));
        ClaimResult bare = dataset.only();
        dataset.claims("c.json", claim("bare", "said no", "a.txt", 7, ", \"prefix\": \"\", \"suffix\": \"\""));

        ClaimResult empty = dataset.only();

        assertEquals(Status.VERIFIED, empty.status());
        assertEquals(
                List.of(WarningKind.AMBIGUOUS_QUOTE),
                empty.warnings().stream().map(Warning::kind).toList());
        assertEquals(bare.warnings(), empty.warnings());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() throws IOException {
        byte[] text = "Yerevan".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        dataset.source("bom.txt", withBom);
        dataset.claims("c.json", claim("bom", "Yerevan", "bom.txt", 0));

        assertEquals(Status.VERIFIED, dataset.only().status());
    }

    @Test
    void invalidUtf8SourceNamesTheByte() throws IOException {
        dataset.source("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        dataset.claims("c.json", claim("latin1", "caf", "latin1.txt", 0));

        ClaimResult result = dataset.only();
        assertEquals(Status.SOURCE_INVALID_UTF8, result.status());
        assertEquals(
                "source file sources/latin1.txt is not valid UTF-8: byte 0xE9 at byte position 3 (line 1) "
                        + "is not valid UTF-8; the file looks like windows-1252 (Latin-1) text: save it as UTF-8",
                result.message());
    }

    @Test
    void aPdfSavedAsASourceIsSaidToBeOne() throws IOException {
        dataset.source("article.pdf", "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n".getBytes(StandardCharsets.ISO_8859_1));
        dataset.claims("c.json", claim("pdf", "text", "article.pdf", 0));

        ClaimResult result = dataset.only();
        assertEquals(Status.SOURCE_INVALID_UTF8, result.status());
        assertEquals(
                "source file sources/article.pdf is not UTF-8 text: the file is a PDF document, not text: save the"
                        + " article's text as a UTF-8 .txt file, or the web page as .html",
                result.message());
    }

    @Test
    void missingSource() throws IOException {
        dataset.source("a.txt", "text");
        dataset.claims("c.json", claim("missing", "text", "b.txt", 0));

        ClaimResult result = dataset.only();
        assertEquals(Status.SOURCE_NOT_FOUND, result.status());
        assertEquals("source file sources/b.txt does not exist", result.message());
    }

    @Test
    void aMissingSourceSuggestsTheFileMeant() throws IOException {
        dataset.source("2023/azatutyun.txt", "text");
        dataset.source("001_95c90beaeb40d16c.txt", "text");
        dataset.source("Telegraph.txt", "text");
        dataset.claims(
                "c.json",
                claim("typo", "text", "2023/azatutyn.txt", 0),
                claim("short", "text", "001.txt", 0),
                claim("case", "text", "telegraph.txt", 0),
                claim("unlike", "text", "kyiv-independent.txt", 0));

        assertEquals(
                List.of(
                        "source file sources/2023/azatutyn.txt does not exist; did you mean sources/2023/azatutyun.txt?",
                        "source file sources/001.txt does not exist; did you mean sources/001_95c90beaeb40d16c.txt?",
                        "source file sources/telegraph.txt does not exist; did you mean sources/Telegraph.txt?",
                        "source file sources/kyiv-independent.txt does not exist"),
                dataset.check().claims().stream().map(ClaimResult::message).toList());
    }

    @Test
    void pathsThatLeaveTheSourcesDirectoryAreRefused() throws IOException {
        dataset.source("a.txt", "text");
        Files.writeString(project.resolve("secret.txt"), "text");
        dataset.claims(
                "c.json",
                claim("dot-dot", "text", "../secret.txt", 0),
                claim("inner-dot-dot", "text", "sub/../../secret.txt", 0),
                claim("absolute", "text", project.resolve("secret.txt").toString(), 0),
                claim("staying-inside", "text", "sub/../a.txt", 0));

        List<ClaimResult> results = dataset.check().claims();
        assertEquals(
                List.of(
                        Status.SOURCE_OUTSIDE_ROOT,
                        Status.SOURCE_OUTSIDE_ROOT,
                        Status.INVALID_SOURCE_PATH,
                        Status.VERIFIED),
                results.stream().map(ClaimResult::status).toList());
        assertEquals(
                "source \"../secret.txt\" leads out of the sources directory",
                results.get(0).message());
        assertEquals(
                "source \"" + project.resolve("secret.txt") + "\" must be a path relative to the sources "
                        + "directory, with '/' as separator",
                results.get(2).message());
    }

    @Test
    void claimsAndSourcesDirectoriesThatAreLinksAreWalked() throws IOException {
        Path shared = Files.createDirectories(project.resolve("shared"));
        Files.createSymbolicLink(project.resolve("claims"), Files.createDirectories(shared.resolve("claims")));
        Files.createSymbolicLink(project.resolve("sources"), Files.createDirectories(shared.resolve("sources")));
        dataset.source("a.txt", "Yerevan said no.");
        dataset.source("b.txt", "Moscow said yes.");
        dataset.claims(
                "c.json",
                claim("here", "Yerevan said no.", "a.txt", 0),
                claim("elsewhere", "Moscow said yes.", "a.txt", 0));

        CheckResult result = dataset.check();
        assertEquals(
                List.of(Status.VERIFIED, Status.IN_OTHER_SOURCE),
                result.claims().stream().map(ClaimResult::status).toList());
        assertEquals("claims/c.json", result.claims().get(0).location().file());
        assertTrue(
                result.claims().get(1).message().contains(" but in sources/b.txt at offset 0 "),
                result.claims().get(1).message());
    }

    @Test
    void claimsCitingOneSpanWhoseQuoteIsInAnotherSourceAreToldBoth() throws IOException {
        dataset.source("a.txt", "Yerevan said no.");
        dataset.source("b.txt", "Moscow said yes.");
        dataset.claims(
                "c.json",
                claim("first", "Moscow said yes.", "a.txt", 0),
                claim("copy", "Moscow said yes.", "a.txt", 0));

        List<ClaimResult> claims = dataset.check().claims();

        assertEquals(
                List.of(Status.IN_OTHER_SOURCE, Status.IN_OTHER_SOURCE),
                claims.stream().map(ClaimResult::status).toList());
        assertEquals(
                List.of(List.of(WarningKind.DUPLICATE_SPAN), List.of(WarningKind.DUPLICATE_SPAN)),
                claims.stream()
                        .map(result ->
                                result.warnings().stream().map(Warning::kind).toList())
                        .toList());
    }

    @Test
    void symbolicLinkLeavingTheSourcesDirectoryIsRefused() throws IOException {
        Path outside = Files.writeString(project.resolve("outside.txt"), "text");
        Files.createDirectories(project.resolve("sources"));
        Files.createSymbolicLink(project.resolve("sources/link.txt"), outside);
        dataset.claims("c.json", claim("link", "text", "link.txt", 0));

        ClaimResult result = dataset.only();
        assertEquals(Status.SOURCE_OUTSIDE_ROOT, result.status());
        assertTrue(result.message().startsWith("source file sources/link.txt is a link to "), result.message());
    }

    @Test
    void claimWithoutOffsetFailsAndSaysWhereTheQuoteIs() throws IOException {
        dataset.source("a.txt", "Yerevan 😀 said:\n“no advantage” in the CSTO.");
        dataset.claims("c.json", claimWithoutOffset("new", "“no advantage”", "a.txt"));

        ClaimResult result = dataset.only();
        assertEquals(Status.MISSING_OFFSET, result.status());
        assertEquals(
                "the claim has no offset; the quote is at offset 16 (line 2, column 1) of sources/a.txt: "
                        + "run mvn fact:fix to fill it in",
                result.message());
    }

    @Test
    void claimWithoutOffsetWhoseQuoteRecursListsTheOccurrences() throws IOException {
        dataset.source("a.txt", "Moscow said no. Yerevan said no. Baku said yes.");
        dataset.claims(
                "c.json",
                claimWithoutOffset("twice", "said no", "a.txt"),
                claimWithoutOffset("told-apart", "said no", "a.txt", ", \"prefix\": \"Yerevan \""));

        List<ClaimResult> results = dataset.check().claims();
        assertEquals(
                "the claim has no offset, and the quote occurs 2 times in sources/a.txt (offset 7 (line 1, "
                        + "column 8), offset 24 (line 1, column 25)); run mvn fact:fix to see which prefix or suffix tells "
                        + "each apart",
                results.get(0).message());
        assertEquals(
                "the claim has no offset; the quote with its prefix is at offset 24 (line 1, "
                        + "column 25) of sources/a.txt: run mvn fact:fix to fill it in",
                results.get(1).message());
    }

    @Test
    void claimWithoutOffsetWhoseQuoteDiffersIsDiagnosed() throws IOException {
        dataset.source("a.txt", "He said: “Armenia’s choice” was made.");
        dataset.claims("c.json", claimWithoutOffset("typed", "\"Armenia's choice\"", "a.txt"));

        ClaimResult result = dataset.only();
        assertEquals(Status.QUOTE_MISMATCH, result.status());
        assertTrue(
                result.message()
                        .startsWith(
                                "the claim has no offset, and sources/a.txt does not contain the "
                                        + "quote; the closest passage is at offset 9 (line 1, column 10) and differs: typography only"),
                result.message());
    }

    @Test
    void progressIsToldAfterEachSource() throws IOException {
        dataset.source("a.txt", "one");
        dataset.source("b.txt", "two");
        dataset.claims(
                "c.json",
                claim("a1", "one", "a.txt", 0),
                claim("a2", "on", "a.txt", 0),
                claim("b1", "two", "b.txt", 0));
        List<String> heard = new CopyOnWriteArrayList<>();

        new FactChecker()
                .withProgress((sources, total, claims) -> heard.add(sources + "/" + total + ":" + claims))
                .check(Dataset.inDirectory(project));

        assertEquals(2, heard.size(), heard.toString());
        assertTrue(heard.contains("2/2:3"), heard.toString());
    }

    @Test
    void schemaViolationsFailTheirClaimWithEveryReason() throws IOException {
        dataset.source("a.txt", "text");
        dataset.claims(
                "c.json",
                claim("negative", "text", "a.txt", -1),
                claim("empty-quote", "", "a.txt", 0),
                "    {\"id\": \"typo\", \"statement\": \"s\", \"quote\": \"text\", \"source\": \"a.txt\", "
                        + "\"ofset\": 0, \"outlet\": \"o\"}");

        List<ClaimResult> results = dataset.check().claims();
        assertEquals(
                List.of(Status.INVALID_CLAIM, Status.INVALID_CLAIM, Status.INVALID_CLAIM),
                results.stream().map(ClaimResult::status).toList());
        assertEquals(
                "\"offset\": must have a minimum value of 0", results.get(0).message());
        assertEquals(
                "\"quote\": must be at least 1 characters long", results.get(1).message());
        assertEquals(
                "unknown member \"ofset\" (allowed: id, statement, quote, source, offset, outlet, prefix, suffix)",
                results.get(2).message());
        assertEquals(Optional.of("typo"), results.get(2).id());
    }

    @Test
    void duplicateIdsAcrossFilesFailBothClaims() throws IOException {
        dataset.source("a.txt", "text");
        dataset.claims("a.json", claim("same", "text", "a.txt", 0));
        dataset.claims("nested/b.json", claim("other", "text", "a.txt", 0), claim("same", "text", "a.txt", 0));

        CheckResult result = dataset.check();
        assertEquals(
                List.of(Status.DUPLICATE_ID, Status.VERIFIED, Status.DUPLICATE_ID),
                result.claims().stream().map(ClaimResult::status).toList());
        assertEquals(
                "id \"same\" is also used at claims/nested/b.json:4:5",
                result.claims().get(0).message());
        assertEquals(
                "id \"same\" is also used at claims/a.json:3:5",
                result.claims().get(2).message());
    }

    @Test
    void claimsSharingAnIdOrASpanAreGroupsNamedInPart() throws IOException {
        dataset.source("a.txt", "Kopyrkin was summoned.");
        dataset.claims(
                "a.json",
                claim("c1", "was summoned", "a.txt", 9),
                claim("c2", "was summoned", "a.txt", 9),
                claim("c3", "was summoned", "a.txt", 9),
                claim("c4", "was summoned", "a.txt", 9),
                claim("c5", "was summoned", "a.txt", 9));
        dataset.claims("b.json", claim("same", "Kopyrkin", "a.txt", 0), claim("same", "Kopyrkin", "a.txt", 0));

        CheckResult result = dataset.check();

        assertEquals(2, result.groups().size());
        ClaimGroup sameId = result.groups().get(0);
        assertEquals(ClaimGroup.Kind.DUPLICATE_ID, sameId.kind());
        assertEquals("same", sameId.shared());
        assertEquals(
                List.of(new Location("claims/b.json", 3, 5), new Location("claims/b.json", 4, 5)),
                sameId.members().stream().map(ClaimGroup.Member::location).toList());
        ClaimGroup sameSpan = result.groups().get(1);
        assertEquals(ClaimGroup.Kind.DUPLICATE_SPAN, sameSpan.kind());
        assertEquals("sources/a.txt, offset 9", sameSpan.shared());
        assertEquals(
                List.of("c1", "c2", "c3", "c4", "c5"),
                sameSpan.members().stream().map(ClaimGroup.Member::id).toList());
        assertEquals(
                "cites the same span as \"c1\" (claims/a.json:3:5), \"c2\" (claims/a.json:4:5), \"c4\""
                        + " (claims/a.json:6:5) and 1 other claim: the same source, offset and quote",
                result.claims().get(2).warnings().get(0).message());
        assertEquals(
                sameSpan, result.groupsByMember().get(result.claims().get(4).location()));

        JsonNode report = new ObjectMapper().readTree(JsonReport.toJson(result));
        assertEquals(2, report.get("groups").size());
        assertEquals(5, report.get("groups").get(1).get("size").asInt());
        assertEquals(
                "c5",
                report.get("groups").get(1).get("members").get(4).get("id").asText());
        assertEquals(1, report.get("claims").get(0).get("group").asInt());
        assertEquals(0, report.get("claims").get(6).get("group").asInt());
    }

    @Test
    void malformedFileDoesNotStopTheOtherFiles() throws IOException {
        dataset.source("a.txt", "text");
        Files.createDirectories(project.resolve("claims"));
        Files.writeString(project.resolve("claims/broken.json"), "{\"claims\": [\n  {\"id\": \"x\",,\n]}");
        dataset.claims("good.json", claim("good", "text", "a.txt", 0), claim("bad", "txet", "a.txt", 0));

        CheckResult result = dataset.check();
        assertEquals(
                List.of(new Location("claims/broken.json", 2, 14)),
                result.fileErrors().stream().map(Problem::location).toList());
        assertEquals(
                List.of(Status.VERIFIED, Status.QUOTE_MISMATCH),
                result.claims().stream().map(ClaimResult::status).toList());
        assertEquals(new CheckResult.Summary(2, 1, 1, 2, 1, 1, 1, 0, 0), result.summary());
        assertEquals(
                List.of(WarningKind.UNREGISTERED_SOURCE),
                result.warnings().stream().map(Warning::kind).toList());
        assertFalse(result.passed());
    }

    @Test
    void missingClaimsDirectoryIsAnError() {
        IOException e = assertThrows(IOException.class, dataset::check);
        assertEquals("claims directory claims does not exist", e.getMessage());
    }
}
