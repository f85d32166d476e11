package io.github.factmaven.validator.internal.names;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.TestDataset;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpellingVariantsTest {

    private static NameIndex samples() throws IOException {
        NameIndex index = new NameIndex();
        try (Stream<Path> files = Files.list(TestDataset.SAMPLES)) {
            for (Path file : files.filter(file -> file.toString().endsWith(".txt"))
                    .sorted()
                    .toList()) {
                index.addSource("sources/" + file.getFileName(), Files.readString(file));
            }
        }
        return index;
    }

    @Test
    void findsKoprikinAndKopyrkinAndKievAndKyivInTheSampleArticlesAndNothingElse() throws IOException {
        List<Warning> warnings = new SpellingVariants(List.of()).find(samples());

        assertEquals(
                List.of(
                        "sources/004_0b314491bae23769.txt:25:110: \"Kiev\" (2 times), \"Kyiv\" (once) look like spellings of"
                                + " one name: check which is right",
                        "  Kiev: sources/003_03e5b107d287c939.txt:28:75, sources/003_03e5b107d287c939.txt:34:18",
                        "  Kyiv: sources/004_0b314491bae23769.txt:25:110",
                        "sources/000_e04d62ea4a6179d9.txt:22:238: \"Kopyrkin\" (2 times), \"Koprikin\" (once) look like"
                                + " spellings of one name: check which is right",
                        "  Kopyrkin: sources/000_e04d62ea4a6179d9.txt:46:58, sources/000_e04d62ea4a6179d9.txt:46:295",
                        "  Koprikin: sources/000_e04d62ea4a6179d9.txt:22:238"),
                warnings.stream()
                        .flatMap(w -> (w.location() + ": " + w.message()).lines())
                        .toList());
        assertEquals(
                Set.of(WarningKind.SPELLING_VARIANTS),
                Set.copyOf(warnings.stream().map(Warning::kind).toList()));
    }

    @Test
    void acceptedGroupsAreNotReported() throws IOException {
        List<Warning> warnings = new SpellingVariants(List.of(List.of("Kyiv", "Kiev", "Kyjiw"))).find(samples());

        assertEquals(1, warnings.size());
        assertEquals(
                new Location("sources/000_e04d62ea4a6179d9.txt", 22, 238),
                warnings.get(0).location());
    }

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource({
        "Koprikin, Kopyrkin, true",
        "Kiev, Kyiv, true",
        "Zelenska, Zelenskaya, true",
        "Pashinyan, Pashinian, true",
        "Aliyev, Aliev, true",
        "Kevo, Kiev, false",
        "Zelensky, Zelenskaya, false",
        "Lavrov, Lavrova, false",
        "Armenia, Armenian, false",
        "Russia, Russians, false",
        "Azerbaijan, Azerbaijani, false",
        "Ukraine, Ukrainian, false",
        "Armen, Armenia, false",
        "Sudan, Sunday, false",
        "Putin, Patna, false",
        "Minister, Ministry, false",
        "Zelensky, Zelenski, true"
    })
    void tellsVariantsFromOtherWords(String first, String second, boolean variants) {
        assertEquals(variants, SpellingVariants.variants(first, second));
        assertEquals(variants, SpellingVariants.variants(second, first));
    }

    @Test
    void aWordAlsoWrittenInLowerCaseIsACommonWordNotAName() {
        NameIndex index = new NameIndex();
        index.addSource("a.txt", "The Minister spoke. The Ministry agreed. The minister left.");

        assertEquals(List.of(), new SpellingVariants(List.of()).find(index));
    }

    @Test
    void quotesCountAtTheirPlaceInTheClaimsFileAndColumnsCountCodePoints() {
        NameIndex index = new NameIndex();
        index.addSource("a.txt", "😀 Koprikin\r\n🇦🇲 Kopyrkin said");
        index.addQuote("Ambassador Kopyrkin said", new Location("claims/c.json", 7, 16));

        Warning warning = new SpellingVariants(List.of()).find(index).get(0);

        assertEquals(new Location("a.txt", 1, 3), warning.location());
        assertEquals(
                List.of(
                        "\"Kopyrkin\" (2 times), \"Koprikin\" (once) look like spellings of one name: check which is right",
                        "  Kopyrkin: a.txt:2:4, claims/c.json:7:16",
                        "  Koprikin: a.txt:1:3"),
                warning.message().lines().toList());
    }

    @Test
    void aWordCutByTheEndsOfAQuoteIsNotAVariant() {
        NameIndex index = new NameIndex();
        index.addSource("a.txt", "Pashinyan met the ambassador of Armenia in Yerevan.");
        index.addQuote("shinyan met the ambassador of Armeni", new Location("claims/c.json", 3, 16));

        assertEquals(List.of(), new SpellingVariants(List.of()).find(index));
    }

    @Test
    void aWarningListsTheFirstPlacesOfAFrequentSpellingAndCountsTheRest() {
        NameIndex index = new NameIndex();
        index.addSource("b.txt", "Koprikin spoke.\n".repeat(1200));
        index.addSource("a.txt", "Kopyrkin spoke.\n".repeat(7));

        Warning warning = new SpellingVariants(List.of()).find(index).get(0);

        assertEquals(
                List.of(
                        "\"Koprikin\" (1,200 times), \"Kopyrkin\" (7 times) look like spellings of one name: check which is right",
                        "  Koprikin: b.txt:1:1, b.txt:2:1, b.txt:3:1, b.txt:4:1, b.txt:5:1 and 1,195 more",
                        "  Kopyrkin: a.txt:1:1, a.txt:2:1, a.txt:3:1, a.txt:4:1, a.txt:5:1 and 2 more"),
                warning.message().lines().toList());
        assertEquals(new Location("a.txt", 1, 1), warning.location());
    }
}
