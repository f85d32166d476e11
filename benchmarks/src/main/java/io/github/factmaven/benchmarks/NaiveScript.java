package io.github.factmaven.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The check a user would write without fact-maven, as the yardstick: parse each claims file, decode
 * each source once into code points (so an offset indexes it directly), slice and compare. One
 * thread, no diagnosis, no schema, no locations.
 */
final class NaiveScript {

    private NaiveScript() {}

    /**
     * @param dataset the dataset project's directory
     * @return how many claims do not match their source
     * @throws IOException if a file cannot be read
     */
    static int failing(Path dataset) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, int[]> sources = new HashMap<>();
        int failing = 0;
        List<Path> files;
        try (Stream<Path> listing = Files.list(dataset.resolve("claims"))) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            for (JsonNode claim : mapper.readTree(file.toFile()).get("claims")) {
                int[] text = sources.computeIfAbsent(claim.get("source").asText(), name -> decode(dataset, name));
                int[] quote = claim.get("quote").asText().codePoints().toArray();
                int offset = claim.get("offset").asInt();
                boolean matches = offset + quote.length <= text.length
                        && Arrays.equals(text, offset, offset + quote.length, quote, 0, quote.length);
                failing += matches ? 0 : 1;
            }
        }
        return failing;
    }

    private static int[] decode(Path dataset, String name) {
        try {
            return new String(Files.readAllBytes(dataset.resolve("sources").resolve(name)), StandardCharsets.UTF_8)
                    .codePoints()
                    .toArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
