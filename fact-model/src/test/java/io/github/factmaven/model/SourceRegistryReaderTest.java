package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceRegistryReaderTest {

    private static final String HASH = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
    private static final String NAME = "sources/sources.json";

    private final SourceRegistryReader reader = new SourceRegistryReader();

    private List<String> problems(InvalidSourceEntry entry) {
        return entry.problems().stream()
                .map(problem -> problem.location() + ": " + problem.message())
                .toList();
    }

    @Test
    void readsEveryMemberWithItsLocation() {
        String text = """
                {
                  "sources": [
                    {
                      "file": "2023/telegraph.txt",
                      "outlet": "The Telegraph",
                      "title": "Armenian PM: Russia isn’t defending us",
                      "authors": ["Nataliya Vasilyeva", "Joe Barnes"],
                      "url": "https://www.telegraph.co.uk/world-news/2023/09/03/armenia/",
                      "published": "2023-09-03",
                      "retrieved": "2023-11-02T10:15:00+04:00",
                      "sha256": "%s",
                      "notes": "Paywalled."
                    },
                    {"file": "b.txt", "outlet": "JAMnews", "published": "2023-09"}
                  ]
                }
                """.formatted(HASH);
        SourceRegistry registry = reader.parse(text, NAME);

        assertEquals(List.of(), registry.problems());
        assertEquals(List.of(), registry.invalidEntries());
        LocatedSourceEntry first = registry.entries().get(0);
        assertEquals(
                new SourceEntry(
                        "2023/telegraph.txt",
                        "The Telegraph",
                        Optional.of("Armenian PM: Russia isn’t defending us"),
                        List.of("Nataliya Vasilyeva", "Joe Barnes"),
                        Optional.of(URI.create("https://www.telegraph.co.uk/world-news/2023/09/03/armenia/")),
                        Optional.of("2023-09-03"),
                        Optional.of("2023-11-02T10:15:00+04:00"),
                        Optional.of(HASH),
                        Optional.of("Paywalled.")),
                first.entry());
        assertEquals(new Location(NAME, 3, 5), first.location());
        assertEquals(new Location(NAME, 11, 17), first.locationOf("sha256"));
        assertEquals(
                Optional.of("2023-09"),
                registry.entry("b.txt").orElseThrow().entry().published());
        assertTrue(registry.entry("b.txt").orElseThrow().entry().sha256().isEmpty());
    }

    @Test
    void reportsBadDatesUrlsHashesAndMissingMembersOfEachEntry() {
        String text = """
                {"sources": [
                  {"file": "a.txt", "outlet": "A", "published": "31 October 2023", "retrieved": "2023-02-30"},
                  {"file": "b.txt", "outlet": "B", "url": "www.example.org/b"},
                  {"file": "c.txt", "outlet": "C", "url": "ftp://example.org/c", "sha256": "ABC"},
                  {"file": "d.txt", "title": "No outlet", "url": "https:///nohost", "pages": 3},
                  {"file": "e.txt", "outlet": "E", "url": "https://example.org/a b"}
                ]}
                """;
        SourceRegistry registry = reader.parse(text, NAME);

        assertEquals(List.of(), registry.entries());
        List<InvalidSourceEntry> invalid = registry.invalidEntries();
        assertEquals(
                List.of(
                        NAME + ":2:49: \"published\": \"31 October 2023\" is not an ISO-8601 date: write"
                                + " YYYY-MM-DD (or YYYY-MM, YYYY, or a date-time with offset such as 2023-10-31T09:30:00Z)",
                        NAME + ":2:81: \"retrieved\": \"2023-02-30\" is not an ISO-8601 date: write"
                                + " YYYY-MM-DD (or YYYY-MM, YYYY, or a date-time with offset such as 2023-10-31T09:30:00Z)"),
                problems(invalid.get(0)));
        assertEquals(
                List.of(NAME + ":3:43: \"url\": \"www.example.org/b\" is not an absolute URL:"
                        + " write the full address, such as https://example.org/article"),
                problems(invalid.get(1)));
        assertEquals(2, invalid.get(2).problems().size());
        assertTrue(
                problems(invalid.get(2)).get(1).startsWith(NAME + ":4:76: \"sha256\": "),
                problems(invalid.get(2)).toString());
        assertTrue(
                problems(invalid.get(2)).get(1).startsWith(NAME + ":4:76: \"sha256\": "),
                problems(invalid.get(2)).get(1));
        assertEquals(
                List.of(
                        NAME + ":5:3: missing required member \"outlet\"",
                        NAME
                                + ":5:50: \"url\": \"https:///nohost\" has no host: write the full address, such as https://example.org/article",
                        NAME
                                + ":5:78: unknown member \"pages\" (allowed: file, outlet, title, authors, url, published, retrieved, sha256, notes)"),
                problems(invalid.get(3)));
        assertTrue(
                problems(invalid.get(4))
                        .get(0)
                        .startsWith(NAME + ":6:43: \"url\": \"https://example.org/a b\" is not a valid URL"),
                problems(invalid.get(4)).get(0));
        assertEquals(Optional.of("d.txt"), invalid.get(3).file());
        assertTrue(registry.registers("d.txt"));
        assertFalse(registry.registers("z.txt"));
    }

    @Test
    void anHtmlPageMayNameItsEncodingAndRootAndATextSourceMayNot() {
        String valid = """
                {"sources": [{"file": "page.html", "outlet": "o", "encoding": "windows-1251", "htmlRoot": "document"}]}
                """;
        String invalid = """
                {"sources": [
                  {"file": "page.html", "outlet": "o", "encoding": "no-such-encoding"},
                  {"file": "a.txt", "outlet": "o", "encoding": "windows-1251"},
                  {"file": "b.htm", "outlet": "o", "htmlRoot": "head"}
                ]}
                """;

        SourceEntry entry = reader.parse(valid, NAME).entries().get(0).entry();
        List<String> problems = reader.parse(invalid, NAME).invalidEntries().stream()
                .flatMap(invalidEntry -> invalidEntry.problems().stream())
                .map(problem -> problem.location() + ": " + problem.message())
                .toList();

        assertEquals(Optional.of("windows-1251"), entry.encoding());
        assertEquals(Optional.of("document"), entry.htmlRoot());
        assertEquals(
                List.of(
                        NAME + ":2:52: \"encoding\": \"no-such-encoding\" is no encoding Java knows: write a name such"
                                + " as windows-1251, ISO-8859-1 or Shift_JIS",
                        NAME + ":3:48: \"encoding\" applies to HTML pages (.html, .htm) only: a text source is read as"
                                + " UTF-8",
                        NAME
                                + ":4:48: \"htmlRoot\": does not have a value in the enumeration [\"body\", \"document\"]"),
                problems);
    }

    @Test
    void aFileRegisteredTwiceIsAProblemOfTheSecondEntry() {
        String text = """
                {"sources": [
                  {"file": "a.txt", "outlet": "A"},
                  {"file": "a.txt", "outlet": "B"}
                ]}
                """;
        SourceRegistry registry = reader.parse(text, NAME);

        assertEquals("A", registry.entry("a.txt").orElseThrow().entry().outlet());
        assertEquals(
                List.of(NAME + ":3:12: \"a.txt\" is already registered at " + NAME + ":2:3: register each file once"),
                problems(registry.invalidEntries().get(0)));
    }

    @Test
    void malformedJsonIsOneProblemOfTheRegistry() {
        SourceRegistry registry = reader.parse("{\"sources\": [\n  {\"file\": \"a.txt\",, }\n]}", NAME);

        assertEquals(List.of(), registry.entries());
        assertEquals(1, registry.problems().size());
        assertEquals(new Location(NAME, 2, 20), registry.problems().get(0).location());
        assertEquals(
                "a comma too many: remove this one", registry.problems().get(0).message());
    }
}
