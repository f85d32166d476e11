package io.github.factmaven.validator.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.SourceText;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
}
