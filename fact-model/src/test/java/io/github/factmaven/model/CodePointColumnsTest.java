package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Columns count code points, as claims count offsets and as the SARIF report says: an emoji before
 * a member on its line is one column, not the two Java chars Jackson counts, whichever way the file
 * is read (bound as it streams, from a string, or the thorough way with the schema).
 */
class CodePointColumnsTest {

    private static final String CLAIM = "{\"id\": \"x\", \"statement\": \"😀 𝕏\", \"quote\": \"abc\", "
            + "\"source\": \"a.txt\", \"offset\": %s, \"outlet\": \"o\"}";

    /** The column of a text's first occurrence of a value, in code points. */
    private static int columnOf(String line, String value) {
        return line.codePointCount(0, line.indexOf(value)) + 1;
    }

    @Test
    void aStreamedFileCountsCodePoints(@TempDir Path dir) throws IOException {
        String line = CLAIM.formatted("0");
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"claims\": [" + line + "]}", StandardCharsets.UTF_8);
        String whole = "{\"claims\": [" + line + "]}";

        ClaimsFile read = new ClaimsFileReader().read(file, "c.json");

        assertEquals(
                new Location("c.json", 1, columnOf(whole, "\"abc\"")),
                read.claims().get(0).locationOf("quote"));
        assertEquals(
                new Location("c.json", 1, columnOf(whole, "\"a.txt\"")),
                read.claims().get(0).locationOf("source"));
    }

    @Test
    void aTextCountsCodePointsAsAFileDoes() {
        String whole = "{\"claims\": [" + CLAIM.formatted("0") + "]}";

        ClaimsFile parsed = new ClaimsFileReader().parse(whole, "c.json");

        assertEquals(
                new Location("c.json", 1, columnOf(whole, "\"abc\"")),
                parsed.claims().get(0).locationOf("quote"));
    }

    @Test
    void theThoroughWayCountsCodePointsToo() {
        String whole = "{\"claims\": [" + CLAIM.formatted("-1") + "]}";

        ClaimsFile parsed = new ClaimsFileReader().parse(whole, "c.json");

        assertEquals(List.of(), parsed.claims());
        assertEquals(
                new Location("c.json", 1, columnOf(whole, "-1")),
                parsed.invalidClaims().get(0).problems().get(0).location());
    }

    @Test
    void aRegistryCountsCodePoints() {
        String whole = "{\"sources\": [{\"file\": \"a.txt\", \"outlet\": \"😀 News\", \"sha256\": \"nothex\"}]}";

        SourceRegistry registry = new SourceRegistryReader().parse(whole, "sources.json");

        assertEquals(
                new Location("sources.json", 1, columnOf(whole, "\"nothex\"")),
                registry.invalidEntries().get(0).problems().get(0).location());
    }
}
