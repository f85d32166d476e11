package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static io.github.factmaven.validator.TestDataset.claimWithoutOffset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.FileFix;
import io.github.factmaven.validator.api.FixResult;
import io.github.factmaven.validator.report.FixReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What fact:fix changes, what it leaves alone, and that it changes nothing else. */
class FactFixerTest {

    private static final String MIRROR = "000_e04d62ea4a6179d9.txt";

    @TempDir
    Path project;

    private TestDataset dataset;

    @BeforeEach
    void createDataset() {
        dataset = new TestDataset(project);
    }

    private Path claimsFile(String name, String text) throws IOException {
        Path file = project.resolve("claims").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private FixResult fix() throws IOException {
        return FactFixer.offsetsOnly().fix(Dataset.inDirectory(project));
    }

    private static void writeAll(FixResult result) throws IOException {
        for (FileFix file : result.files()) {
            file.write();
        }
    }

    @Test
    void fillsMissingAndRepairsStaleOffsetsChangingNothingElse() throws IOException {
        dataset.source("a.txt", "🇦🇲 Yerevan 😀 says:\r\n“no advantage” in the CSTO.\r\nMoscow disagrees.");
        String text = "{\r\n\t\"claims\": [\r\n"
                + "\t\t{ \"id\": \"new\",  \"statement\" : \"s\", \"quote\": \"\\u201cno advantage\\u201d\",\r\n"
                + "\t\t  \"source\" : \"a.txt\", \"outlet\": \"o\" },\r\n"
                + "\t\t{ \"id\": \"stale\", \"statement\": \"s\", \"quote\": \"Moscow disagrees\", \"source\": \"a.txt\","
                + " \"offset\": 3, \"outlet\": \"o\" },\r\n"
                + "\t\t{ \"id\": \"fine\", \"statement\": \"s\", \"quote\": \"Yerevan\", \"source\": \"a.txt\","
                + " \"offset\": 3, \"outlet\": \"o\" }\r\n"
                + "\t]\r\n}";
        Path file = claimsFile("c.json", text);

        FixResult result = fix();
        assertEquals(
                List.of(
                        "claims/c.json:3:47: [new] offset 20 filled in: the only occurrence of the quote in sources/a.txt, "
                                + "at line 2, column 1",
                        "claims/c.json:5:96: [stale] offset 3 repaired to 49: the only occurrence of the quote in "
                                + "sources/a.txt, at line 3, column 1"),
                FixReport.changeLines(result));
        assertEquals(List.of(), FixReport.leftAloneLines(result));
        assertEquals(text, Files.readString(file), "fix() alone writes nothing");

        writeAll(result);
        assertEquals(
                text.replace(
                                "\"source\" : \"a.txt\", \"outlet\"",
                                "\"source\" : \"a.txt\", \"offset\" : 20, \"outlet\"")
                        .replace("\"offset\": 3, \"outlet\": \"o\" },", "\"offset\": 49, \"outlet\": \"o\" },"),
                Files.readString(file));
        assertTrue(dataset.check().passed());
        assertEquals(List.of(), fix().claims(), "a second run finds nothing to do");
    }

    @Test
    void dryRunDiffShowsExactlyTheChangedLines() throws IOException {
        dataset.source("a.txt", "one\ntwo\nthree");
        claimsFile(
                "c.json",
                "{\n  \"claims\": [\n"
                        + claimWithoutOffset("a", "two", "a.txt") + ",\n"
                        + claim("b", "three", "a.txt", 0) + "\n  ]\n}");

        FixResult result = fix();

        assertEquals("""
                --- a/claims/c.json
                +++ b/claims/c.json
                @@ -1,6 +1,6 @@
                 {
                   "claims": [
                -    {"id": "a", "statement": "s", "quote": "two", "source": "a.txt", "outlet": "o"},
                -    {"id": "b", "statement": "s", "quote": "three", "source": "a.txt", "offset": 0, "outlet": "o"}
                +    {"id": "a", "statement": "s", "quote": "two", "source": "a.txt", "offset": 4, "outlet": "o"},
                +    {"id": "b", "statement": "s", "quote": "three", "source": "a.txt", "offset": 8, "outlet": "o"}
                   ]
                 }
                \\ No newline at end of file
                """, result.files().get(0).diff());
        FileFix only = result.files().get(0);
        assertEquals(project.resolve("claims/c.json"), only.file());
        assertEquals(
                Files.readString(project.resolve("claims/c.json"))
                        .replace("\"a.txt\", \"outlet\"", "\"a.txt\", \"offset\": 4, \"outlet\"")
                        .replace("\"offset\": 0", "\"offset\": 8"),
                new String(only.content(), StandardCharsets.UTF_8),
                "the content a dry run would write is the diff applied");
        assertTrue(!result.needsAttention(), "every claim was fixed");
    }

    @Test
    void recurringQuoteTakesTheOccurrenceNearestItsOldOffset() throws IOException {
        dataset.source("a.txt", "Moscow said no. Yerevan said no. Baku said no.");
        dataset.claims("c.json", claim("near", "said no", "a.txt", 20));

        FixResult result = fix();

        assertEquals(
                List.of("claims/c.json:3:87: [near] offset 20 repaired to 24: of the 3 occurrences of the quote "
                        + "in sources/a.txt, the nearest to the old offset 20, at line 1, column 25"),
                FixReport.changeLines(result));
    }

    @Test
    void prefixOrSuffixChoosesAmongOccurrences() throws IOException {
        dataset.source("a.txt", "Moscow said no. Yerevan said no. Baku said no.");
        dataset.claims("c.json", claimWithoutOffset("with-prefix", "said no", "a.txt", ", \"prefix\": \"Baku \""));

        FixResult result = fix();

        assertEquals(
                List.of("claims/c.json:3:54: [with-prefix] offset 38 filled in: the only occurrence of the quote "
                        + "with its prefix in sources/a.txt, at line 1, column 39"),
                FixReport.changeLines(result));
    }

    @Test
    void ambiguousQuoteIsLeftAloneWithWhatWouldTellEachApart() throws IOException {
        dataset.source("a.txt", "Moscow said no. Yerevan said no. Baku said no.");
        dataset.claims("c.json", claimWithoutOffset("which", "said no", "a.txt"));

        FixResult result = fix();

        assertEquals(List.of(), result.files());
        assertTrue(result.needsAttention(), "a claim left alone needs a person");
        assertEquals(
                List.of(
                        "claims/c.json:3:48: [which] the quote occurs 3 times in sources/a.txt; say which one is meant:",
                        "  for the one at offset 7 (line 1, column 8): add \"prefix\": \"w \" or \"suffix\": \". Y\"",
                        "  for the one at offset 24 (line 1, column 25): add \"prefix\": \"n \" or \"suffix\": \". B\"",
                        "  for the one at offset 38 (line 1, column 39): add \"prefix\": \"u \""),
                FixReport.leftAloneLines(result));
    }

    @Test
    void misspelledNameIsNeverChangedOnlyReported() throws IOException {
        dataset.sample(MIRROR);
        dataset.claims("c.json", claimWithoutOffset("kopyrkin", "summoned Ambassador Sergei Kopyrkin over", MIRROR));

        FixResult result = FactFixer.offsetsAndTypography().fix(Dataset.inDirectory(project));

        assertEquals(List.of(), result.files());
        List<String> lines = FixReport.leftAloneLines(result);
        assertEquals(
                "claims/c.json:3:51: [kopyrkin] the claim has no offset, and sources/" + MIRROR + " does not contain "
                        + "the quote; the closest passage is at offset 1821 (line 22, column 211) and differs: substance",
                lines.get(0));
        assertEquals(
                "  fix the quote by hand: the tool changes only typography and invisible characters, never words",
                lines.get(lines.size() - 1));
    }

    @Test
    void typographyIsFixedOnlyWhenAskedAndInvisibleCharactersAreWrittenAsEscapes() throws IOException {
        dataset.source("a.txt", "He said:\u00A0“Armenia’s choice” was made.");
        Path file = claimsFile(
                "c.json", "{\"claims\": [\n" + claim("typed", "said: \"Armenia's choice\"", "a.txt", 3) + "\n]}\n");

        FixResult offsetsOnly = fix();
        List<String> refused = FixReport.leftAloneLines(offsetsOnly);
        assertEquals(
                "  run mvn fact:fix -Dfact.fixTypography=true to take the source's characters, or fix the quote by hand",
                refused.get(refused.size() - 1));
        assertEquals(List.of(), offsetsOnly.files());

        FixResult result = FactFixer.offsetsAndTypography().fix(Dataset.inDirectory(project));
        assertEquals(
                List.of(
                        "claims/c.json:2:48: [typed] quote replaced by what sources/a.txt has at offset 3 (line 1, column 4): "
                                + "\"said:<U+00A0>“Armenia’s choice”\"",
                        "  typography: the source has U+00A0 NO-BREAK SPACE, U+201C LEFT DOUBLE QUOTATION MARK \"“\" where "
                                + "the quote has U+0020 SPACE, U+0022 QUOTATION MARK \"\"\"",
                        "  typography: the source has U+2019 RIGHT SINGLE QUOTATION MARK \"’\" where the quote has U+0027 "
                                + "APOSTROPHE \"'\"",
                        "  typography: the source has U+201D RIGHT DOUBLE QUOTATION MARK \"”\" where the quote has U+0022 "
                                + "QUOTATION MARK \"\"\""),
                FixReport.changeLines(result));
        writeAll(result);
        assertEquals(
                "{\"claims\": [\n"
                        + claim("typed", "said:\\u00a0“Armenia’s choice”", "a.txt", 3)
                                .replace("\\\\u00a0", "\\u00a0") + "\n]}\n",
                Files.readString(file));
        assertTrue(dataset.check().passed());
    }

    @Test
    void fileThatDoesNotParseIsNotTouchedAndOtherFilesAreFixed() throws IOException {
        dataset.source("a.txt", "one two");
        Path broken = claimsFile("broken.json", "{\"claims\": [" + claimWithoutOffset("x", "two", "a.txt") + ",]}");
        byte[] before = Files.readAllBytes(broken);
        dataset.claims("good.json", claimWithoutOffset("y", "two", "a.txt"));

        FixResult result = fix();
        writeAll(result);

        assertEquals(
                List.of("claims/good.json"),
                result.files().stream().map(FileFix::name).toList());
        assertArrayEquals(before, Files.readAllBytes(broken));
        assertTrue(FixReport.leftAloneLines(result).get(0).startsWith("claims/broken.json:1:"));
    }

    @Test
    void byteOrderMarkOfAClaimsFileIsKept() throws IOException {
        dataset.source("a.txt", "one two");
        Path file = project.resolve("claims/c.json");
        Files.createDirectories(file.getParent());
        String text = "{\"claims\": [" + claimWithoutOffset("x", "two", "a.txt") + "]}";
        Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));

