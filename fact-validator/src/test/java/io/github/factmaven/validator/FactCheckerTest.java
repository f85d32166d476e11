package io.github.factmaven.validator;

import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactCheckerTest {

    private static final Path SAMPLE = Path.of("../examples/armenia-russia-2023/sources/000_e04d62ea4a6179d9.txt");

    @TempDir
    Path project;

    private void source(String name, String text) throws IOException {
        source(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private void source(String name, byte[] bytes) throws IOException {
        Path file = project.resolve("sources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    private void claims(String name, String... claims) throws IOException {
        Path file = project.resolve("claims").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"claims\": [\n" + String.join(",\n", claims) + "\n  ]\n}\n");
    }

    private static String claim(String id, String quote, String source, int offset) {
        return "    {\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + quote.replace("\"", "\\\"")
                + "\", \"source\": \"" + source + "\", \"offset\": " + offset + ", \"outlet\": \"o\"}";
    }

    private static int columnOf(String line, String value) {
        return line.indexOf(value) + 1;
    }

    private CheckResult check() throws IOException {
        return new FactChecker().check(Dataset.inDirectory(project));
    }

    private ClaimResult only() throws IOException {
        CheckResult result = check();
        assertEquals(1, result.claims().size(), result.claims().toString());
        return result.claims().get(0);
    }

    @Test
    void offsetsCountCodePointsAfterEmoji() throws IOException {
        source("emoji.txt", "🇦🇲 Yerevan 😀 says: “no advantage”.");
        claims("c.json", claim("after-emoji", "“no advantage”", "emoji.txt", 19));

        assertEquals(Status.VERIFIED, only().status());
    }

    @Test
    void utf16OffsetIsOneOffAfterEachEmojiAndIsReportedWithTheRightOne() throws IOException {
        source("emoji.txt", "🇦🇲 Yerevan 😀 says: “no advantage”.");
        claims("c.json", claim("utf16", "“no advantage”", "emoji.txt", 22));

        ClaimResult result = only();
        assertEquals(Status.OFFSET_MISMATCH, result.status());
        assertEquals("quote is not at offset 22 of sources/emoji.txt but at offset 19 (line 1, column 20), "
                + "3 characters earlier", result.message());
    }

    @Test
    void crlfLineEndingsCountAsTwoCharacters() throws IOException {
        source("crlf.txt", "first line\r\nsecond line\r\nthird line");
        claims("c.json", claim("crlf", "third", "crlf.txt", 25));

        assertEquals(Status.VERIFIED, only().status());
    }

    @Test
    void byteOrderMarkIsNotPartOfTheText() throws IOException {
        byte[] text = "Yerevan".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        source("bom.txt", withBom);
        claims("c.json", claim("bom", "Yerevan", "bom.txt", 0));

        assertEquals(Status.VERIFIED, only().status());
    }

    @Test
    void noBreakSpaceTypedAsSpaceIsNamed() throws IOException {
        source("nbsp.txt", "Nikol Pashinyan said\u00A0on Monday that the bases serve no purpose.");
        claims("c.json", claim("nbsp", "said on Monday", "nbsp.txt", 16));

        ClaimResult result = only();
        assertEquals(Status.QUOTE_MISMATCH, result.status());
        assertEquals("""
                quote does not match sources/nbsp.txt at offset 16 (line 1, column 17)
                  quote:  said on Monday
                  source: said<U+00A0>on Monday
                              ^^^^^^^^
                  the source has U+00A0 NO-BREAK SPACE where the quote has U+0020 SPACE""", result.message());
        assertEquals(new Location("claims/c.json", 3, columnOf(claim("nbsp", "said on Monday", "nbsp.txt", 16),
                "\"said on")), result.primaryLocation());
    }

    @Test
    void misspelledNameShowsBothSpellingsInTheSampleArticle() throws IOException {
        source("000.txt", Files.readAllBytes(SAMPLE));
        claims("c.json", claim("ambassador", "summoned Ambassador Sergei Kopyrkin over", "000.txt", 1821));

        ClaimResult result = only();
        assertEquals(Status.QUOTE_MISMATCH, result.status());
        assertEquals("""
                quote does not match sources/000.txt at offset 1821 (line 22, column 211)
                  quote:  …ned Ambassador Sergei Kopyrkin over
                  source: …ned Ambassador Sergei Koprikin over
                                                    ^^
                  the source has "ri" where the quote has "yr\"""", result.message());
    }

    @Test
    void quoteFurtherOnIsFoundWithItsDistance() throws IOException {
        source("000.txt", Files.readAllBytes(SAMPLE));
        claims("c.json", claim("moved", "summoned Ambassador Sergei Koprikin over", "000.txt", 1784));

        ClaimResult result = only();
        assertEquals(Status.OFFSET_MISMATCH, result.status());
        assertEquals("quote is not at offset 1784 of sources/000.txt but at offset 1821 (line 22, column 211), "
                + "37 characters further on", result.message());
        assertEquals(new Location("claims/c.json", 3, columnOf(
                claim("moved", "summoned Ambassador Sergei Koprikin over", "000.txt", 1784), "1784")),
                result.primaryLocation(), "points at the offset");
    }

    @Test
    void quoteRunningPastTheEndShowsWhereTheSourceEnds() throws IOException {
        source("short.txt", "The end.");
        claims("c.json", claim("past-end", "end. And more", "short.txt", 4));

        ClaimResult result = only();
        assertEquals(Status.QUOTE_MISMATCH, result.status());
        assertTrue(result.message().endsWith("the source ends 4 characters after the offset; the quote has 13"),
                result.message());
    }

    @Test
    void offsetPastTheEnd() throws IOException {
        source("short.txt", "The end.");
        claims("c.json", claim("far", "nowhere", "short.txt", 99));

        ClaimResult result = only();
        assertEquals(Status.OFFSET_OUT_OF_RANGE, result.status());
        assertEquals("offset 99 is past the end of sources/short.txt, which has 8 characters", result.message());
    }

    @Test
    void invalidUtf8SourceNamesTheByte() throws IOException {
        source("latin1.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
        claims("c.json", claim("latin1", "caf", "latin1.txt", 0));

        ClaimResult result = only();
        assertEquals(Status.SOURCE_INVALID_UTF8, result.status());
        assertEquals("source file sources/latin1.txt is not valid UTF-8: byte 0xE9 at byte position 3 (line 1) "
                + "is not valid UTF-8", result.message());
    }

    @Test
    void missingSource() throws IOException {
        source("a.txt", "text");
        claims("c.json", claim("missing", "text", "b.txt", 0));

        ClaimResult result = only();
        assertEquals(Status.SOURCE_NOT_FOUND, result.status());
        assertEquals("source file sources/b.txt does not exist", result.message());
    }

    @Test
    void pathsThatLeaveTheSourcesDirectoryAreRefused() throws IOException {
        source("a.txt", "text");
        Files.writeString(project.resolve("secret.txt"), "text");
        claims("c.json",
                claim("dot-dot", "text", "../secret.txt", 0),
                claim("inner-dot-dot", "text", "sub/../../secret.txt", 0),
                claim("absolute", "text", project.resolve("secret.txt").toString(), 0),
                claim("staying-inside", "text", "sub/../a.txt", 0));

        List<ClaimResult> results = check().claims();
        assertEquals(List.of(Status.SOURCE_OUTSIDE_ROOT, Status.SOURCE_OUTSIDE_ROOT, Status.INVALID_SOURCE_PATH,
                Status.VERIFIED), results.stream().map(ClaimResult::status).toList());
        assertEquals("source \"../secret.txt\" leads out of the sources directory", results.get(0).message());
        assertEquals("source \"" + project.resolve("secret.txt") + "\" must be a path relative to the sources "
                + "directory, with '/' as separator", results.get(2).message());
    }

    @Test
    void symbolicLinkLeavingTheSourcesDirectoryIsRefused() throws IOException {
        Path outside = Files.writeString(project.resolve("outside.txt"), "text");
        Files.createDirectories(project.resolve("sources"));
        Files.createSymbolicLink(project.resolve("sources/link.txt"), outside);
        claims("c.json", claim("link", "text", "link.txt", 0));

        ClaimResult result = only();
        assertEquals(Status.SOURCE_OUTSIDE_ROOT, result.status());
        assertTrue(result.message().startsWith("source file sources/link.txt is a link to "), result.message());
    }

    @Test
    void schemaViolationsFailTheirClaimWithEveryReason() throws IOException {
        source("a.txt", "text");
        claims("c.json",
                claim("negative", "text", "a.txt", -1),
                claim("empty-quote", "", "a.txt", 0),
                "    {\"id\": \"typo\", \"statement\": \"s\", \"quote\": \"text\", \"source\": \"a.txt\", "
                        + "\"ofset\": 0, \"outlet\": \"o\"}");

        List<ClaimResult> results = check().claims();
        assertEquals(List.of(Status.INVALID_CLAIM, Status.INVALID_CLAIM, Status.INVALID_CLAIM),
                results.stream().map(ClaimResult::status).toList());
        assertEquals("\"offset\": must have a minimum value of 0", results.get(0).message());
        assertEquals("\"quote\": must be at least 1 characters long", results.get(1).message());
        assertEquals("missing required member \"offset\"\n"
                + "unknown member \"ofset\" (allowed: id, statement, quote, source, offset, outlet)",
                results.get(2).message());
        assertEquals(Optional.of("typo"), results.get(2).id());
    }

    @Test
    void duplicateIdsAcrossFilesFailBothClaims() throws IOException {
        source("a.txt", "text");
        claims("a.json", claim("same", "text", "a.txt", 0));
        claims("nested/b.json", claim("other", "text", "a.txt", 0), claim("same", "text", "a.txt", 0));

        CheckResult result = check();
        assertEquals(List.of(Status.DUPLICATE_ID, Status.VERIFIED, Status.DUPLICATE_ID),
                result.claims().stream().map(ClaimResult::status).toList());
        assertEquals("id \"same\" is also used at claims/nested/b.json:4:5", result.claims().get(0).message());
        assertEquals("id \"same\" is also used at claims/a.json:3:5", result.claims().get(2).message());
    }

    @Test
    void malformedFileDoesNotStopTheOtherFiles() throws IOException {
        source("a.txt", "text");
        Files.createDirectories(project.resolve("claims"));
        Files.writeString(project.resolve("claims/broken.json"), "{\"claims\": [\n  {\"id\": \"x\",,\n]}");
        claims("good.json", claim("good", "text", "a.txt", 0), claim("bad", "txet", "a.txt", 0));

        CheckResult result = check();
        assertEquals(List.of(new Location("claims/broken.json", 2, 14)),
                result.fileErrors().stream().map(Problem::location).toList());
        assertEquals(List.of(Status.VERIFIED, Status.QUOTE_MISMATCH),
                result.claims().stream().map(ClaimResult::status).toList());
        assertEquals(new CheckResult.Summary(2, 1, 1, 2, 1), result.summary());
        assertFalse(result.passed());
    }

    @Test
    void missingClaimsDirectoryIsAnError() {
        IOException e = assertThrows(IOException.class, this::check);
        assertEquals("claims directory claims does not exist", e.getMessage());
    }
}
