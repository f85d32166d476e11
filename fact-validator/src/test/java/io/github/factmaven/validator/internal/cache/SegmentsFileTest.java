package io.github.factmaven.validator.internal.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.internal.names.MergedNames;
import io.github.factmaven.validator.internal.names.NameIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentsFileTest {

    @TempDir
    Path folder;

    private static Segments.Segment segment(String name, int claims) {
        long[] hashes = new long[claims];
        for (int i = 0; i < claims; i++) {
            hashes[i] = name.hashCode() * 31L + i;
        }
        return new Segments.Segment(
                name + " key",
                new InputManifest.FileState(claims * 100L, 1, 2, 3, Optional.empty()),
                hashes,
                hashes,
                List.of("a.txt"),
                new int[claims],
                hashes,
                hashes,
                List.of(),
                claims,
                name.hashCode(),
                name.hashCode() * 31L,
                List.of(),
                new int[0],
                new TreeMap<>(Map.of("Outlet", new CheckResult.Tally(claims, claims, 0))),
                KeptNames.of(NameIndex.namesOf(name, "Kopyrkin met " + name.replace('/', ' '))));
    }

    private static Segments segments(long check, Map<String, Segments.Segment> files) {
        return new Segments(
                "settings", Map.of(), files, List.of(), List.of(), List.of(), 42, MergedNames.of(List.of()), check);
    }

    /** What a check sees of the segments: every file, in order, with its key, size and names. */
    private static List<String> seen(Optional<Segments> segments) {
        List<String> seen = new ArrayList<>();
        segments.orElseThrow()
                .files()
                .forEach((name, segment) -> seen.add(name + " " + segment.key() + " " + segment.size() + " "
                        + segment.starts().length + " " + segment.quoteNames().digest() + " "
                        + spellings(segment.quoteNames())));
        seen.add("check " + segments.orElseThrow().check());
        return seen;
    }

    private static Set<String> spellings(KeptNames names) {
        Set<String> spellings = new TreeSet<>();
        names.spellings((spelling, count) -> spellings.add(spelling));
        return spellings;
    }

    private Map<String, Segments.Segment> files(int count, int claims) {
        Map<String, Segments.Segment> files = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            files.put("claims/c" + i + ".json", segment("claims/c" + i + ".json", claims));
        }
        return files;
    }

    @Test
    void aCheckThatKeptMostFilesAddsAPartWithOnlyWhatChanged() throws IOException {
        Path file = folder.resolve("segments.bin");
        new SegmentsFile(file).save(segments(1, files(10, 1000)));
        long whole = Files.size(file);

        SegmentsFile kept = new SegmentsFile(file);
        Segments read = kept.load(why -> {
                    throw new AssertionError(why);
                })
                .orElseThrow();
        Map<String, Segments.Segment> changed = new LinkedHashMap<>(read.files());
        changed.put("claims/c3.json", segment("claims/c3.json", 999));
        changed.remove("claims/c7.json");
        changed.put("claims/c9a.json", segment("claims/c9a.json", 5));
        Segments now = segments(2, changed);
        kept.save(now);

        assertTrue(Files.size(file) - whole < whole / 4, "a part of two files' segments");
        assertTrue(Files.size(file) > whole);
        assertEquals(seen(Optional.of(now)), seen(new SegmentsFile(file).load(why -> {
                    throw new AssertionError(why);
                })));
    }

    @Test
    void everyDamagedOrCutShortFileIsToldOfAndNotUsed() throws IOException {
        Path file = folder.resolve("segments.bin");
        new SegmentsFile(file).save(segments(1, files(3, 4)));
        long whole = Files.size(file);
        SegmentsFile kept = new SegmentsFile(file);
        Map<String, Segments.Segment> changed =
                new LinkedHashMap<>(kept.load(why -> {}).orElseThrow().files());
        changed.put("claims/c1.json", segment("claims/c1.json", 7));
        kept.save(segments(2, changed));
        byte[] bytes = Files.readAllBytes(file);
        assertTrue(bytes.length > whole, "a part was added");

        for (int at = 0; at < bytes.length; at++) {
            byte[] flipped = bytes.clone();
            flipped[at] ^= 0x10;
            Files.write(file, flipped);
            List<String> told = new ArrayList<>();
            Optional<Segments> read = new SegmentsFile(file).load(told::add);
            // a flip in the format or version is another version's file, passed over in silence
            assertTrue(read.isEmpty(), "byte " + at);
        }
        for (int length = 0; length < bytes.length; length++) {
            Files.write(file, java.util.Arrays.copyOf(bytes, length));
            List<String> told = new ArrayList<>();
            Optional<Segments> read = new SegmentsFile(file).load(told::add);
            if (length == whole) {
                // cut where the part starts: the segments before it, which a check can still use
                assertEquals(1, read.orElseThrow().check());
            } else {
                assertTrue(read.isEmpty(), "cut at " + length);
                assertEquals(1, told.size(), "cut at " + length);
            }
        }
    }

    @Test
    void aFileChangedSinceItWasReadOrPartsThatWouldOutgrowItAreWrittenWhole() throws IOException {
        Path file = folder.resolve("segments.bin");
        new SegmentsFile(file).save(segments(1, files(4, 1000)));
        SegmentsFile kept = new SegmentsFile(file);
        Segments read = kept.load(why -> {}).orElseThrow();
        new SegmentsFile(file).save(segments(7, files(4, 1000))); // another build's
        long other = Files.size(file);
        kept.save(segments(2, new LinkedHashMap<>(read.files())));
        assertEquals(other, Files.size(file), "written whole, not after another build's segments");
        assertEquals(2, new SegmentsFile(file).load(why -> {}).orElseThrow().check());

        // every file's segment changed: a part as large as the whole is not added
        SegmentsFile again = new SegmentsFile(file);
        again.load(why -> {});
        again.save(segments(3, files(4, 1000)));
        assertEquals(other, Files.size(file));
        assertFalse(seen(new SegmentsFile(file).load(why -> {})).isEmpty());
    }
}
