package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceRegistryEditorTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);
    private static final String NAME = "sources/sources.json";

    private final SourceRegistryEditor editor = new SourceRegistryEditor();

    private Location entryAt(String text, String file) {
        return new SourceRegistryReader()
                .parse(text, NAME)
                .entry(file)
                .orElseThrow()
                .location();
    }

    @Test
    void addsAHashAsTheLastMemberSpacedLikeTheOneBefore() {
        String text = "{\r\n\t\"sources\" : [\r\n\t\t{\r\n\t\t\t\"file\" : \"a.txt\",\r\n\t\t\t\"outlet\" : \"A\",\r\n"
                + "\t\t\t\"authors\" : [\"X\", \"Y\"]\r\n\t\t}\r\n\t]\r\n}";
        EditedText edited = editor.apply(text, NAME, Map.of(entryAt(text, "a.txt"), A), List.of());

        assertEquals(
                "{\r\n\t\"sources\" : [\r\n\t\t{\r\n\t\t\t\"file\" : \"a.txt\",\r\n\t\t\t\"outlet\" : \"A\",\r\n"
                        + "\t\t\t\"authors\" : [\"X\", \"Y\"],\r\n\t\t\t\"sha256\" : \"" + A
                        + "\"\r\n\t\t}\r\n\t]\r\n}",
                edited.text());
        assertEquals(1, edited.changes().size());
    }

    @Test
    void replacesAHashInPlaceAndLeavesEverythingElse() {
        String text = """
                {"sources": [
                  {"file": "a.txt", "sha256": "%s", "outlet": "A",   "notes": "kept \\u00a0 as written"},
                  {"file": "b.txt", "outlet": "B"}
                ]}
                """.formatted(B);
        String edited = editor.apply(
                        text, NAME, Map.of(entryAt(text, "a.txt"), A, entryAt(text, "b.txt"), C), List.of())
                .text();

        assertEquals("""
                {"sources": [
                  {"file": "a.txt", "sha256": "%s", "outlet": "A",   "notes": "kept \\u00a0 as written"},
                  {"file": "b.txt", "outlet": "B", "sha256": "%s"}
                ]}
                """.formatted(A, C), edited);
    }

    @Test
    void appendsEntriesIndentedLikeTheLastOne() {
        String text = """
                {
                  "sources": [
                    {
                      "file": "a.txt",
                      "outlet": "A"
                    }
                  ]
                }""";
        String edited = editor.apply(text, NAME, Map.of(), List.of(SourceEntry.pinned("new/b \"1\".txt", "The B", B)))
                .text();

        assertEquals("""
                {
                  "sources": [
                    {
                      "file": "a.txt",
                      "outlet": "A"
                    },
                    {
                      "file": "new/b \\"1\\".txt",
                      "outlet": "The B",
                      "sha256": "%s"
                    }
                  ]
                }""".formatted(B), edited);
    }

    @Test
    void fillsANewRegistry() {
        String edited = editor.apply(
                        SourceRegistryEditor.EMPTY,
                        NAME,
                        Map.of(),
                        List.of(SourceEntry.pinned("a.txt", "A", A), SourceEntry.pinned("b.txt", "B", B)))
                .text();

        assertEquals("""
                {
                  "$schema": "https://factmaven.github.io/fact-maven/schemas/sources-1.schema.json",
                  "sources": [
                    {
                      "file": "a.txt",
                      "outlet": "A",
                      "sha256": "%s"
                    },
                    {
                      "file": "b.txt",
                      "outlet": "B",
                      "sha256": "%s"
                    }
                  ]
                }
                """.formatted(A, B), edited);
        assertEquals(2, new SourceRegistryReader().parse(edited, NAME).entries().size());
    }

    @Test
    void refusesToRegisterAFileTwice() {
        String text = "{\"sources\": [{\"file\": \"a.txt\", \"outlet\": \"A\"}]}";

        assertThrows(
                IllegalArgumentException.class,
                () -> editor.apply(text, NAME, Map.of(), List.of(SourceEntry.pinned("a.txt", "A", A))));
    }
}
