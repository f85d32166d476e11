package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.GeneratedClaimsFile;
import io.github.factmaven.validator.api.ClaimFix;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.FileFix;
import io.github.factmaven.validator.api.FixResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomly formatted and escaped claims files whose offsets are missing, stale or right, over
 * random sources with typography, emoji and several scripts: after the fix, each file is the
 * original with only the offsets changed, the check passes, and a second fix finds nothing to do.
 */
class FactFixerPropertyTest {

    @TempDir
    Path project;

    @RepeatedTest(150)
    void fixedFilesDifferOnlyInOffsetsAndPassTheCheck(RepetitionInfo repetition) throws IOException {
        Random random = new Random(repetition.getCurrentRepetition());
        TestDataset dataset = new TestDataset(project);
        String source = GeneratedClaimsFile.text(random, 300) + "\r\n" + GeneratedClaimsFile.text(random, 300);
        dataset.source("s.txt", source);

        Map<String, String> expected = new HashMap<>();
        int files = 1 + random.nextInt(3);
        for (int f = 0; f < files; f++) {
            List<Claim> claims = new ArrayList<>();
            List<Integer> rightOffsets = new ArrayList<>();
            for (int c = 0, n = 1 + random.nextInt(5); c < n; c++) {
                int[] quote = uniqueQuote(random, source);
                int offset = quote[0];
                String text = new String(source.codePoints().toArray(), quote[0], quote[1]);
                OptionalInt written = switch (random.nextInt(3)) {
                    case 0 -> OptionalInt.empty();
                    case 1 -> OptionalInt.of(offset);
                    default -> OptionalInt.of((offset + 1 + random.nextInt(500)) % 700);
                };
                claims.add(new Claim(
                        "f" + f + "-c" + c, "s", text, "s.txt", written, "o", Optional.empty(), Optional.empty()));
                rightOffsets.add(offset);
            }
            GeneratedClaimsFile file = GeneratedClaimsFile.of(random, claims);
            GeneratedClaimsFile fixed = file;
            for (int c = 0; c < claims.size(); c++) {
                if (!claims.get(c).offset().equals(OptionalInt.of(rightOffsets.get(c)))) {
                    fixed = fixed.withOffset(c, rightOffsets.get(c));
                }
            }
            Path path = project.resolve("claims/f" + f + ".json");
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.text());
            expected.put("claims/f" + f + ".json", fixed.text());
        }

        FixResult result = FactFixer.offsetsOnly().fix(Dataset.inDirectory(project));
        for (FileFix file : result.files()) {
            file.write();
        }

        assertTrue(
                result.claims().stream().allMatch(ClaimFix::changed),
                result.claims().toString());
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(file.getValue(), Files.readString(project.resolve(file.getKey()), StandardCharsets.UTF_8));
        }
        assertTrue(dataset.check().passed());
        assertEquals(
                List.of(),
                FactFixer.offsetsOnly().fix(Dataset.inDirectory(project)).claims());
    }

    /** A passage that occurs once in the source: its offset and length in code points. */
    private static int[] uniqueQuote(Random random, String source) {
        int[] codePoints = source.codePoints().toArray();
        while (true) {
            int length = 6 + random.nextInt(20);
            int start = random.nextInt(codePoints.length - length);
            String quote = new String(codePoints, start, length);
            if (source.indexOf(quote) == source.lastIndexOf(quote)) {
                return new int[] {start, length};
            }
        }
    }
}
