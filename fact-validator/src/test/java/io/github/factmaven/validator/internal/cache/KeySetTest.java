package io.github.factmaven.validator.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySetTest {

    @Test
    void keepsEveryKeyAcrossGrowingAndNoOtherKey() {
        Random random = new Random(42);
        Set<List<Long>> added = new HashSet<>();
        KeySet set = new KeySet();
        // far past the 512 keys the first arrays hold, so the set grows several times
        while (added.size() < 20_000) {
            long high = random.nextLong();
            long low = random.nextInt(4) == 0 ? 0 : random.nextLong();
            assertEquals(added.add(List.of(high, low)), set.add(high, low));
        }
        assertFalse(
                set.add(added.iterator().next().get(0), added.iterator().next().get(1)), "a key is kept once");

        assertEquals(added.size(), set.size());
        for (List<Long> key : added) {
            assertTrue(set.contains(key.get(0), key.get(1)));
        }
        Set<List<Long>> visited = new HashSet<>();
        set.forEach((high, low) -> assertTrue(visited.add(List.of(high, low))));
        assertEquals(added, visited);
        assertFalse(set.contains(7, 7));
        assertFalse(set.contains(0, 0), "(0, 0) marks an empty slot and is never a key");
    }
}
