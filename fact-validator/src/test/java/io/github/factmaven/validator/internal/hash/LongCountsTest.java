package io.github.factmaven.validator.internal.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongCountsTest {

    @Test
    void countsAsAMapOfBoxedCountsDoesThroughGrowthAndRemovals() {
        Random random = new Random(7);
        LongCounts counts = new LongCounts(2);
        Map<Long, Integer> expected = new HashMap<>();
        for (int step = 0; step < 200_000; step++) {
            // few keys, many of them colliding in a small table, zero among them: removals shift chains
            long key = random.nextInt(300) * (random.nextBoolean() ? 1L : 1L << 40);
            int delta = random.nextInt(5) - 2;
            int now = expected.getOrDefault(key, 0) + delta;
            if (now == 0) {
                expected.remove(key);
            } else {
                expected.put(key, now);
            }
            assertEquals(now, counts.add(key, delta));
        }
        assertEquals(expected.size(), counts.size());
        Map<Long, Integer> found = new HashMap<>();
        counts.forEach(found::put);
        assertEquals(expected, found);
        for (long key = 0; key < 300; key++) {
            assertEquals(expected.getOrDefault(key, 0), counts.get(key));
        }
        LongCounts copy = counts.copy();
        copy.add(1, 1);
        assertEquals(expected.getOrDefault(1L, 0), counts.get(1));
    }
}
