package io.github.factmaven.validator.internal.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.source.RawSource;
import io.github.factmaven.validator.internal.source.SourceException;
import io.github.factmaven.validator.internal.source.SourceFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The check of one source needs its bytes and its claims, nothing on disk. */
class SourceInspectionTest {

    private static final String TEXT = "Russian ambassador Sergei Kopyrkin was summoned on October 24.";

    private static List<LocatedClaim> claims(String... entries) {
        return new ClaimsFileReader()
                .parse("{\"claims\": [" + String.join(",", entries) + "]}", "claims/a.json")
                .claims();
    }

    private static String claim(String id, String quote, int offset) {
        return "{\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + quote
                + "\", \"source\": \"a.txt\", \"offset\": " + offset + ", \"outlet\": \"o\"}";
    }

    @Test
    void checksTheClaimsAndFindsTheNamesOfBytesGiven() throws SourceException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        SourceInspection.Findings found = SourceInspection.inspect(
                new RawSource("sources/a.txt", bytes, Optional.empty()),
                claims(claim("right", "Kopyrkin was summoned", 26), claim("typo", "Kopyrkin wsa", 26)),
                true);
        assertEquals(SourceFiles.sha256(bytes), found.sha256());
        assertEquals(Status.VERIFIED, found.outcomes().get(0).status());
        assertEquals(Status.QUOTE_MISMATCH, found.outcomes().get(1).status());
        assertTrue(found.names().orElseThrow().names().containsKey("Kopyrkin"));
        assertEquals(
                "sources/a.txt:1:27",
                found.names()
                        .orElseThrow()
                        .names()
                        .get("Kopyrkin")
                        .first()
                        .get(0)
                        .toString());
    }

    @Test
    void namesKnownAlreadyAreNotLookedForAndNoClaimIsNoWork() throws SourceException {
        SourceInspection.Findings found = SourceInspection.inspect(
                new RawSource("sources/a.txt", TEXT.getBytes(StandardCharsets.UTF_8), Optional.empty()),
                List.of(),
                false);
        assertEquals(List.of(), found.outcomes());
        assertEquals(Optional.empty(), found.names());
    }

    @Test
    void anHtmlPageIsCheckedInItsText() throws SourceException {
        byte[] page = ("<html><body><p>Russian ambassador <b>Sergei Kopyrkin</b></p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        SourceInspection.Findings found = SourceInspection.inspect(
                new RawSource("sources/a.html", page, Optional.empty()),
                claims(claim("bold", "ambassador Sergei", 8)),
                false);
        assertEquals(Status.VERIFIED, found.outcomes().get(0).status());
    }

    @Test
    void bytesThatAreNotTextSayWhy() {
        SourceException e = assertThrows(
                SourceException.class,
                () -> SourceInspection.inspect(
                        new RawSource("sources/a.txt", new byte[] {'a', (byte) 0xC3, '(', 'b'}, Optional.empty()),
                        claims(claim("any", "a", 0)),
                        true));
        assertEquals(Status.SOURCE_INVALID_UTF8, e.status());
        assertTrue(e.getMessage().startsWith("source file sources/a.txt is not valid UTF-8: "), e.getMessage());
    }
}
