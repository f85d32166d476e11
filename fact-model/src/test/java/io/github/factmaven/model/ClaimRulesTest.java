package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a claims file's strings must be beyond its schema, read the fast way and the thorough way alike. */
class ClaimRulesTest {

    private final ClaimsFileReader reader = new ClaimsFileReader();

    private static String file(String... claims) {
        return "{\"claims\": [\n" + String.join(",\n", claims) + "\n]}";
    }

    private static String claim(String id, String quote) {
        return "{\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + quote
                + "\", \"source\": \"a.txt\", \"offset\": 0, \"outlet\": \"o\"}";
    }

    /** Read from a file, as a check reads it (bound while decoded), and from text: the same result. */
    private ClaimsFile read(ClaimsFileReader with, String text, Path folder) throws IOException {
        Path path = folder.resolve("c.json");
        Files.writeString(path, text, StandardCharsets.UTF_8);
        ClaimsFile fromFile = with.read(path, "c.json");
        assertEquals(with.parse(text, "c.json"), fromFile);
        return fromFile;
    }

    @Test
    void anUnpairedSurrogateMakesItsClaimInvalidWithItsPlace(@TempDir Path folder) throws IOException {
        ClaimsFile file = read(reader, file(claim("lone", "ab\\ud800c"), claim("pair", "ok \\ud83d\\ude00")), folder);

        assertEquals(
                List.of("pair"), file.claims().stream().map(c -> c.claim().id()).toList());
        assertEquals("ok \uD83D\uDE00", file.claims().get(0).claim().quote());
        InvalidClaim lone = file.invalidClaims().get(0);
        assertEquals(Optional.of("lone"), lone.id());
        assertEquals(
                List.of(new Problem(
                        new Location("c.json", 2, 43),
                        "\"quote\" holds an unpaired surrogate"
                                + " (\\uD800) at character 3: it is not a Unicode character, so no source can contain it;"
                                + " write the character itself, or both halves of its surrogate pair")),
                lone.problems());
    }

    @Test
    void anInvalidClaimsIdIsKeptPrintable(@TempDir Path folder) throws IOException {
        ClaimsFile file = read(reader, file(claim("a\\udc00\\nb", "q")), folder);

        assertEquals(Optional.of("a\\uDC00\\nb"), file.invalidClaims().get(0).id());
    }

    @Test
    void aBlankIdIsInvalid(@TempDir Path folder) throws IOException {
        ClaimsFile file = read(reader, file(claim("  \\u00a0\\u200b ", "q")), folder);

        assertEquals(List.of(), file.claims());
        assertEquals(
                "\"id\" is blank: an id needs a visible character",
                file.invalidClaims().get(0).problems().get(0).message());
    }

    @Test
    void anIdOfOneEmojiIsNotBlank(@TempDir Path folder) throws IOException {
        assertEquals(
                1,
                read(reader, file(claim("\\ud83d\\ude00", "q")), folder)
                        .claims()
                        .size());
    }

    @Test
    void aQuoteLongerThanTheLimitIsInvalidWithTheLimitNamed(@TempDir Path folder) throws IOException {
        // five code points, six chars: the limit counts code points
        String text = file(claim("short-enough", "abc\\ud83d\\ude00d"), claim("too-long", "abcdef"));
        ClaimsFile file = read(new ClaimsFileReader(5), text, folder);

        assertEquals(
                List.of("short-enough"),
                file.claims().stream().map(c -> c.claim().id()).toList());
        assertEquals(
                "\"quote\" is 6 characters long, more than the 5 a quote may have (fact.maxQuoteLength):"
                        + " quote the passage that supports the statement, or raise the limit",
                file.invalidClaims().get(0).problems().get(0).message());
        assertEquals(2, read(reader, text, folder).claims().size());
    }

    @Test
    void aSecondDocumentInTheFileIsAProblemNotIgnored(@TempDir Path folder) throws IOException {
        ClaimsFile file = read(reader, file(claim("first", "q")) + "\n{\"claims\": []}\n", folder);

        assertEquals(
                List.of(new Problem(
                        new Location("c.json", 4, 1),
                        "content after the end of the JSON document: a file holds one JSON object")),
                file.problems());
        assertEquals(1, file.claims().size());
    }

    @Test
    void anUnknownMemberNamedWithAControlCharacterIsNamedPrintably() {
        ClaimsFile file = reader.parse(
                file("{\"id\": \"x\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\","
                        + " \"outlet\": \"o\", \"a\\nb\\ud800\": 1}"),
                "c.json");

        assertEquals(
                "unknown member \"a\\nb\\uD800\" (allowed: id, statement, quote, source, offset, outlet, prefix,"
                        + " suffix)",
                file.invalidClaims().get(0).problems().get(0).message());
    }

    @Test
    void aStringTooLargeToReadIsAProblemOfTheFile(@TempDir Path folder) throws IOException {
        String huge = "x".repeat(20_000_001);
        ClaimsFile file = read(reader, file(claim("huge", huge)), folder);

        assertEquals(List.of(), file.claims());
        assertEquals(
                "a value too large to read: String value length (20000001) exceeds the maximum allowed (20000000)",
                file.problems().get(0).message());
    }

    @Test
    void theLimitMustBePositive() {
        assertEquals(
                "the longest quote allowed must be at least 1, not 0",
                org.junit.jupiter.api.Assertions.assertThrows(
                                IllegalArgumentException.class, () -> new ClaimsFileReader(0))
                        .getMessage());
    }
}
