package io.github.factmaven.validator.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.internal.text.SourceText;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    /** Distinct names made of letters only, such as "Kaba" and "Kabb". */
    private static String name(int i) {
        return "K" + (char) ('a' + i / 676) + (char) ('a' + i / 26 % 26) + (char) ('a' + i % 26);
    }

    @Test
    void findsEveryNameOfASourceWithTwoThousandOfThem() {
        StringBuilder text = new StringBuilder();
        int names = 2_000; // the spelling table starts at 1,024 slots and grows past half full
        for (int i = 0; i < names; i++) {
            text.append(name(i)).append(" met ").append(name(i)).append(".\n");
        }

        Map<String, NamePlaces> found =
                NameIndex.namesOf("sources/a.txt", text.toString()).names();

        assertEquals(names, found.size());
        for (int i = 0; i < names; i++) {
            NamePlaces places = found.get(name(i));
            assertEquals(2, places.count(), name(i));
            assertEquals(
                    List.of(new Location("sources/a.txt", i + 1, 1), new Location("sources/a.txt", i + 1, 10)),
                    places.first(),
                    name(i));
        }
    }

    /** A lone CR ends a line even when a word comes before the next LF; the LF ends another. */
    @Test
    void aCarriageReturnThenAWordThenALineFeedAreTwoLineBreaks() {
        Map<String, NamePlaces> found = NameIndex.namesOf("sources/a.txt", "Koprikin\rwas Kopyrkin\nKoprikon")
                .names();
        assertEquals(
                List.of(new Location("sources/a.txt", 2, 5)),
                found.get("Kopyrkin").first());
        assertEquals(
                List.of(new Location("sources/a.txt", 3, 1)),
                found.get("Koprikon").first());
    }

    /**
     * Read from the text's bytes, each name's first place is where the text's own lines and columns
     * put its first whole-word occurrence (a character outside the Basic Multilingual Plane is
     * never a letter of a word), whatever the mix of scripts, widths and line endings.
     */
    @Test
    void placesAreWhereTheTextsLinesAndColumnsPutThem() {
        Random random = new Random(42);
        String[] pieces = {
            "Koprikin",
            "Kopyrkin",
            " ",
            "\n",
            "\r\n",
            "\r",
            "ÉLYSÉE",
            "Élysée",
            "élysée",
            "Ministry",
            "minister",
            "😀",
            "🇦🇲",
            "Ереван",
            "ереван",
            "Երևան",
            "𝐀bcd",
            "Abc𝐀de",
            "ABCD",
            "ǅemal",
            "İstanbul",
            "Straße",
            ","
        };
        Pattern letter = Pattern.compile("[\\p{L}&&[^\\x{10000}-\\x{10FFFF}]]");
        for (int round = 0; round < 300; round++) {
            StringBuilder built = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) {
                built.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? " " : "");
            }
            String raw = built.toString();
            SourceText text = SourceText.of(raw);
            assertWordsAreThoseOfTheText(raw, letter, "round " + round);
            for (Map.Entry<String, NamePlaces> name :
                    NameIndex.namesOf("sources/a.txt", raw).names().entrySet()) {
                Matcher first = Pattern.compile(
                                "(?<!" + letter + ")" + Pattern.quote(name.getKey()) + "(?!" + letter + ")")
                        .matcher(raw);
                assertTrue(first.find(), name.getKey());
                SourceText.LineColumn at = text.lineColumnOf(raw.codePointCount(0, first.start()));
                assertEquals(
                        new Location("sources/a.txt", at.line(), at.column()),
                        name.getValue().first().get(0),
                        "round " + round + ": " + name.getKey());
            }
        }
    }

    /**
     * The names found are the text's words of at least four letters that start with a capital and
     * have a small letter later, each counted as often as it occurs; a word that starts with a small
     * letter is known to occur in lower case, in any case it is asked in. Case is changed character
     * by character, as the index does ("և" has no one-character capital).
     */
    private static void assertWordsAreThoseOfTheText(String raw, Pattern letter, String round) {
        Map<String, Integer> expected = new java.util.HashMap<>();
        Set<String> lowerCase = new java.util.HashSet<>();
        Matcher words = Pattern.compile(letter + "+").matcher(raw);
        while (words.find()) {
            String word = words.group();
            if (word.codePointCount(0, word.length()) < 4) {
                continue;
            }
            if (Character.isUpperCase(word.charAt(0))
                    && word.substring(1).chars().anyMatch(Character::isLowerCase)) {
                expected.merge(word, 1, Integer::sum);
            } else if (Character.isLowerCase(word.charAt(0))) {
                lowerCase.add(eachChar(word, Character::toLowerCase));
            }
        }
        NameIndex index = new NameIndex();
        index.add("sources/a.txt", NameIndex.namesOf("sources/a.txt", raw));
        Map<String, Integer> found = new java.util.HashMap<>();
        index.names().forEach((name, places) -> found.put(name, places.count()));
        assertEquals(expected, found, round);
        for (String word : lowerCase) {
            assertTrue(index.occursInLowerCase(eachChar(word, Character::toUpperCase)), round + ": " + word);
        }
        for (String name : expected.keySet()) {
            assertEquals(
                    lowerCase.contains(eachChar(name, Character::toLowerCase)),
                    index.occursInLowerCase(name),
                    round + ": " + name);
        }
    }

    private static String eachChar(String word, java.util.function.IntUnaryOperator change) {
        StringBuilder changed = new StringBuilder(word.length());
        word.chars().forEach(c -> changed.append((char) change.applyAsInt(c)));
        return changed.toString();
    }
}