        writeAll(fix());

        assertEquals(
                "\uFEFF" + text.replace("\"a.txt\",", "\"a.txt\", \"offset\": 4,"),
                Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void aFileEditedSinceItWasReadIsNotOverwritten() throws IOException {
        dataset.source("a.txt", "one two");
        dataset.claims("c.json", claimWithoutOffset("x", "two", "a.txt"));
        FixResult result = fix();
        Path file = project.resolve("claims/c.json");
        Files.writeString(file, Files.readString(file).replace("\"s\"", "\"edited meanwhile\""));

        IOException e =
                assertThrows(IOException.class, () -> result.files().get(0).write());

        assertEquals(
                "claims/c.json changed since it was read; nothing was written to it: run the command again",
                e.getMessage());
        assertTrue(Files.readString(file).contains("edited meanwhile"));
    }

    @Test
    void claimsThatNeedAPersonAreReportedWithTheCheckMessage() throws IOException {
        dataset.source("a.txt", "one two");
        dataset.claims(
                "c.json",
                claimWithoutOffset("missing-source", "two", "b.txt"),
                claimWithoutOffset("made-up", "nothing like it at all", "a.txt"));

        FixResult result = fix();

        assertEquals(
                List.of(
                        "claims/c.json:3:74: [missing-source] source file sources/b.txt does not exist",
                        "claims/c.json:4:50: [made-up] sources/a.txt does not contain the quote, nor anything close to it: "
                                + "a paraphrase, or a quote from another source?"),
                FixReport.leftAloneLines(result));
        assertEquals(
                "0 offsets filled in, 0 repaired, 0 quotes fixed, 2 claims left alone, 0 file errors",
                FixReport.summary(result));
    }
}
