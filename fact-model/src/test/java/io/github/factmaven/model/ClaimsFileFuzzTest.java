package io.github.factmaven.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any bytes at all as a claims file or a registry: reading never throws, and the editor changes
 * nothing it does not report. The normal test run replays the corpus in
 * {@code src/test/resources/io/github/factmaven/model/ClaimsFileFuzzTestInputs} (the example
 * dataset's files and every input that once broke something); {@code JAZZER_FUZZ=1} searches for
 * new inputs (see the README).
 */
class ClaimsFileFuzzTest {

    private final ClaimsFileReader reader = new ClaimsFileReader();

    private static Path write(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("claims", ".json");
        Files.write(file, bytes);
        return file;
    }

    @FuzzTest(maxDuration = "30s")
    void readingAClaimsFileNeverThrows(byte[] bytes) throws IOException {
        Path file = write(bytes);
        try {
            ClaimsFile read = reader.read(file, "c.json");
            assertEquals(
                    read, reader.read(new ByteArrayInputStream(bytes), "c.json"), "a file and its bytes read alike");
            try {
                String text = Utf8Text.decode(bytes);
                if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    return; // parse() takes text without its byte-order mark
                }
                assertEquals(read, reader.parse(text, "c.json"), "a file and its text read alike");
            } catch (InvalidUtf8Exception e) {
                assertEquals(List.of(), read.claims(), "a file that is not UTF-8 has no claims");
            }
            read.claims()
                    .forEach(claim -> assertTrue(
                            claim.location().line() >= 1 && claim.location().column() >= 1));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void readingARegistryNeverThrows(byte[] bytes) throws IOException {
        Path file = write(bytes);
        try {
            new SourceRegistryReader().read(file, "sources/sources.json");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "30s")
    void theEditorChangesOnlyWhatItReports(byte[] bytes) {
        String text;
        try {
            text = Utf8Text.decode(bytes);
        } catch (InvalidUtf8Exception e) {
            return;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            return;
        }
        ClaimsFile file = reader.parse(text, "c.json");
        ClaimsFileEditor editor = new ClaimsFileEditor();
        // a file it is asked not to change is left as it is, byte for byte
        assertEquals(text, editor.apply(text, "c.json", Map.of()).text());
        if (file.claims().isEmpty()) {
            return;
        }
        Map<Location, Claim> changes = new HashMap<>();
        int offset = bytes.length;
        for (LocatedClaim claim : file.claims()) {
            Claim changed = claim.claim().withOffset(offset++);
            if (offset % 2 == 0) {
                changed = changed.withQuote(changed.quote() + "\u00A0\"");
            }
            changes.putIfAbsent(claim.location(), changed);
        }
        EditedText edited = editor.apply(text, "c.json", changes);

        // the edited text is the old one with exactly the reported changes, and reads as intended
        StringBuilder expected = new StringBuilder();
        int copied = 0;
        for (TextChange change : edited.changes()) {
            assertTrue(change.start() >= copied, "changes in order, apart");
            expected.append(text, copied, change.start()).append(change.replacement());
            copied = change.end();
        }
        assertEquals(expected.append(text.substring(copied)).toString(), edited.text());
        List<Claim> read = reader.parse(edited.text(), "c.json").claims().stream()
                .map(LocatedClaim::claim)
                .toList();
        assertEquals(
                file.claims().stream()
                        .map(claim -> changes.get(claim.location()))
                        .toList(),
                read);
    }
}
