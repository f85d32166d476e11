package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.factmaven.model.Claim;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.ImportResult;
import io.github.factmaven.validator.internal.text.HtmlText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Any bytes at all as a web page or as an annotation file: the page's text comes out or the page is
 * refused as too deep, never another exception or a hang; the importer lists what it cannot read and
 * never throws. The normal test run replays the corpus in
 * {@code src/test/resources/io/github/factmaven/validator/WebInputFuzzTestInputs}; {@code JAZZER_FUZZ=1}
 * searches for new inputs (see the README).
 */
class WebInputFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void aPagesTextComesOutOrThePageIsRefused(byte[] page) {
        for (HtmlText.Root root : HtmlText.Root.values()) {
            try {
                String text = HtmlText.of(page, Optional.empty(), root);
                assertEquals(text, HtmlText.of(page, Optional.empty(), root), "the same page gives the same text");
            } catch (IOException e) {
                assertEquals(
                        "the page nests elements more than " + HtmlText.MAX_DEPTH
                                + " deep, deeper than browsers build a page",
                        e.getMessage());
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    void theImporterNeverThrows(byte[] annotations) throws IOException {
        Path project = Files.createTempDirectory("fuzzed-annotations");
        try {
            Files.createDirectories(project.resolve("sources"));
            Files.writeString(
                    project.resolve("sources/a.txt"), "🇦🇲 Russian ambassador Sergei Kopyrkin was summoned.");
            Files.writeString(
                    project.resolve("sources/sources.json"),
                    "{\"sources\": [{\"file\": \"a.txt\", \"outlet\": \"o\", \"url\": \"https://example.org/a\"}]}");
            Path file = Files.write(project.resolve("annotations.json"), annotations);

            ImportResult result = new AnnotationImporter().read(Dataset.inDirectory(project), List.of(file));

            for (Claim claim : result.claims()) {
                assertEquals("a.txt", claim.source());
                assertEquals("o", claim.outlet());
            }
        } finally {
            try (Stream<Path> files = Files.walk(project)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
