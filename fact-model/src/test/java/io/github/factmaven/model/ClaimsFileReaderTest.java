package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsFileReaderTest {

    private final ClaimsFileReader reader = new ClaimsFileReader();

    private static String claim(String id, String members) {
        return "{\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", "
                + "\"outlet\": \"o\"" + members + "}";
    }

    @Test
    void readsClaimsWithTheLocationOfEachMember() {
        String text = """
                {
                  "$schema": "https://factmaven.github.io/fact-maven/schemas/claims-1.schema.json",
                  "claims": [
                    {
                      "id": "ambassador-summoned",
                      "statement": "Armenia summoned the Russian ambassador.",
                      "quote": "Sergei Kopyrkin, was summoned",
                      "source": "2023/000.txt",
                      "offset": 6216,
                      "outlet": "The Armenian Mirror-Spectator"
                    }
                  ]
                }
                """;
        ClaimsFile file = reader.parse(text, "claims/a.json");

        assertEquals(List.of(), file.problems());
        assertEquals(List.of(), file.invalidClaims());
        LocatedClaim located = file.claims().get(0);
        assertEquals(
                new Claim(
                        "ambassador-summoned",
                        "Armenia summoned the Russian ambassador.",
                        "Sergei Kopyrkin, was summoned",
                        "2023/000.txt",
                        6216,
                        "The Armenian Mirror-Spectator"),
                located.claim());
        assertEquals(new Location("claims/a.json", 4, 5), located.location());
        assertEquals(new Location("claims/a.json", 9, 17), located.locationOf("offset"));
        assertEquals(new Location("claims/a.json", 7, 16), located.locationOf("quote"));
    }

    @Test
    void columnsCountCharactersNotBytes() {
        // "Ереван" is 6 characters but 12 bytes in UTF-8
        String text = "{\"claims\": [{\"statement\": \"Ереван\", \"offset\": -1, "
                + "\"id\": \"x\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\"}]}";
        ClaimsFile file = reader.parse(text, "c.json");

        Problem problem = file.invalidClaims().get(0).problems().get(0);
        assertEquals(new Location("c.json", 1, text.indexOf("-1") + 1), problem.location());
        assertEquals("\"offset\": must have a minimum value of 0", problem.message());
    }

    @Test
    void reportsEverySchemaViolationOfAClaimAndKeepsTheOtherClaims() {
        String text = "{\"claims\": [\n"
                + "{\"id\": \"bad\", \"statement\": \"s\", \"qoute\": \"q\", \"source\": \"a.txt\", \"offset\": 1.5, \"outlet\": \"o\"},\n"
                + "{\"id\": \"empty-quote\", \"statement\": \"s\", \"quote\": \"\", \"source\": \"a.txt\", \"offset\": 0, \"outlet\": \"o\"},\n"
                + claim("good", ", \"offset\": 0") + "\n]}";
        ClaimsFile file = reader.parse(text, "c.json");

        assertEquals(
                List.of("good"), file.claims().stream().map(c -> c.claim().id()).toList());
        InvalidClaim bad = file.invalidClaims().get(0);
        assertEquals(Optional.of("bad"), bad.id());
        assertEquals(new Location("c.json", 2, 1), bad.location());
        assertEquals(
                List.of(
                        "missing required member \"quote\"",
                        "unknown member \"qoute\" (allowed: id, statement, quote, source, offset, outlet, prefix, suffix)",
                        "\"offset\": number found, integer expected"),
                bad.problems().stream().map(Problem::message).toList());
        InvalidClaim emptyQuote = file.invalidClaims().get(1);
        assertEquals(
                List.of("\"quote\": must be at least 1 characters long"),
                emptyQuote.problems().stream().map(Problem::message).toList());
    }

    @Test
    void duplicateMemberIsAnErrorOfItsClaimOnly() {
        String text = "{\"claims\": [\n"
                + claim("twice", ", \"offset\": 0, \"offset\": 5") + ",\n"
                + claim("fine", ", \"offset\": 0") + "\n]}";
        ClaimsFile file = reader.parse(text, "c.json");

        assertEquals(
                List.of("fine"), file.claims().stream().map(c -> c.claim().id()).toList());
        Problem duplicate = file.invalidClaims().get(0).problems().get(0);
        assertEquals("duplicate member \"offset\": each member may appear only once", duplicate.message());
        assertEquals(2, duplicate.location().line());
        assertEquals(
                text.lines().toList().get(1).lastIndexOf("\"offset\"") + 1,
                duplicate.location().column());
    }

    @Test
    void claimWithoutOffsetIsValidWhileBeingWritten() {
        ClaimsFile file = reader.parse("{\"claims\": [" + claim("new", "") + "]}", "c.json");

        assertEquals(List.of(), file.invalidClaims());
        assertEquals(OptionalInt.empty(), file.claims().get(0).claim().offset());
    }

    @Test
    void unknownTopLevelMemberIsAFileProblemButClaimsAreStillRead() {
        ClaimsFile file =
                reader.parse("{\"claim\": [], \"claims\": [" + claim("a", ", \"offset\": 0") + "]}", "c.json");

        assertEquals(
                List.of("unknown member \"claim\" (allowed: $schema, claims)"),
                file.problems().stream().map(Problem::message).toList());
        assertEquals(1, file.claims().size());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        ClaimsFile file = reader.parse("{\"claims\": [\n  {\"id\": \"x\",,\n]}", "c.json");

        Problem problem = file.problems().get(0);
        assertEquals(new Location("c.json", 2, 14), problem.location());
        assertEquals("a comma too many: remove this one", problem.message());
        assertEquals(List.of(), file.claims());
    }

    /** The slips of hand editing are named, at the character to fix; the parser's own notes are left out. */
    @Test
    void handEditingSlipsAreNamedWhereToFixThem() {
        Map<String, String> said = new LinkedHashMap<>();
        said.put(
                "{\"claims\": [\n  {\"id\": \"x\",\n  }\n]}",
                "c.json:2:13: trailing comma: remove this comma after the last member of the object");
        said.put(
                "{\"claims\": [\n  {\"id\": \"x\"},\n]}",
                "c.json:2:14: trailing comma: remove this comma after the last entry of the list");
        said.put(
                "{\"claims\": [\n  {\"id\": \"x\"\n   \"quote\": \"y\"}\n]}",
                "c.json:3:4: missing comma: add a comma before this member, after the one before it");
        said.put(
                "{\"claims\": [\n  {\"id\": \"x\"}\n  {\"id\": \"y\"}\n]}",
                "c.json:3:3: missing comma: add a comma before this entry, after the one before it");
        said.put("{\"claims\": [\n  {id: \"x\"}\n]}", "c.json:2:4: member name id without quotes: write it \"id\"");
        said.put(
                "{\"claims\": [\n  {'id': 'x'}\n]}",
                "c.json:2:4: single quotes: JSON takes double quotes around member names and strings (\"...\")");
        said.put(
                "{\"claims\": [\n  // a note\n  {\"id\": \"x\"}\n]}",
                "c.json:2:3: a comment: JSON has no comments, so remove it");
        said.put("{\"claims\": [\n  {\"id\": \"x\n\"}]}", "c.json:2:12: a line break inside a string: write it as \\n");
        said.put(
                "{\"claims\": [\n  {\"id\": \"x\"}\n",
                "c.json:3:1: the file ends before the list that starts at line 1, column 12 is closed: add ]");
        said.put(
                "{\"claims\": [\n  {\"id\": }]}",
                "c.json:2:10: a member without a value: write its value after the colon");
        said.put(
                "{\"claims\": [\n  {\"id\": \"half-written\",\n  ]\n}",
                "c.json:3:3: the object before this ] is not closed: remove the comma after its last member and add }");
        // a column counts code points: the flag before the slip is one character to an editor, two to Java
        said.put(
                "{\"claims\": [{\"id\": \"\uD83C\uDDE6\"\n  \"quote\": \"y\"}]}",
                "c.json:2:3: missing comma: add a comma" + " before this member, after the one before it");
        said.put(
                "{\"claims\": [{\"id\": tru}]}",
                "c.json:1:20: malformed JSON: Unrecognized token 'tru': was expecting (JSON String, Number, Array,"
                        + " Object or token 'null', 'true' or 'false')");

        said.forEach((json, expected) -> {
            Problem problem = reader.parse(json, "c.json").problems().get(0);
            assertEquals(expected, problem.location() + ": " + problem.message(), json);
        });
    }

    @Test
    void anEmptyFileIsAProblemOfTheFile() {
        ClaimsFile file = reader.parse(" \n", "c.json");

        assertEquals(
                List.of(new Problem(new Location("c.json", 1, 1), "the file is empty: it must hold a JSON object")),
                file.problems());
        assertEquals(List.of(), file.claims());
    }

    @Test
    void wrongTopLevelShapeIsReported() {
        ClaimsFile file = reader.parse("[]", "c.json");

        assertEquals(
                List.of("array found, object expected"),
                file.problems().stream().map(Problem::message).toList());
    }

    @Test
    void invalidUtf8InAClaimsFileNamesTheBytePosition(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("bad.json");
        byte[] prefix = "{\"claims\": [\n{\"id\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[prefix.length + 3];
        System.arraycopy(prefix, 0, bytes, 0, prefix.length);
        bytes[prefix.length] = (byte) 0xFF;
        bytes[prefix.length + 1] = '"';
        bytes[prefix.length + 2] = '}';
        Files.write(json, bytes);

        ClaimsFile file = reader.read(json, "claims/bad.json");

        assertEquals(
                List.of(new Problem(
                        new Location("claims/bad.json", 2, 1),
                        "byte 0xFF at byte position " + prefix.length + " (line 2) is not valid UTF-8")),
                file.problems());
    }

    @Test
    void aStreamIsReadAsAFileIsByteOrderMarkAndInvalidUtf8Included(@TempDir Path dir) throws IOException {
        byte[] good =
                ("\uFEFF{\"claims\": [\n" + claim("a", ", \"offset\": 3") + "\n]}").getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        bad[bad.length - 4] = (byte) 0xFF;
        for (byte[] bytes : List.of(good, bad)) {
            Path file = dir.resolve("claims.json");
            Files.write(file, bytes);

            ClaimsFile fromStream = reader.read(new ByteArrayInputStream(bytes), "claims/a.json");

            assertEquals(reader.read(file, "claims/a.json"), fromStream);
        }
        assertEquals(
                1,
                reader.read(new ByteArrayInputStream(good), "claims/a.json")
                        .claims()
                        .size());
        assertEquals(
                1,
                reader.read(new ByteArrayInputStream(bad), "claims/a.json")
                        .problems()
                        .size());
    }

    @Test
    void anEmptyPrefixOrSuffixMeansNoContextAsInTheW3cModel() {
        String withEmptyContext = claim("empty", ", \"offset\": 0, \"prefix\": \"\", \"suffix\": \"\"");
        String invalid = claim("", ", \"offset\": 0"); // sends the file down the schema-checked path
        for (String text : List.of(
                "{\"claims\": [" + withEmptyContext + "]}",
                "{\"claims\": [" + withEmptyContext + ", " + invalid + "]}")) {
            ClaimsFile file = reader.parse(text, "claims/a.json");

            Claim read = file.claims().get(0).claim();
            assertEquals(new Claim("empty", "s", "q", "a.txt", 0, "o"), read, text);
            assertEquals(Optional.empty(), read.prefix());
        }
    }

    @Test
    void missingFileIsAProblemNotAnException(@TempDir Path dir) {
        ClaimsFile file = reader.read(dir.resolve("none.json"), "claims/none.json");

        assertTrue(file.problems().get(0).message().startsWith("cannot read the file: "));
    }

    @Test
    void byteOrderMarkBeforeJsonIsAccepted(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("bom.json");
        Files.writeString(json, "\uFEFF{\"claims\": [" + claim("a", ", \"offset\": 0") + "]}");

        ClaimsFile file = reader.read(json);

        assertEquals(List.of(), file.problems());
        assertEquals(new Location(json.toString(), 1, 13), file.claims().get(0).location());
    }
}
