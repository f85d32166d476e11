package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.internal.Utf8Input;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming fast path reads a valid file exactly as the thorough reader does, and leaves the rest to it. */
class ClaimsBindingTest {

    @RepeatedTest(200)
    void bindsAnyValidFileExactlyAsTheThoroughReaderDoes(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        List<Claim> claims = randomClaims(random, random.nextInt(5), 6);
        String text = GeneratedClaimsFile.of(random, claims).text();

        Optional<ClaimsFile> bound =
                ClaimsBinding.bind(text, "claims/c.json", ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH);

        assertTrue(bound.isPresent(), text);
        assertEquals(new ClaimsFileReader().readThoroughly(text, "claims/c.json"), bound.get(), text);
        assertEquals(
                claims, bound.get().claims().stream().map(LocatedClaim::claim).toList());
    }

    /** Claims of random text in every script the generator knows, quotes of up to so many pieces. */
    private static List<Claim> randomClaims(Random random, int count, int quotePieces) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            claims.add(new Claim(
                    "id-" + i + GeneratedClaimsFile.text(random, 2),
                    GeneratedClaimsFile.text(random, 3),
                    GeneratedClaimsFile.text(random, 1 + random.nextInt(quotePieces)),
                    "dir/" + i % 2 + ".txt",
                    random.nextBoolean() ? OptionalInt.of(random.nextInt(Integer.MAX_VALUE)) : OptionalInt.empty(),
                    "outlet " + i % 2,
                    random.nextInt(3) == 0 ? Optional.of(GeneratedClaimsFile.text(random, 2)) : Optional.empty(),
                    random.nextInt(3) == 0 ? Optional.of(GeneratedClaimsFile.text(random, 2)) : Optional.empty()));
        }
        return claims;
    }

    /**
     * A file on disk is bound from its bytes, as they stream past the byte parser: its columns are
     * counted in code points all the same, with or without a byte-order mark, whatever scripts,
     * emoji and line endings come before a member on its line.
     */
    @RepeatedTest(100)
    void bindsAnyValidFileFromItsBytesExactlyAsTheThoroughReaderDoes(RepetitionInfo repetition) throws IOException {
        Random random = new Random(1000 + repetition.getCurrentRepetition());
        List<Claim> claims = randomClaims(random, random.nextInt(40), 40);
        String text = GeneratedClaimsFile.of(random, claims).text();
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextBoolean()) {
            byte[] marked = new byte[utf8.length + 3];
            marked[0] = (byte) 0xEF;
            marked[1] = (byte) 0xBB;
            marked[2] = (byte) 0xBF;
            System.arraycopy(utf8, 0, marked, 3, utf8.length);
            utf8 = marked;
        }

        Optional<ClaimsFile> bound = ClaimsBinding.bind(
                Utf8Input.of(new ByteArrayInputStream(utf8)),
                "claims/c.json",
                ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH);

        assertTrue(bound.isPresent(), text);
        assertEquals(new ClaimsFileReader().readThoroughly(text, "claims/c.json"), bound.get(), text);
    }

    /** Some entries of a valid file, the others passed over, are those a whole read gives, where it places them. */
    @RepeatedTest(50)
    void bindsSomeEntriesOfAValidFileAsAWholeReadDoes(RepetitionInfo repetition) throws IOException {
        Random random = new Random(2000 + repetition.getCurrentRepetition());
        List<Claim> claims = randomClaims(random, random.nextInt(40), 40);
        String text = GeneratedClaimsFile.of(random, claims).text();
        List<LocatedClaim> whole =
                new ClaimsFileReader().readThoroughly(text, "claims/c.json").claims();
        Set<Integer> wanted = new HashSet<>();
        for (int i = 0; i < whole.size(); i++) {
            if (random.nextInt(3) == 0) {
                wanted.add(i);
            }
        }

        Optional<List<LocatedClaim>> some = ClaimsBinding.bindSome(
                Utf8Input.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))),
                "claims/c.json",
                ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH,
                wanted::contains);

        List<LocatedClaim> expected = new ArrayList<>();
        for (int i = 0; i < whole.size(); i++) {
            if (wanted.contains(i)) {
                expected.add(whole.get(i));
            }
        }
        assertEquals(Optional.of(expected), some, text);
    }

    /** Bytes that are not strict UTF-8, or a NUL, leave the file to the thorough reader, which names them. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "C0 80", // an overlong NUL
                "ED A0 80", // a surrogate
                "F4 90 80 80", // past U+10FFFF
                "E2 82", // a character cut short
                "FF",
                "00"
            })
    void leavesBytesThatAreNotStrictUtf8ToTheThoroughReader(String hex) throws IOException {
        String before = "{\"claims\": [{\"id\": \"a\", \"statement\": \"s\", \"quote\": \"q";
        String after = "\", \"source\": \"a.txt\", \"outlet\": \"o\"}]}";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        for (String b : hex.split(" ")) {
            bytes.write(Integer.parseInt(b, 16));
        }
        bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));

        assertEquals(
                Optional.empty(),
                ClaimsBinding.bind(
                        Utf8Input.of(new ByteArrayInputStream(bytes.toByteArray())),
                        "c.json",
                        ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH));
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
