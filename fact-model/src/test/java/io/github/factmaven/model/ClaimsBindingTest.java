package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming fast path reads a valid file exactly as the thorough reader does, and leaves the rest to it. */
class ClaimsBindingTest {

    @RepeatedTest(200)
    void bindsAnyValidFileExactlyAsTheThoroughReaderDoes(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Claim> claims = new ArrayList<>();
        for (int i = 0, n = random.nextInt(5); i < n; i++) {
            claims.add(new Claim(
                    "id-" + i + GeneratedClaimsFile.text(random, 2),
                    GeneratedClaimsFile.text(random, 3),
                    GeneratedClaimsFile.text(random, 1 + random.nextInt(6)),
                    "dir/" + i % 2 + ".txt",
                    random.nextBoolean() ? OptionalInt.of(random.nextInt(Integer.MAX_VALUE)) : OptionalInt.empty(),
                    "outlet " + i % 2,
                    random.nextInt(3) == 0 ? Optional.of(GeneratedClaimsFile.text(random, 2)) : Optional.empty(),
                    random.nextInt(3) == 0 ? Optional.of(GeneratedClaimsFile.text(random, 2)) : Optional.empty()));
        }
        String text = GeneratedClaimsFile.of(random, claims).text();

        Optional<ClaimsFile> bound =
                ClaimsBinding.bind(text, "claims/c.json", ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH);

        assertTrue(bound.isPresent(), text);
        assertEquals(new ClaimsFileReader().readThoroughly(text, "claims/c.json"), bound.get(), text);
        assertEquals(
                claims, bound.get().claims().stream().map(LocatedClaim::claim).toList());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"claims\": [{\"id\": \"a\", \"id\": \"b\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\"}]}",
                "{\"claims\": [{\"id\": \"a\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\", \"note\": 1}]}",
                "{\"claims\": [{\"id\": \"a\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\"}]}",
                "{\"claims\": [{\"id\": \"\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\"}]}",
                "{\"claims\": [{\"id\": 7, \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\"}]}",
                "{\"claims\": [{\"id\": \"a\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\", \"offset\": -1}]}",
                "{\"claims\": [{\"id\": \"a\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\", \"offset\": 2.0}]}",
                "{\"claims\": [{\"id\": \"a\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\", \"offset\": 2147483648}]}",
                "{\"claims\": [{\"id\": \"a\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\", \"prefix\": null}]}",
                "{\"claims\": [[]]}",
                "{\"claims\": {}}",
                "{\"claims\": [], \"claims\": []}",
                "{\"claims\": [], \"$schema\": 1}",
                "{\"claims\": [], \"extra\": true}",
                "{\"$schema\": \"x.json\"}",
                "{\"claims\": []} []",
                "{\"claims\": [}",
                "[]",
                "",
                " \n"
            })
    void leavesEveryFileItIsNotSureOfToTheThoroughReader(String text) {
        assertEquals(Optional.empty(), ClaimsBinding.bind(text, "c.json", ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH));
        assertEquals(
                new ClaimsFileReader().readThoroughly(text, "c.json"), new ClaimsFileReader().parse(text, "c.json"));
    }
}
