package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class ClaimsFileEditorTest {

    private final ClaimsFileEditor editor = new ClaimsFileEditor();
    private final ClaimsFileReader reader = new ClaimsFileReader();

    /** Hand-formatted: CRLF, tabs, odd spacing, escapes, non-ASCII, members in another order, no final newline. */
    private static final String HAND_WRITTEN = "{ \"claims\" :[\r\n"
            + "\t{\"outlet\":\"JAMnews\",\t\"id\" : \"moved\", \"statement\":\"s\",\r\n"
            + "\t \"quote\":\"Pashinyan\\u2019s \\\"words\\\" — Ереван 😀\", \"source\":\"a.txt\", \"offset\":  12 },\r\n"
            + "\t{\r\n"
            + "\t\t\"id\": \"new\",\r\n"
            + "\t\t\"statement\": \"s\",\r\n"
            + "\t\t\"quote\": \"Pashinyan's\\u00a0words\",\r\n"
            + "\t\t\"source\": \"b.txt\",\r\n"
            + "\t\t\"outlet\": \"Azatutyun\"\r\n"
            + "\t}\r\n"
            + "]}";

    @Test
    void changesOnlyTheOffsetNumberAndTheInsertedMember() {
        Map<Location, Claim> changes = new HashMap<>();
        List<LocatedClaim> claims = reader.parse(HAND_WRITTEN, "c.json").claims();
        changes.put(claims.get(0).location(), claims.get(0).claim().withOffset(1234));
        changes.put(claims.get(1).location(), claims.get(1).claim().withOffset(7));

        String edited = editor.apply(HAND_WRITTEN, "c.json", changes).text();

        assertEquals(
                HAND_WRITTEN
                        .replace("\"offset\":  12 }", "\"offset\":  1234 }")
                        .replace("\"source\": \"b.txt\",", "\"source\": \"b.txt\",\r\n\t\t\"offset\": 7,"),
                edited);
    }

    @Test
    void editsTheClaimsAfterEntriesThatAreNotObjects() {
        String text = "{\"claims\": [42, \"text\", null, [1, {}], {\"id\": \"a\", \"statement\": \"s\","
                + " \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\"}]}";
        ClaimsFile file = reader.parse(text, "c.json");
        LocatedClaim claim = file.claims().get(0);

        String edited = editor.apply(
                        text, "c.json", Map.of(claim.location(), claim.claim().withOffset(3)))
                .text();

        assertEquals(4, file.invalidClaims().size());
        assertEquals(text.replace("\"source\": \"a.txt\",", "\"source\": \"a.txt\", \"offset\": 3,"), edited);
    }

    @Test
    void insertedOffsetFollowsTheSpellingOfACompactClaim() {
        String text =
                "{\"claims\":[{\"id\":\"a\",\"statement\":\"s\",\"quote\":\"q\",\"outlet\":\"o\",\"source\":\"a.txt\"}]}\n";
        LocatedClaim claim = reader.parse(text, "c.json").claims().get(0);

        String edited = editor.apply(
                        text, "c.json", Map.of(claim.location(), claim.claim().withOffset(0)))
                .text();

        assertEquals(text.replace("\"source\":\"a.txt\"", "\"source\":\"a.txt\",\"offset\":0"), edited);
    }

    @Test
    void changedQuoteKeepsTheSpellingOfItsUnchangedCharacters() {
        List<LocatedClaim> claims = reader.parse(HAND_WRITTEN, "c.json").claims();
        Claim fixed = claims.get(1).claim().withQuote("Pashinyan’s\u00A0words").withOffset(40);

        String edited = editor.apply(
                        HAND_WRITTEN, "c.json", Map.of(claims.get(1).location(), fixed))
                .text();

        assertEquals(
                HAND_WRITTEN
                        .replace("\"quote\": \"Pashinyan's\\u00a0words\"", "\"quote\": \"Pashinyan’s\\u00a0words\"")
                        .replace("\"source\": \"b.txt\",", "\"source\": \"b.txt\",\r\n\t\t\"offset\": 40,"),
                edited);
    }

    @Test
    void newInvisibleCharactersAreWrittenAsEscapesSoTheyCanBeSeen() {
        List<LocatedClaim> claims = reader.parse(HAND_WRITTEN, "c.json").claims();
        Claim fixed = claims.get(1).claim().withQuote("Pashinyan\u2019s\u00A0words\u200B, \"said\"\u2028");

        String edited = editor.apply(
                        HAND_WRITTEN, "c.json", Map.of(claims.get(1).location(), fixed))
                .text();

        assertEquals(
                HAND_WRITTEN.replace(
                        "\"Pashinyan's\\u00a0words\"", "\"Pashinyan’s\\u00a0words\\u200b, \\\"said\\\"\\u2028\""),
                edited);
    }

    @Test
    void refusesToChangeAnythingButOffsetAndQuote() {
        LocatedClaim claim = reader.parse(HAND_WRITTEN, "c.json").claims().get(0);
        Claim renamed = new Claim(
                "renamed",
                claim.claim().statement(),
                claim.claim().quote(),
                claim.claim().source(),
                claim.claim().offset(),
                claim.claim().outlet(),
                Optional.empty(),
                Optional.empty());

        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> editor.apply(HAND_WRITTEN, "c.json", Map.of(claim.location(), renamed)));
        assertEquals("only the offset and the quote of a claim may change: c.json:2:2", e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> editor.apply(HAND_WRITTEN, "c.json", Map.of(new Location("c.json", 9, 9), claim.claim())));
    }

    /**
     * Random formatting and spelling, random offset and quote changes: the edited text is the
     * original with exactly the intended tokens changed, and it reads back as the intended claims.
     */
    @RepeatedTest(300)
    void editsChangeOnlyTheirOwnTokens(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Claim> claims = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            claims.add(new Claim(
                    "id-" + i + GeneratedClaimsFile.text(random, 2),
                    GeneratedClaimsFile.text(random, 3),
                    GeneratedClaimsFile.text(random, 1 + random.nextInt(6)),
                    "dir/" + i + ".txt",
                    random.nextBoolean() ? OptionalInt.of(random.nextInt(100_000)) : OptionalInt.empty(),
                    GeneratedClaimsFile.text(random, 2),
                    random.nextInt(3) == 0 ? Optional.of(GeneratedClaimsFile.text(random, 2)) : Optional.empty(),
                    random.nextInt(3) == 0 ? Optional.of(GeneratedClaimsFile.text(random, 2)) : Optional.empty()));
        }
        GeneratedClaimsFile file = GeneratedClaimsFile.of(random, claims);
        List<LocatedClaim> read = reader.parse(file.text(), "c.json").claims();
        assertEquals(claims, read.stream().map(LocatedClaim::claim).toList(), file.text());

        Map<Location, Claim> changes = new HashMap<>();
        GeneratedClaimsFile expected = file;
        List<Claim> expectedClaims = new ArrayList<>(claims);
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            if (random.nextBoolean()) {
                String quote = random.nextBoolean()
                        ? GeneratedClaimsFile.text(random, 1 + random.nextInt(6))
                        : claim.quote().replace("\"", "”").replace(" ", "\u00A0");
                claim = claim.withQuote(quote);
                expected = expected.withQuote(i, old -> JsonStringToken.respell(old, quote));
            }
            if (random.nextBoolean()) {
                int offset = random.nextInt(1_000_000);
                claim = claim.withOffset(offset);
                expected = expected.withOffset(i, offset);
            }
            if (!claim.equals(claims.get(i))) {
                changes.put(read.get(i).location(), claim);
                expectedClaims.set(i, claim);
            }
        }

        String edited = editor.apply(file.text(), "c.json", changes).text();

        assertEquals(expected.text(), edited);
        assertEquals(
                expectedClaims,
                reader.parse(edited, "c.json").claims().stream()
                        .map(LocatedClaim::claim)
                        .toList());
    }
}
