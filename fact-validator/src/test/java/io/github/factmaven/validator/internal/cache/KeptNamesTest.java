package io.github.factmaven.validator.internal.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.internal.names.NameContribution;
import io.github.factmaven.validator.internal.names.NameIndex;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class KeptNamesTest {

    private static final NameIndex.SourceNames FOUND =
            NameIndex.namesOf("sources/a.txt", "Koprikin met the minister.\r\nKopyrkin met Koprikin 😀 and Минск.");

    private static byte[] written(KeptNames names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        names.write(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static KeptNames read(byte[] bytes) throws IOException {
        return KeptNames.read(new DataInputStream(new ByteArrayInputStream(bytes)), "sources/a.txt", bytes.length);
    }

    @Test
    void namesReadBackAreTheNamesWrittenWithTheSameDigest() throws IOException {
        KeptNames kept = read(written(KeptNames.of(FOUND)));

        assertEquals(FOUND.digest(), kept.digest());
        assertEquals(passes(FOUND), passes(kept));
        Map<String, Integer> none = new TreeMap<>();
        kept.places(Set.of(), (spelling, places) -> none.put(spelling, places.count()));
        assertEquals(Map.of(), none, "no place asked for, none read");
    }

    /** Each spelling's count and places, and the words in lower case, as a contribution's passes give them. */
    private static List<Object> passes(NameContribution names) {
        Map<String, Integer> counts = new TreeMap<>();
        names.spellings(counts::put);
        List<Long> lowercase = new ArrayList<>();
        names.lowerCaseWords(lowercase::add);
        Collections.sort(lowercase);
        Map<String, List<Location>> places = new TreeMap<>();
        names.places(counts.keySet(), (spelling, some) -> places.put(spelling, some.first()));
        assertEquals(counts.keySet(), places.keySet());
        assertEquals(List.of("Koprikin", "Kopyrkin", "Минск"), List.copyOf(counts.keySet()));
        return List.of(counts, lowercase, places);
    }

    @Test
    void namesKeptAgainAreWrittenAsTheyWereRead() throws IOException {
        byte[] first = written(KeptNames.of(FOUND));
        assertArrayEquals(first, written(read(first)));
    }

    @Test
    void aLengthLargerThanWhatIsLeftIsRefused() throws IOException {
        byte[] bytes = written(KeptNames.of(FOUND));
        bytes[8] = 0x7F; // the length, after the digest
        assertThrows(IOException.class, () -> read(bytes));
    }
}
