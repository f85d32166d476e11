package io.github.factmaven.validator.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.factmaven.model.Location;
import java.util.List;
import java.util.Map;
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
}
