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
import java.util.Arrays;
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

    /**
     * Names are read long after their file is loaded, when a check looks for variants: names whose
     * file's checksum holds but which are not names as written are refused when the file is read.
     */
    @Test
    void namesThatAreNotAsWrittenAreRefusedWhenRead() throws IOException {
        byte[] bytes = written(KeptNames.of(FOUND));
        int spelling = 8 + 4 + 4; // after the digest, the length and the count of names
        int length = (bytes[spelling] & 0xFF) << 8 | bytes[spelling + 1] & 0xFF;
        int kept = spelling + 2 + length + 4;
        int line = kept + 1;

        assertRefused(bytes, spelling + 2, (byte) 0xFF); // not UTF-8
        assertRefused(bytes, spelling + 2 + length - 1, (byte) 0xC3); // a character's first byte, last
        assertRefused(bytes, kept, (byte) 0); // a name with no place
        assertRefused(bytes, kept, (byte) 100); // more places than its count
        assertRefused(bytes, line + 3, (byte) 0); // line 0
        assertRefused(bytes, 8 + 4 + 3, (byte) 100); // more names than the bytes hold
        assertRefused(bytes, 0, bytes[0], Long.BYTES); // the last word cut off
    }

    /** Names cut short anywhere, or with any byte changed, are read or refused: nothing else is thrown. */
    @Test
    void namesCutOrChangedAnywhereAreReadOrRefused() throws IOException {
        byte[] bytes = written(KeptNames.of(FOUND));
        for (int cut = 1; cut < bytes.length - 12; cut++) {
            assertRefused(bytes, 0, bytes[0], cut);
        }
        for (int at = 12; at < bytes.length; at++) {
            for (int value : new int[] {0, 1, 0x7F, 0x80, 0xC3, 0xFF}) {
                byte[] changed = bytes.clone();
                changed[at] = (byte) value;
                try {
                    read(changed);
                } catch (IOException refused) {
                    // refused, as it may be
                }
            }
        }
    }

    private static void assertRefused(byte[] written, int at, byte value) {
        assertRefused(written, at, value, 0);
    }

    private static void assertRefused(byte[] written, int at, byte value, int cut) {
        byte[] bytes = written.clone();
        bytes[at] = value;
        byte[] shorter = Arrays.copyOf(bytes, bytes.length - cut);
        // the length before the names says how many bytes they are: cut with them
        int length = shorter.length - 12;
        shorter[8] = (byte) (length >>> 24);
        shorter[9] = (byte) (length >>> 16);
        shorter[10] = (byte) (length >>> 8);
        shorter[11] = (byte) length;
        assertThrows(IOException.class, () -> read(shorter), "byte " + at + " set to " + value);
    }

    @Test
    void aLengthLargerThanWhatIsLeftIsRefused() throws IOException {
        byte[] bytes = written(KeptNames.of(FOUND));
        bytes[8] = 0x7F; // the length, after the digest
        assertThrows(IOException.class, () -> read(bytes));
    }
}
