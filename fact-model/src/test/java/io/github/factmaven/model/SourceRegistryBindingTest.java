package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fast way through a registry must give what the thorough way gives, or step aside. */
class SourceRegistryBindingTest {

    private static final String HASH = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    private static final String NAME = "sources/sources.json";
    private static final String ENTRY = """
                {
                  "file": "2023/telegraph.txt",
                  "outlet": "The Telegraph",
                  "title": "Armenian PM: Russia isn’t defending us",
                  "authors": ["Nataliya Vasilyeva", "Joe Barnes"],
                  "url": "https://www.telegraph.co.uk/world-news/2023/09/03/armenia/?a=1#top",
                  "published": "2023-09-03",
                  "retrieved": "2023-11-02T10:15:00+04:00",
                  "sha256": "%s",
                  "notes": "Paywalled."
                }""".formatted(HASH);
    private static final String REGISTRY = """
            {
              "$schema": "https://factmaven.github.io/fact-maven/schemas/sources-1.schema.json",
              "sources": [
            %s,
                {"file": "b.txt", "outlet": "JAMnews", "published": "2023-09", "authors": []},
                {"outlet": "Azatutyun", "file": "c.txt", "retrieved": "2023"}
              ]
            }
            """.formatted(ENTRY);

    /** The registry, and variants of it each changed in one place: valid ones and invalid ones. */
    static List<String> registries() {
        List<String> variants = new ArrayList<>(List.of(
                REGISTRY,
                "{\"sources\": []}",
                "\uFEFF" + REGISTRY,
                REGISTRY.replace("\n", "\r\n"),
                "{\"sources\": [{\"file\": \"a\", \"outlet\": \"o\"}]} {}",
                "[]",
                "",
                "{\"sources\": [], \"sources\": []}",
                "{\"sources\": [], \"extra\": 1}",
                "{\"sources\": {}}"));
        String[][] edits = {
            {"\"file\": \"2023/telegraph.txt\",", ""},
            {"\"outlet\": \"The Telegraph\"", "\"outlet\": \"\""},
            {"\"title\": \"Armenian PM: Russia isn’t defending us\"", "\"title\": \"\""},
            {"\"title\": \"Armenian PM: Russia isn’t defending us\"", "\"title\": 7"},
            {"\"Joe Barnes\"", "\"\""},
            {"\"Joe Barnes\"", "null"},
            {"[\"Nataliya Vasilyeva\", \"Joe Barnes\"]", "\"Nataliya Vasilyeva\""},
            {"https://www.telegraph.co.uk", "ftp://www.telegraph.co.uk"},
            {"https://www.telegraph.co.uk", "www.telegraph.co.uk"},
            {"https://www.telegraph.co.uk", "https://www.telegraph.co.uk/ä"},
            {"https://www.telegraph.co.uk", "https://www.telegraph.co.uk/a b"},
            {"?a=1", "?a=[1]"},
            {"https://www.telegraph.co.uk", "HTTPS://www.telegraph.co.uk"},
            {"https://www.telegraph.co.uk", "https:///path"},
            {"\"2023-09-03\"", "\"2023-02-30\""},
            {"\"2023-09-03\"", "\"2023-9-3\""},
            {"\"2023-09-03\"", "\"2023-09-03T10:00:00\""},
            {"\"2023-09\"", "\"September 2023\""},
            {HASH, HASH.toUpperCase()},
            {HASH, HASH.substring(1)},
            {"\"notes\": \"Paywalled.\"", "\"notes\": \"\""},
            {"\"notes\": \"Paywalled.\"", "\"notes\": \"Paywalled.\", \"notes\": \"twice\""},
            {"\"notes\": \"Paywalled.\"", "\"note\": \"Paywalled.\""},
            {"\"file\": \"b.txt\"", "\"file\": \"2023/telegraph.txt\""},
            {"\"file\": \"c.txt\"", "\"file\": \"\""},
            {"\"$schema\": \"https://factmaven.github.io/fact-maven/schemas/sources-1.schema.json\",", "\"$schema\": 1,"
            },
        };
        for (String[] edit : edits) {
            assertTrue(REGISTRY.contains(edit[0]), edit[0]);
            variants.add(REGISTRY.replace(edit[0], edit[1]));
        }
        return variants;
    }

    @ParameterizedTest
    @MethodSource("registries")
    void bindsWhatTheThoroughWayFindsValidAndNothingElse(String text) {
        SourceRegistry thorough = SourceRegistryReader.readThoroughly(text, NAME);
        Optional<SourceRegistry> bound = SourceRegistryBinding.bind(text, NAME);
        boolean valid =
                thorough.problems().isEmpty() && thorough.invalidEntries().isEmpty();
        bound.ifPresent(registry -> assertEquals(thorough, registry));
        assertTrue(valid || bound.isEmpty(), "bound an invalid registry: " + thorough);
        assertEquals(thorough, new SourceRegistryReader().parse(text, NAME));
    }

    @Test
    void bindsTheValidRegistryAndTheExample() throws IOException {
        for (String valid : List.of(
                REGISTRY,
                REGISTRY.replace("\n", "\r\n"),
                "{\"sources\": []}",
                REGISTRY.replace("\"Paywalled.\"", "\"\""))) {
            assertTrue(SourceRegistryBinding.bind(valid, NAME).isPresent(), valid);
        }
        String example = Files.readString(Path.of("../examples/armenia-russia-2023/sources/sources.json"));
        SourceRegistry bound = SourceRegistryBinding.bind(example, NAME).orElseThrow();
        assertEquals(SourceRegistryReader.readThoroughly(example, NAME), bound);
    }

    @Test
    void readsAFileTheWayItParsesItsText(@org.junit.jupiter.api.io.TempDir Path directory) throws IOException {
        Path file = directory.resolve("sources.json");
        Files.writeString(file, "\uFEFF" + REGISTRY);
        assertEquals(SourceRegistryReader.readThoroughly(REGISTRY, NAME), new SourceRegistryReader().read(file, NAME));
    }
}
