package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsFileWriterTest {

    private final ClaimsFileWriter writer = new ClaimsFileWriter();

    private static final Claim CLAIM = new Claim(
            "nbsp-and-emoji", "A \"quoted\" statement.", "Pashinyan’s\u00A0claims 🇦🇲", "dir/a.txt", 42, "JAMnews");

    @Test
    void writesTheCanonicalLayoutWithInvisibleCharactersEscaped() {
        assertEquals("""
                {
                  "$schema": "https://factmaven.github.io/fact-maven/schemas/claims-1.schema.json",
                  "claims": [
                    {
                      "id": "nbsp-and-emoji",
                      "statement": "A \\"quoted\\" statement.",
                      "quote": "Pashinyan’s\\u00a0claims 🇦🇲",
                      "source": "dir/a.txt",
                      "offset": 42,
                      "outlet": "JAMnews"
                    }
                  ]
                }
                """, writer.toJson(List.of(CLAIM)));
    }

    @Test
    void theSchemaWrittenIsTheSchemasOwnId() throws IOException {
        try (var schema = ClaimsSchema.open()) {
            assertEquals(
                    ClaimsSchema.ID,
                    new ObjectMapper().readTree(schema).get("$id").asText());
        }
    }

    @Test
    void writtenFileReadsBackToTheSameClaimsAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("claims/new.json");
        Claim second = new Claim(
                "b", "s", "q", "b.txt", OptionalInt.of(0), "o", Optional.of("before "), Optional.of(" after"));
        Claim withoutOffset =
                new Claim("c", "s", "q", "c.txt", OptionalInt.empty(), "o", Optional.empty(), Optional.empty());

        writer.write(List.of(CLAIM, second, withoutOffset), file);
        writer.write(List.of(CLAIM, second, withoutOffset), file);

        ClaimsFile read = new ClaimsFileReader().read(file);
        assertEquals(List.of(), read.problems());
        assertEquals(
                List.of(CLAIM, second, withoutOffset),
                read.claims().stream().map(LocatedClaim::claim).toList());
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void writesToAStreamTheBytesItWritesToAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("claims.json");
        writer.write(List.of(CLAIM), file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        writer.write(List.of(CLAIM), out);

        assertEquals(
                new String(Files.readAllBytes(file), StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theSchemasServedAreTheOnesTheReadersEnforce() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (InputStream claims = ClaimsSchema.open();
                InputStream sources = SourcesSchema.open()) {
            JsonNode claimsSchema = json.readTree(claims);
            JsonNode sourcesSchema = json.readTree(sources);
            assertEquals("fact-maven claims file", claimsSchema.get("title").asText());
            assertEquals(
                    "fact-maven sources registry", sourcesSchema.get("title").asText());
            assertEquals(claimsSchema, json.readTree(ClaimsSchema.class.getResourceAsStream("claims.schema.json")));
        }
    }
}
