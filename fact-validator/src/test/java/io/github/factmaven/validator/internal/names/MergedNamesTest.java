package io.github.factmaven.validator.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergedNamesTest {

    private static final NameIndex.SourceNames KIEV =
            NameIndex.namesOf("sources/a.txt", "Kiev is the capital; the minister went to Kiev.");
    private static final NameIndex.SourceNames KYIV =
            NameIndex.namesOf("sources/b.txt", "Kyiv said the Minister, twice: Kyiv. And Yerevan.");
    private static final NameIndex.SourceNames MOSCOW = NameIndex.namesOf("sources/d.txt", "to Moscow.");
    private static final NameIndex.SourceNames PARIS = NameIndex.namesOf("sources/e.txt", "to Paris.");
    private static final NameIndex.SourceNames YEREVAN =
            NameIndex.namesOf("sources/c.txt", "Yerevan, and Yerevan again; yerevan");

    @Test
    void namesMergedAreReadBackAsTheyWereWrittenAndBroughtUpToDateThen() throws IOException {
        MergedNames merged = MergedNames.of(List.of(KIEV, KYIV, YEREVAN, MOSCOW, PARIS));
        assertEquals(
                Map.of("Kiev", 2, "Kyiv", 2, "Moscow", 1, "Paris", 1),
                merged.nameCounts(),
                "Yerevan is written in lower case too");

        MergedNames read = MergedNames.read(in(bytes(merged)));
        assertEquals(merged.nameCounts(), read.nameCounts());
        NameIndex.SourceNames edited = NameIndex.namesOf("sources/c.txt", "Yerevan, and Yerevan again.");
        List<NameContribution> now = List.of(KIEV, KYIV, edited, MOSCOW, PARIS);
        MergedNames updated = read.updated(now, digest -> digest == YEREVAN.digest() ? YEREVAN : null)
                .orElseThrow();
        assertEquals(Map.of("Kiev", 2, "Kyiv", 2, "Yerevan", 3, "Moscow", 1, "Paris", 1), updated.nameCounts());
        assertEquals(MergedNames.of(now).nameCounts(), updated.nameCounts());
    }

    @Test
    void namesMergedThatAreDamagedAreRefusedWhenRead() throws IOException {
        byte[] bytes = bytes(MergedNames.of(List.of(KIEV, KYIV)));
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 3);
        assertThrows(IOException.class, () -> MergedNames.read(in(cut)));
        byte[] huge = bytes.clone();
        huge[0] = 0x7F; // a count of digests larger than the bytes
        assertThrows(IOException.class, () -> MergedNames.read(in(huge)));
    }

    @Test
    void namesMergedThatDoNotHoldATextTakenOutAreMergedAfresh() {
        MergedNames merged = MergedNames.of(List.of(KIEV, KYIV, YEREVAN, MOSCOW, PARIS));
        // told that the text gone was another one than the one merged: a count would go below zero
        NameIndex.SourceNames other = NameIndex.namesOf("sources/c.txt", "Odessa and Odessa and Odessa.");
        assertTrue(merged.updated(List.of(KIEV, KYIV, other, MOSCOW, PARIS), digest -> other)
                .isEmpty());
    }

    private static byte[] bytes(MergedNames merged) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        merged.write(new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static DataInputStream in(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
