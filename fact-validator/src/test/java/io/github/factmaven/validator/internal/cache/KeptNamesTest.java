package io.github.factmaven.validator.internal.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.factmaven.validator.internal.names.NameIndex;
import io.github.factmaven.validator.internal.names.NamePlaces;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
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
        Map<String, NamePlaces> names = kept.names().names();
        assertEquals(FOUND.names().keySet(), names.keySet());
        FOUND.names().forEach((spelling, places) -> {
            assertEquals(places.count(), names.get(spelling).count(), spelling);
            assertEquals(places.first(), names.get(spelling).first(), spelling);
        });
        long[] lowercase = FOUND.lowercase().values();
        long[] readBack = kept.names().lowercase().values();
        Arrays.sort(lowercase);
        Arrays.sort(readBack);
        assertArrayEquals(lowercase, readBack);
        assertEquals(FOUND.digest(), kept.names().digest());
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
