package io.github.factmaven.validator.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.validator.api.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.ObjIntConsumer;
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
            names.addSource(file, source);
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
    void theVariantsAreThoseOfAnIndexOfEveryContribution() {
        NameIndex.SourceNames quotes = NameIndex.namesOfQuotes(List.of(new LocatedClaim(
                new Claim(
                        "k",
                        "s",
                        "he flew to Kiev on Monday",
                        "a.txt",
                        OptionalInt.of(0),
                        "o",
                        Optional.empty(),
                        Optional.empty()),
                new Location("claims/a.json", 3, 5),
                Map.of("quote", new Location("claims/a.json", 4, 7)))));
        DatasetNames names = of(KIEV, KYIV);
        names.addQuotes(quotes);
        NameIndex direct = new NameIndex();
        direct.add("sources/a.txt", KIEV);
        direct.add("sources/b.txt", KYIV);
        direct.addQuoteNames(quotes);

        for (List<Set<String>> accepted : List.of(List.<Set<String>>of(), List.of(Set.of("Kiev", "Kyiv")))) {
            SpellingVariants variants = new SpellingVariants(accepted);
            assertEquals(variants.find(direct), names.variants(variants));
        }
        List<Warning> found = names.variants(new SpellingVariants(List.of()));
        assertEquals(1, found.size());
        assertTrue(
                found.get(0).message().startsWith("\"Kiev\" (3 times), \"Kyiv\" (2 times)"),
                found.get(0).message());
        assertTrue(
                found.get(0).message().contains("claims/a.json:4:7"),
                found.get(0).message());
    }

    @Test
    void namesAreReadOnlyForTheVariants() {
        AtomicInteger read = new AtomicInteger();
        DatasetNames names = new DatasetNames();
        names.addSource("sources/a.txt", new NameContribution() {
            @Override
            public long digest() {
                return KIEV.digest();
            }

            @Override
            public void spellings(ObjIntConsumer<String> counted) {
                read.incrementAndGet();
                KIEV.spellings(counted);
            }

            @Override
            public void lowerCaseWords(LongConsumer word) {
                read.incrementAndGet();
                KIEV.lowerCaseWords(word);
            }

            @Override
            public void places(Set<String> spellings, BiConsumer<String, NamePlaces> placed) {
                read.incrementAndGet();
                KIEV.places(spellings, placed);
            }
        });
        assertEquals(of(KIEV).digest(), names.digest());
        assertEquals(0, read.get());
        names.variants(new SpellingVariants(List.of()));
        // spellings and lower-case words: with no group of variants, no places are read
        assertEquals(2, read.get());
    }

    @Test
    void aSourceAddedTwiceCountsOnce() {
        DatasetNames twice = of(KIEV, KYIV);
        twice.addSource("sources/a.txt", KIEV);
        assertEquals(of(KIEV, KYIV).digest(), twice.digest());
        SpellingVariants variants = new SpellingVariants(List.of());
        assertEquals(of(KIEV, KYIV).variants(variants), twice.variants(variants));
    }

    @Test
    void namesMergedAndBroughtUpToDateAreNamesMergedAfresh() {
        Random random = new Random(11);
        String[] words = {"Kiev", "Kyiv", "Kopyrkin", "Koprikin", "minister", "Minister", "Yerevan", "yerevan", "Moscow"
        };
        List<NameContribution> texts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            texts.add(randomText("sources/s" + i + ".txt", words, random));
        }
        SpellingVariants variants = new SpellingVariants(List.of());
        MergedNames merged = MergedNames.of(texts);
        for (int edit = 0; edit < 60; edit++) {
            List<NameContribution> before = new ArrayList<>(texts);
            int at = random.nextInt(texts.size());
            switch (random.nextInt(3)) {
                case 0 -> texts.set(at, randomText("sources/s" + at + ".txt", words, random));
                case 1 -> texts.add(randomText("claims/c" + edit + ".json", words, random));
                default -> texts.remove(at);
            }
            Map<Long, NameContribution> byDigest = new HashMap<>();
            before.forEach(text -> byDigest.put(text.digest(), text));
            DatasetNames now = new DatasetNames();
            texts.forEach(now::addQuotes);
            DatasetNames.Variants found = now.variants(variants, Optional.of(merged), byDigest::get);
            assertEquals(now.variants(variants), found.warnings(), "edit " + edit);
            assertEquals(MergedNames.of(texts).nameCounts(), found.merged().nameCounts(), "edit " + edit);
            merged = found.merged();
        }
    }

    @Test
    void namesMergedAreMergedAfreshWhenATextTakenOutIsNotKnown() {
        NameIndex.SourceNames moscow = NameIndex.namesOf("sources/c.txt", "Moscow, and Moscow again.");
        NameIndex.SourceNames yerevan = NameIndex.namesOf("sources/d.txt", "Yerevan said the minister.");
        MergedNames merged = MergedNames.of(List.of(KIEV, KYIV, moscow, yerevan));
        List<NameIndex.SourceNames> withoutKiev = List.of(KYIV, moscow, yerevan);
        assertTrue(merged.updated(withoutKiev, digest -> null).isEmpty());
        assertEquals(
                MergedNames.of(withoutKiev).nameCounts(),
                merged.updated(withoutKiev, digest -> digest == KIEV.digest() ? KIEV : null)
                        .orElseThrow()
                        .nameCounts());
        assertEquals(
                Map.of("Kyiv", 2, "Moscow", 2, "Yerevan", 1),
                MergedNames.of(withoutKiev).nameCounts());
    }

    private static NameIndex.SourceNames randomText(String file, String[] words, Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(20); i > 0; i--) {
            text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "\n");
        }
        return NameIndex.namesOf(file, text.toString());
    }
}
