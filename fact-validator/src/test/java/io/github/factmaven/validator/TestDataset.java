package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.internal.source.SourceFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/** Writes small dataset projects for tests and checks them. */
public final class TestDataset {

    public static final Path SAMPLES = Path.of("../examples/armenia-russia-2023/sources");

    private final Path project;

    TestDataset(Path project) {
        this.project = project;
    }

    Path project() {
        return project;
    }

    void source(String name, String text) throws IOException {
        source(name, text.getBytes(StandardCharsets.UTF_8));
    }

    void source(String name, byte[] bytes) throws IOException {
        Path file = project.resolve("sources").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    /** Copies a sample article of the example dataset. */
    String sample(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLES.resolve(name));
        source(name, bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    void claims(String name, String... claims) throws IOException {
        Path file = project.resolve("claims").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\n  \"claims\": [\n" + String.join(",\n", claims) + "\n  ]\n}\n");
    }

    /** A claim on one line; {@code members} are further JSON members, each starting with a comma. */
    static String claim(String id, String quote, String source, int offset, String... members) {
        return "    {\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + escape(quote)
                + "\", \"source\": \"" + source + "\", \"offset\": " + offset + ", \"outlet\": \"o\""
                + String.join("", members) + "}";
    }

    /** A claim on one line without an offset, as a user writes it before running fact:fix. */
    static String claimWithoutOffset(String id, String quote, String source, String... members) {
        return claim(id, quote, source, 0, members).replace(", \"offset\": 0", "");
    }

    /** The SHA-256 of a text's UTF-8 bytes, as the sources registry records it. */
    static String sha256(String text) {
        return SourceFiles.sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\n", "\\n")
                .replace("\r", "\\r");
    }

    /** The column of a value in a line written by {@link #claim}. */
    static int columnOf(String line, String value) {
        return line.indexOf(value) + 1;
    }

    /** Sets the time of every file below a folder an hour back, so no timestamp is too recent to be trusted. */
    static void settle(Path directory) throws IOException {
        FileTime past = FileTime.from(Instant.now().minusSeconds(3600));
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, past);
            }
        }
    }

    CheckResult check() throws IOException {
        return new FactChecker().check(Dataset.inDirectory(project));
    }

    ClaimResult only() throws IOException {
        List<ClaimResult> claims = check().claims();
        assertEquals(1, claims.size(), claims.toString());
        return claims.get(0);
    }
}
