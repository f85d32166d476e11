package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.internal.Utf8Input;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming fast path reads a valid file exactly as the thorough reader does, and leaves the rest to it. */
class ClaimsBindingTest {

    @TempDir
    Path folder;

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
    /** A text's UTF-8 bytes, with a byte-order mark in front one time in two. */
    private static byte[] maybeMarked(Random random, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (!random.nextBoolean()) {
            return utf8;
        }
        byte[] marked = new byte[utf8.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, marked, 3, utf8.length);
        return marked;
    }

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
        byte[] utf8 = maybeMarked(random, text);

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

    /**
     * Some entries of a valid file, each parsed where a read of its bytes found that it starts and
     * no other byte parsed, are those the whole read gives, where it places them, with or without a
     * byte-order mark, whatever scripts, emoji and line endings come before them.
     */
    @RepeatedTest(100)
    void bindsEntriesWhereTheyStartAsAWholeReadDoes(RepetitionInfo repetition) throws IOException {
        Random random = new Random(3000 + repetition.getCurrentRepetition());
        String text = GeneratedClaimsFile.of(random, randomClaims(random, random.nextInt(40), 40))
                .text();
        byte[] utf8 = maybeMarked(random, text);
        List<LocatedClaim> whole = ClaimsBinding.bind(
                        Utf8Input.of(new ByteArrayInputStream(utf8)),
                        "claims/c.json",
                        ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH)
                .orElseThrow()
                .claims();
        List<LocatedClaim> expected = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (LocatedClaim claim : whole) {
            long start = ClaimsFileReader.entryStart(claim);
            assertEquals('{', utf8[(int) start], text);
            if (random.nextInt(3) == 0) {
                expected.add(claim);
                starts.add(start);
            }
        }

        Path file = Files.write(folder.resolve("c" + repetition.getCurrentRepetition() + ".json"), utf8);
        Optional<List<LocatedClaim>> some = new ClaimsFileReader()
                .readAt(
                        file,
                        "claims/c.json",
                        starts.stream().mapToLong(Long::longValue).toArray(),
                        expected.stream().map(LocatedClaim::location).toList());

        assertEquals(Optional.of(expected), some, text);
        assertEquals(
                starts,
                some.orElseThrow().stream().map(ClaimsFileReader::entryStart).toList());
    }

    /** Lines ended by a lone carriage return, as a JSON parser counts them, and a line of emoji before an entry. */
    @Test
    void placesAnEntryAfterLoneCarriageReturnsAsAWholeReadDoes() throws IOException {
        String entry =
                "{\"id\": \"b\",\r \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\"}";
        // the first entry ends with emoji and Cyrillic on the line where the second starts
        byte[] utf8 = ("{\"claims\": [\r" + entry.replace("\"b\"", "\"a\"").replace("\"o\"", "\"\uD83D\uDE00 \u0415\"")
                        + ",\r\n  " + entry.replace("\"o\"", "\"\uD83D\uDE00 \u0415\"") + ", "
                        + entry.replace("\"b\"", "\"c\"") + "\r]}")
                .getBytes(StandardCharsets.UTF_8);
        List<LocatedClaim> whole = ClaimsBinding.bind(Utf8Input.of(new ByteArrayInputStream(utf8)), "c.json", 100)
                .orElseThrow()
                .claims();
        long[] starts = whole.stream().mapToLong(ClaimsFileReader::entryStart).toArray();

        Path file = Files.write(folder.resolve("c.json"), utf8);
        ClaimsFileReader reader = new ClaimsFileReader(100);

        assertEquals(
                Optional.of(whole),
                reader.readAt(
                        file,
                        "c.json",
                        starts,
                        whole.stream().map(LocatedClaim::location).toList()));
        assertEquals(
                Optional.of(List.of(whole.get(2))),
                reader.readAt(
                        file,
                        "c.json",
                        new long[] {starts[2]},
                        List.of(whole.get(2).location())));
        assertEquals(new Location("c.json", 4, 3), whole.get(1).location());
        assertEquals(new Location("c.json", 5, 71), whole.get(2).location());
    }

