package io.github.factmaven.validator.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.factmaven.model.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatasetNamesTest {

    private static final NameIndex.SourceNames KIEV =
            NameIndex.namesOf("sources/a.txt", "Kiev is the capital; the minister went to Kiev.");
    private static final NameIndex.SourceNames KYIV =
            NameIndex.namesOf("sources/b.txt", "Kyiv said the Minister, twice: Kyiv.");

    private static DatasetNames of(NameIndex.SourceNames... sources) {
        DatasetNames names = new DatasetNames();
        for (NameIndex.SourceNames source : sources) {
            String file =
                    source.names().values().iterator().next().first().get(0).file();
            names.addSource(file, source::digest, () -> source);
        }
        return names;
    }

    @Test
    void theDigestOfNamesDoesNotDependOnTheOrderTheyAreHeldOrAddedIn() {
        Map<String, NamePlaces> reordered = new HashMap<>();
        List<String> spellings = new ArrayList<>(KIEV.names().keySet());
        for (int i = spellings.size() - 1; i >= 0; i--) {
            reordered.put(spellings.get(i), KIEV.names().get(spellings.get(i)));
        }
        assertEquals(KIEV.digest(), new NameIndex.SourceNames(reordered, KIEV.lowercase()).digest());
        assertEquals(of(KIEV, KYIV).digest(), of(KYIV, KIEV).digest());
    }

    @Test
    void theDigestTellsAPlaceACountOrALowerCaseWordApart() {
        long digest = KIEV.digest();
        assertNotEquals(
                digest,
                NameIndex.namesOf("sources/a.txt", "Kiev is the capital; the minister went to  Kiev.")
                        .digest(),
                "a place moved");
        assertNotEquals(
                digest,
                NameIndex.namesOf("sources/c.txt", "Kiev is the capital; the minister went to Kiev.")
                        .digest(),
                "another file");
        assertNotEquals(
                digest,
                NameIndex.namesOf("sources/a.txt", "Kiev is the capital; the minister went to Kiev. Kiev")
                        .digest(),
                "one more");
        assertNotEquals(
                digest,
                NameIndex.namesOf("sources/a.txt", "Kiev is the capital; the ministry went to Kiev.")
                        .digest(),
                "another word");
        assertEquals(
                digest,
                NameIndex.namesOf("sources/a.txt", "Kiev is the capital; the minister went to Kiev.")
                        .digest());
        assertNotEquals(of(KIEV).digest(), of(KIEV, KYIV).digest());
    }

    @Test
    void theIndexMergesEveryContributionAsTheNameIndexDoes() {
        NameIndex.SourceNames quotes = NameIndex.namesOfQuotes(List.of());
        DatasetNames names = of(KIEV, KYIV);
        names.addQuotes(quotes::digest, () -> quotes);

        NameIndex merged = names.index();

        NameIndex direct = new NameIndex();
        direct.add("sources/a.txt", KIEV);
        direct.add("sources/b.txt", KYIV);
        assertEquals(direct.names().keySet(), merged.names().keySet());
        assertEquals(
                List.of(new Location("sources/a.txt", 1, 1), new Location("sources/a.txt", 1, 43)),
                merged.names().get("Kiev").first());
        assertEquals(2, merged.names().get("Kyiv").count());
        assertEquals(true, merged.occursInLowerCase("Minister"));
    }

    @Test
    void namesAreAskedForOnlyWhenMerged() {
        AtomicInteger asked = new AtomicInteger();
        DatasetNames names = new DatasetNames();
        names.addSource("sources/a.txt", KIEV::digest, () -> {
            asked.incrementAndGet();
            return KIEV;
        });
        names.digest();
        assertEquals(0, asked.get());
        names.index();
        assertEquals(1, asked.get());
    }

    @Test
    void aSourceAddedTwiceCountsOnce() {
        DatasetNames twice = of(KIEV);
        twice.addSource("sources/a.txt", KIEV::digest, () -> KIEV);
        assertEquals(of(KIEV).digest(), twice.digest());
        assertEquals(2, twice.index().names().get("Kiev").count());
    }
}
