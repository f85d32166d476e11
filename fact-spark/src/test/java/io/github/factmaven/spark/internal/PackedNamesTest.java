package io.github.factmaven.spark.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.CheckInParts;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A source's names and lower-case words come back out of their bytes as the names rows and hashes they were. */
class PackedNamesTest {

    @Test
    void namesComeBackAsTheirRows() {
        String longName = "Ы".repeat(40_000); // more than writeUTF takes
        List<CheckInParts.Name> names = List.of(
                new CheckInParts.Name(
                        "Kopyrkin",
                        3,
                        List.of(new Location("sources/a.txt", 1, 20), new Location("sources/b.txt", 4, 2))),
                new CheckInParts.Name(
                        "Ереван",
                        1,
                        List.of(new Location("sources/a.txt", 2, 1), new Location("sources/a.txt", 9, 17))),
                new CheckInParts.Name(longName, 7, List.of()));

        byte[] packed = PackedNames.of(names);
        List<Row> rows = listOf(PackedNames.rows(packed, Set.of("Kopyrkin", "Ереван", longName)));

        // compared as booleans: a failure would print the long spelling
        assertTrue(names.equals(rows.stream().map(Rows::nameOf).toList()));
        assertTrue(names.stream()
                .map(name -> CheckInParts.lowerCaseHash(name.spelling()))
                .toList()
                .equals(rows.stream().map(row -> row.getLong(3)).toList()));
        assertEquals(List.of(), listOf(PackedNames.rows(PackedNames.of(List.of()), Set.of("Kopyrkin"))));

        // only the spellings asked for, with their places
        assertEquals(
                List.of(names.get(1)),
                listOf(PackedNames.rows(packed, Set.of("Ереван", "Koprikin"))).stream()
                        .map(Rows::nameOf)
                        .toList());
        // every spelling's count and lower-case hash, without places
        List<Row> counts = listOf(PackedNames.counts(packed));
        assertTrue(names.stream()
                .map(name -> List.of(name.spelling(), name.count(), CheckInParts.lowerCaseHash(name.spelling())))
                .toList()
                .equals(counts.stream()
                        .map(row -> List.of(row.getString(0), row.getInt(1), row.getLong(2)))
                        .toList()));
    }

    @Test
    void hashesComeBackInTheirOrder() {
        long[] hashes = {Long.MIN_VALUE, -1, 0, 42, Long.MAX_VALUE};
        assertArrayEquals(hashes, PackedNames.hashes(PackedNames.hashes(hashes)));
        assertArrayEquals(new long[0], PackedNames.hashes(PackedNames.hashes(new long[0])));
    }

    private static List<Row> listOf(Iterator<Row> rows) {
        List<Row> list = new ArrayList<>();
        rows.forEachRemaining(list::add);
        return list;
    }
}