    /**
     * Entries read where they start come out as a whole read gives them, however their bytes fall:
     * an entry longer than the first look past its start, entries more than a read's worth apart,
     * a look that ends inside a multi-byte character, a number or a literal.
     */
    @Test
    void readsLongEntriesAndFarApartOnesAsAWholeReadDoes() throws IOException {
        StringBuilder text = new StringBuilder("{\"claims\": [\n");
        for (int i = 0; i < 60; i++) {
            String quote = (i % 7 == 3 ? "é\uD83D\uDE00Е ".repeat(1800) : "q" + "é".repeat(i * 40));
            text.append(i == 0 ? "" : ",\n")
                    .append("  {\"id\": \"c")
                    .append(i)
                    .append("\", \"statement\": \"s\", \"quote\": \"")
                    .append(quote)
                    .append("\", \"source\": \"a.txt\", \"outlet\": \"o\", \"offset\": ")
                    .append(1_000_000 + i)
                    .append(i % 2 == 0 ? "}" : ", \"prefix\": \"p\"}");
        }
        byte[] utf8 = text.append("\n]}\n").toString().getBytes(StandardCharsets.UTF_8);
        List<LocatedClaim> whole = ClaimsBinding.bind(
                        Utf8Input.of(new ByteArrayInputStream(utf8)),
                        "c.json",
                        ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH)
                .orElseThrow()
                .claims();
        Path file = Files.write(folder.resolve("c.json"), utf8);
        ClaimsFileReader reader = new ClaimsFileReader();

        for (int every : new int[] {1, 2, 7, 59}) {
            List<LocatedClaim> some = new ArrayList<>();
            for (int i = every - 1; i < whole.size(); i += every) {
                some.add(whole.get(i));
            }
            assertEquals(
                    Optional.of(some),
                    reader.readAt(
                            file,
                            "c.json",
                            some.stream()
                                    .mapToLong(ClaimsFileReader::entryStart)
                                    .toArray(),
                            some.stream().map(LocatedClaim::location).toList()),
                    "every " + every);
        }
        assertTrue(utf8.length > 3 * 64 * 1024, "the file is longer than a few reads");
    }

    /** A file cut short after it was opened ends a window where it ends now: a look for more ends there. */
    @Test
    void aWindowOfAFileCutShortEndsWhereTheFileEnds() throws IOException {
        Path file = Files.write(folder.resolve("cut.json"), new byte[100_000]);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileWindow window = new FileWindow(channel);
            try (FileChannel writer = FileChannel.open(file, StandardOpenOption.WRITE)) {
                writer.truncate(70_000);
            }

            window.cover(10, 90_000);

            assertTrue(window.reachesEnd());
            assertEquals(69_990, window.heldFrom(10));
        }
    }

    /** A start that is not where an entry starts, or out of order, leaves the file to be read whole. */
    @Test
    void readsNoEntryWhereNoneStarts() throws IOException {
        byte[] utf8 =
                "{\"claims\": [\n  {\"id\": \"a\", \"statement\": \"s\", \"quote\": \"q\", \"source\": \"a.txt\", \"outlet\": \"o\"}\n]}\n"
                        .getBytes(StandardCharsets.UTF_8);
        long start = ClaimsFileReader.entryStart(
                ClaimsBinding.bind(Utf8Input.of(new ByteArrayInputStream(utf8)), "c.json", 100)
                        .orElseThrow()
                        .claims()
                        .get(0));
        Path file = Files.write(folder.resolve("c.json"), utf8);
        ClaimsFileReader reader = new ClaimsFileReader(100);
        Location at = new Location("c.json", 2, 3);
        assertEquals(
                Optional.of(1),
                reader.readAt(file, "c.json", new long[] {start}, List.of(at)).map(List::size));
        assertEquals(Optional.empty(), reader.readAt(file, "c.json", new long[] {start + 1}, List.of(at)));
        assertEquals(Optional.empty(), reader.readAt(file, "c.json", new long[] {start, start}, List.of(at, at)));
        assertEquals(Optional.empty(), reader.readAt(file, "c.json", new long[] {utf8.length}, List.of(at)));
        assertEquals(Optional.empty(), reader.readAt(file, "c.json", new long[] {-1}, List.of(at)));
        assertEquals(
                Optional.empty(),
                reader.readAt(folder.resolve("gone.json"), "c.json", new long[] {start}, List.of(at)));
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
