package io.github.factmaven.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BucketsTest {

    private final Buckets buckets = new Buckets(Map.of("hot.txt", 4));

    @Test
    void aSplitSourcesClaimsAreSharedAmongItsBucketsAndTheClaimsOfASpanShareOne() {
        Set<String> keys = new HashSet<>();
        for (int offset = 0; offset < 200; offset++) {
            String key = buckets.keyOf(claim("c" + offset, "hot.txt", offset, "quote " + offset));
            keys.add(key);
            assertEquals(key, buckets.keyOf(claim("other" + offset, "hot.txt", offset, "quote " + offset)));
        }
        assertEquals(new HashSet<>(buckets.keysOf("hot.txt")), keys);
        assertEquals(4, keys.size());
    }

    @Test
    void aSourceNotSplitIsOneTaskThatFindsItsNames() {
        assertEquals("cold.txt", buckets.keyOf(claim("a", "cold.txt", 3, "q")));
        assertEquals(List.of("cold.txt"), buckets.keysOf("cold.txt"));
        assertTrue(Buckets.findsSourceNames("cold.txt", "cold.txt"));
    }

    @Test
    void onlyTheFirstBucketFindsTheNamesOfTheSourcesText() {
        List<String> keys = buckets.keysOf("hot.txt");
        assertTrue(Buckets.findsSourceNames(keys.get(0), "hot.txt"));
        keys.subList(1, keys.size()).forEach(key -> assertFalse(Buckets.findsSourceNames(key, "hot.txt")));
    }

    private static org.apache.spark.sql.Row claim(String id, String source, int offset, String quote) {
        return Rows.claim(new LocatedClaim(
                new Claim(id, "s", quote, source, offset, "o"), new Location("claims/a.json", 2, 3), Map.of()));
    }
}
