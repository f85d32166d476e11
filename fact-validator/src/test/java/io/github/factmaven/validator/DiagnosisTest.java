package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static io.github.factmaven.validator.TestDataset.claimWithoutOffset;
import static io.github.factmaven.validator.TestDataset.columnOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.DifferenceKind;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.internal.diagnosis.QuoteDiagnoser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How failing quotes are explained, as a user reads it in the log. */
class DiagnosisTest {

    private static final String MIRROR = "000_e04d62ea4a6179d9.txt";
    private static final String TELEGRAPH = "001_95c90beaeb40d16c.txt";
    private static final String JAMNEWS = "003_03e5b107d287c939.txt";

    @TempDir
    Path project;

    private TestDataset dataset;

    @BeforeEach
    void createDataset() {
        dataset = new TestDataset(project);
    }

    private ClaimResult check(String quote, String source, int offset, String... members) throws IOException {
        dataset.claims("c.json", claim("claim", quote, source, offset, members));
        return dataset.only();
    }

    // 0. Quotes too long to compare in detail

    @Test
    void aLongQuoteWithATypoIsDiagnosedUpToTheLimitAndFailsPastIt() throws IOException {
        String text = dataset.sample(JAMNEWS).repeat(4);
        dataset.source(JAMNEWS, text);
        String compared = text.substring(100, 100 + QuoteDiagnoser.MAX_COMPARED);
        String typo = compared.substring(0, 5000) + "#" + compared.substring(5001);

        ClaimResult diagnosed = check(typo, JAMNEWS, 100);
        assertEquals(Status.QUOTE_MISMATCH, diagnosed.status());
        assertEquals(1, diagnosed.diagnosis().orElseThrow().differences().size());

        String longer = text.substring(100, 102 + QuoteDiagnoser.MAX_COMPARED);
        dataset.claims(
                "c.json", claim("claim", longer.substring(0, 5000) + "#" + longer.substring(5001), JAMNEWS, 100));
        ClaimResult tooLong = new FactChecker()
                .withMaxQuoteLength(20_000)
                .check(Dataset.inDirectory(project))
                .claims()
                .get(0);
        assertEquals(Status.NOT_FOUND, tooLong.status());
        assertEquals(
                "sources/" + JAMNEWS + " does not contain the quote; a quote of 10,002 characters is not compared"
                        + " with the source in detail (at most 10,000 are): split it into shorter quotes to see where it"
                        + " differs",
                tooLong.message());
    }

    // 1. Moved quote

    @Test
    void quoteFurtherOnIsFoundWithItsDistance() throws IOException {
        dataset.sample(MIRROR);
        ClaimResult result = check("summoned Ambassador Sergei Koprikin over", MIRROR, 1784);

        assertEquals(Status.OFFSET_MISMATCH, result.status());
        assertEquals(
                "quote is not at offset 1784 of sources/" + MIRROR + " but at offset 1821 (line 22, column 211), "
                        + "37 characters further on",
                result.message());
        assertEquals(
                new Location(
                        "claims/c.json",
                        3,
                        columnOf(claim("claim", "summoned Ambassador Sergei Koprikin over", MIRROR, 1784), "1784")),
                result.primaryLocation(),
                "points at the offset member");
        Diagnosis diagnosis = result.diagnosis().orElseThrow();
        assertEquals(OptionalInt.of(1784), diagnosis.expectedOffset());
        assertEquals(List.of(new SourcePosition(1821, 22, 211)), diagnosis.found());
    }

    @Test
    void everyOccurrenceIsListedUpToThree() throws IOException {
        dataset.source("repeat.txt", "Kyiv. Kyiv. Kyiv. Kyiv. Kyiv.");
        ClaimResult result = check("Kyiv.", "repeat.txt", 2);

        assertEquals(
                "quote is not at offset 2 of sources/repeat.txt but occurs at offset 0 (line 1, column 1), "
                        + "offset 6 (line 1, column 7), offset 12 (line 1, column 13) and further on",
                result.message());
    }

    @Test
    void offsetInUtf16UnitsIsRecognized() throws IOException {
        dataset.source("emoji.txt", "🇦🇲 Yerevan 😀 says: “no advantage”.");
        ClaimResult result = check("“no advantage”", "emoji.txt", 22);

        assertEquals("""
                quote is not at offset 22 of sources/emoji.txt but at offset 19 (line 1, column 20), 3 characters earlier
                  likely cause: the offset counts UTF-16 units, as Java and JavaScript strings do; offsets count code \
                points, and the quote is at 19""", result.message());
        assertEquals(
                Optional.of("the offset counts UTF-16 units, as Java and JavaScript strings do; offsets count "
                        + "code points, and the quote is at 19"),
                result.diagnosis().orElseThrow().cause());
    }

    @Test
    void offsetInBytesIsRecognized() throws IOException {
        String text = dataset.sample(MIRROR);
        int at = text.indexOf("Kopyrkin, was summoned");
        int bytes = text.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        ClaimResult result = check("Kopyrkin, was summoned", MIRROR, bytes);

        assertEquals(
                "quote is not at offset " + bytes + " of sources/" + MIRROR + " but at offset " + at
                        + " (line 46, column 58), " + (bytes - at) + " characters earlier\n"
                        + "  likely cause: the offset counts UTF-8 bytes; offsets count code points, and the quote is at "
                        + at,
                result.message());
    }

    @Test
    void offsetCountedWithLfInACrlfFileIsRecognized() throws IOException {
        dataset.source("crlf.txt", "Line one\r\nLine two\r\nPashinyan spoke.\r\n");
        ClaimResult result = check("Pashinyan", "crlf.txt", 18);

        assertTrue(
                result.message()
                        .endsWith("likely cause: the offset was counted with LF line endings, but the file "
                                + "has CRLF (converted on checkout, for example by git's core.autocrlf?)"),
                result.message());
    }

    // 2 and 3. Near miss, each difference classified

    @Test
    void misspelledNameIsSubstanceAndShowsBothSpellings() throws IOException {
        dataset.sample(MIRROR);
        ClaimResult result = check("summoned Ambassador Sergei Kopyrkin over", MIRROR, 1821);

        assertEquals(Status.QUOTE_MISMATCH, result.status());
        assertEquals("""
                quote differs from sources/000_e04d62ea4a6179d9.txt at offset 1821 (line 22, column 211): substance
                  quote:  …ned Ambassador Sergei Kopyrkin over
                  source: …ned Ambassador Sergei Koprikin over
                                                    ^^
                  substance: the source has "ri" where the quote has "yr\"""", result.message());
        Diagnosis diagnosis = result.diagnosis().orElseThrow();
        assertEquals(
                List.of(new Difference(
                        DifferenceKind.SUBSTANCE,
                        30,
                        "yr",
                        1851,
                        "ri",
                        "substance: the source has \"ri\" where the quote has \"yr\"")),
                diagnosis.differences());
        assertEquals(List.of(new SourcePosition(1821, 22, 211)), diagnosis.found());
    }

    @Test
    void straightApostropheIsTypography() throws IOException {
        String text = dataset.sample(MIRROR);
        int at = text.indexOf("Russian border guards control Armenia’s borders");
        ClaimResult result = check("Russian border guards control Armenia's borders", MIRROR, at);

        assertEquals("""
                quote differs from sources/000_e04d62ea4a6179d9.txt at offset 1211 (line 16, column 86): typography only
                  quote:  …er guards control Armenia's borders
                  source: …er guards control Armenia’s borders
                                                    ^
                  typography: the source has U+2019 RIGHT SINGLE QUOTATION MARK "’" where the quote has \
                U+0027 APOSTROPHE "'"
                  run mvn fact:fix -Dfact.fixTypography=true to take the source's characters, or fix the quote by hand""", result.message());
    }

    /**
     * A missing letter beside a straight apostrophe is a misspelling and a typographic difference,
     * said apart whether a letter stands between them or they touch.
     */
    @Test
    void aTypoBesideATypographicQuoteIsSaidApartFromIt() throws IOException {
        dataset.source("typo.txt", "He read Zoric’s letter to the ministry.");
        String typography =
                "typography: the source has U+2019 RIGHT SINGLE QUOTATION MARK \"’\" where the quote has U+0027"
                        + " APOSTROPHE \"'\"";

        assertEquals(
                List.of("substance: the source has \"i\" that the quote lacks", typography),
                descriptions(check("Zorc's letter", "typo.txt", 8)));
        assertEquals(
                List.of("substance: the source has \"c\" that the quote lacks", typography),
                descriptions(check("Zori's letter", "typo.txt", 8)));
    }

    private static List<String> descriptions(ClaimResult result) {
        return result.diagnosis().orElseThrow().differences().stream()
                .map(Difference::description)
                .toList();
    }

    @Test
    void noBreakSpacesTypedAsSpacesAreNamedOnce() throws IOException {
        String text = dataset.sample(JAMNEWS);
        ClaimResult result = check(
                "Russian Foreign Ministry told TASS", JAMNEWS, text.indexOf("Russian Foreign Ministry\u00A0told"));

        assertEquals("""
                quote differs from sources/003_03e5b107d287c939.txt at offset 339 (line 13, column 136): typography only
                  quote:  Russian Foreign Ministry told TASS
                  source: Russian Foreign Ministry<U+00A0>told<U+00A0>TASS
                                                  ^^^^^^^^    ^^^^^^^^
                  typography: the source has U+00A0 NO-BREAK SPACE where the quote has U+0020 SPACE (2 times)
                  run mvn fact:fix -Dfact.fixTypography=true to take the source's characters, or fix the quote by hand""", result.message());
    }

    @Test
    void ellipsisAndZeroWidthSpaceAreTypography() throws IOException {
        dataset.source("typo.txt", "He said: Armenia… will\u200B decide.");
        ClaimResult result = check("Armenia... will decide", "typo.txt", 9);

        assertEquals(
                List.of(DifferenceKind.TYPOGRAPHY, DifferenceKind.TYPOGRAPHY),
                result.diagnosis().orElseThrow().differences().stream()
                        .map(Difference::kind)
                        .toList());
        assertTrue(
                result.message()
                        .contains("typography: the source has U+2026 HORIZONTAL ELLIPSIS \"…\" where the quote has"
                                + " \"...\""),
                result.message());
        assertTrue(
                result.message()
                        .contains("typography: the source has U+200B ZERO WIDTH SPACE that the quote " + "lacks"),
                result.message());
    }

    @Test
    void decomposedAccentIsUnicodeNormalization() throws IOException {
        dataset.source("nfd.txt", "🇦🇲 Cafe\u0301 Ararat serves coffee.");
        ClaimResult result = check("Café Ararat", "nfd.txt", 3);

        assertEquals("""
                quote differs from sources/nfd.txt at offset 3 (line 1, column 4): Unicode normalization only
                  quote:  Café Ararat
                  source: Cafe\u0301 Ararat
                             ^^
                  Unicode normalization: the source has U+0065 LATIN SMALL LETTER E "e", U+0301 COMBINING ACUTE \
                ACCENT "\u0301" where the quote has U+00E9 LATIN SMALL LETTER E WITH ACUTE "é"
                  run mvn fact:fix -Dfact.fixTypography=true to take the source's characters, or fix the quote by hand""", result.message());
    }

    @Test
    void lineBreakTypedAsSpaceIsWhitespace() throws IOException {
        String text = dataset.sample(MIRROR);
        ClaimResult result = check("deteriorate. Last week", MIRROR, text.indexOf("deteriorate.\n\nLast week"));

        assertEquals("""
                quote differs from sources/000_e04d62ea4a6179d9.txt at offset 355 (line 8, column 130): whitespace only
                  quote:  deteriorate. Last week
                  source: deteriorate.\\n\\nLast week
                                      ^^^^
                  whitespace: the source has U+000A LINE FEED (LF), U+000A LINE FEED (LF) where the quote has \
                U+0020 SPACE
                  run mvn fact:fix -Dfact.fixTypography=true to take the source's characters, or fix the quote by hand""", result.message());
    }

    @Test
    void doubledSpaceIsWhitespace() throws IOException {
        dataset.source("a.txt", "Armenia and Russia");
        ClaimResult result = check("Armenia  and Russia", "a.txt", 0);

        assertTrue(
                result.message()
                        .endsWith(
                                "whitespace: the quote has U+0020 SPACE that the source lacks\n"
                                        + "  run mvn fact:fix -Dfact.fixTypography=true to take the source's characters, or fix the quote by hand"),
                result.message());
    }

    @Test
    void lowerCaseIsLetterCase() throws IOException {
        dataset.source("a.txt", "Prime Minister Nikol Pashinyan said");
        ClaimResult result = check("prime minister Nikol Pashinyan", "a.txt", 0);

        assertEquals("""
                quote differs from sources/a.txt at offset 0 (line 1, column 1): letter case only
                  quote:  prime minister Nikol Pashinyan
                  source: Prime Minister Nikol Pashinyan
                          ^     ^
                  letter case: the source has "P" where the quote has "p"
                  letter case: the source has "M" where the quote has "m\"""", result.message());
    }

    @Test
    void cyrillicLetterInALatinNameIsALookalike() throws IOException {
        String text = dataset.sample(MIRROR);
        ClaimResult result = check(
                "Nik\u043El Pashinyan told the Wall Street Journal",
                MIRROR,
                text.indexOf("Nikol Pashinyan told the Wall"));

        assertEquals(
                DifferenceKind.LOOKALIKE,
                result.diagnosis().orElseThrow().differences().get(0).kind());
        assertTrue(
                result.message()
                        .endsWith("look-alike character: the source has U+006F LATIN SMALL LETTER O \"o\" "
                                + "where the quote has U+043E CYRILLIC SMALL LETTER O \"о\""),
                result.message());
    }

    @Test
    void nearMissElsewhereInTheSourceIsFoundWithItsDistance() throws IOException {
        dataset.sample(MIRROR);
        ClaimResult result = check("Sergei Kopyrkin over the anti-Armenian statements", MIRROR, 10);

        assertEquals(Status.QUOTE_MISMATCH, result.status());
        assertTrue(
                result.message()
                        .startsWith("quote is not at offset 10 of sources/" + MIRROR + "; the closest "
                                + "passage is at offset 1841 (line 22, column 231), 1831 characters further on, and differs: "
                                + "substance\n"),
                result.message());
    }

    @Test
    void nearMissDeepInALongSourceIsFound() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 1_000_000; i++) {
            text.append("Paragraph ").append(i).append(": Yerevan and Moscow 🇦🇲 exchanged notes.\r\n");
        }
        int at = text.length();
        text.append("The ambassador, Sergei Koprikin, was summoned.\r\n");
        text.append("Closing paragraph.\r\n".repeat(1000));
        dataset.source("long.txt", text.toString());
        ClaimResult result = check("The ambassador, Sergei Kopyrkin, was summoned.", "long.txt", 5);

        assertEquals(Status.QUOTE_MISMATCH, result.status());
        int offset = text.codePointCount(0, at);
        assertEquals(
                List.of(offset),
                result.diagnosis().orElseThrow().found().stream()
                        .map(SourcePosition::offset)
                        .toList());
        assertTrue(
                result.message().endsWith("substance: the source has \"ri\" where the quote has \"yr\""),
                result.message());
    }

    // 4. Other source

    @Test
    void quoteFromAnotherSourceOfTheDatasetIsFound() throws IOException {
        dataset.sample(MIRROR);
        dataset.sample(TELEGRAPH);
        ClaimResult result =
                check("Dependence on just one partner in security matters is a strategic mistake.", MIRROR, 5);

        assertEquals(Status.IN_OTHER_SOURCE, result.status());
        assertEquals(
                "quote is not in sources/" + MIRROR + " but in sources/" + TELEGRAPH + " at offset 805 "
                        + "(line 15, column 115): is the source or the quote from another article?",
                result.message());
        assertEquals("sources/" + TELEGRAPH, result.diagnosis().orElseThrow().source());
    }

    @Test
    void quoteInSeveralOtherSourcesIsPlacedInTheFirstOfThem() throws IOException {
        // sources are searched a few at a time: two neighbours are searched at once on most machines
        for (int i = 0; i < 40; i++) {
            dataset.source(String.format("s%02d.txt", i), "Source " + i + " says nothing of note.");
        }
        dataset.source("s26.txt", "Only here: Yerevan recalled its envoy.");
        dataset.source("s27.txt", "Here too: Yerevan recalled its envoy.");
        dataset.claims(
                "c.json",
                claim("first", "Yerevan recalled its envoy.", "s00.txt", 0),
                claim("second", "Yerevan recalled its envoy, said the ministry.", "s00.txt", 0));

        List<ClaimResult> results = dataset.check().claims();
        assertEquals("sources/s26.txt", results.get(0).diagnosis().orElseThrow().source());
        assertEquals(
                "quote is not in sources/s00.txt but in sources/s26.txt at offset 11 (line 1, column 12): "
                        + "is the source or the quote from another article?",
                results.get(0).message());
        assertEquals(Status.NOT_FOUND, results.get(1).status());
    }

    // 5. Unsupported

    @Test
    void fabricatedQuoteIsNotFound() throws IOException {
        dataset.sample(MIRROR);
        ClaimResult result =
                check("Armenia will leave the CSTO by the end of the year, Pashinyan promised.", MIRROR, 100);

        assertEquals(Status.NOT_FOUND, result.status());
        assertEquals(
                "sources/" + MIRROR + " does not contain the quote, nor anything close to it: a paraphrase, "
                        + "or a quote from another source?",
                result.message());
    }

    @Test
    void partlyRightQuoteShowsTheClosestPassage() throws IOException {
        dataset.source("a.txt", "Pashinyan said that Russia is not fulfilling its obligations to Armenia.");
        ClaimResult result =
                check("Pashinyan said that Russia has always fulfilled all of its duties to Armenia.", "a.txt", 0);

        assertEquals(Status.NOT_FOUND, result.status());
        assertTrue(
                result.message()
                        .startsWith("sources/a.txt does not contain the quote; the closest passage, at "
                                + "offset 0 (line 1, column 1), differs in "),
                result.message());
        assertTrue(
                result.message().contains("  source: …shinyan said that Russia is not fulfilling its obligations"),
                result.message());
    }

    // prefix, suffix and ambiguous quotes

    @Test
    void ambiguousQuoteIsVerifiedWithAWarningThatSuggestsContext() throws IOException {
        String text = dataset.sample(TELEGRAPH);
        String quote = "Dependence on just one partner in security matters is a strategic mistake.";
        ClaimResult result = check(quote, TELEGRAPH, text.indexOf(quote));

        assertEquals(Status.VERIFIED, result.status());
        assertEquals(
                List.of("quote occurs 2 times in sources/" + TELEGRAPH + " (at offsets 805, 3894); add "
                        + "\"prefix\": \"r. “\" or \"suffix\": \"”\\n\\nS\" to say which one is meant"),
                result.warnings().stream().map(Warning::message).toList());
    }

    @Test
    void prefixThatMatchesTellsTheOccurrencesApart() throws IOException {
        String text = dataset.sample(TELEGRAPH);
        String quote = "Dependence on just one partner in security matters is a strategic mistake.";
        ClaimResult result = check(quote, TELEGRAPH, text.indexOf(quote), ", \"prefix\": \"newspaper. “\"");

        assertEquals(Status.VERIFIED, result.status());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void prefixThatDoesNotMatchFailsTheClaim() throws IOException {
        dataset.source("a.txt", "Armenia said no. Russia said no.");
        String line = claim("claim", "said no.", "a.txt", 8, ", \"prefix\": \"Russia \"");
        dataset.claims("c.json", line);
        ClaimResult result = dataset.only();

        assertEquals(Status.CONTEXT_MISMATCH, result.status());
        assertEquals(
                "quote is at offset 8 of sources/a.txt, but the prefix does not match: the source has \"rmenia \" "
                        + "before it where the prefix is \"Russia \": substance",
                result.message().lines().findFirst().orElseThrow());
        assertEquals(new Location("claims/c.json", 3, columnOf(line, "\"Russia \"")), result.primaryLocation());
    }

    @Test
    void suffixThatDoesNotMatchFailsTheClaim() throws IOException {
        dataset.source("a.txt", "Armenia said no. Russia said yes.");
        ClaimResult result = check("said", "a.txt", 8, ", \"suffix\": \" yes\"");

        assertEquals(Status.CONTEXT_MISMATCH, result.status());
        assertEquals(
                "quote is at offset 8 of sources/a.txt, but the suffix does not match: the source has \" no.\" "
                        + "after it where the suffix is \" yes\": substance\n"
                        + "  substance: the source has \"no.\" where the suffix has \"yes\"",
                result.message());
    }

    @Test
    void aContextThatDiffersInTypographyOnlySaysSoAndCarriesTheDetails() throws IOException {
        dataset.source("a.txt", "Armenia\u2019s prime minister said no.");
        ClaimResult result = check("prime minister", "a.txt", 10, ", \"prefix\": \"Armenia's \"");

        assertEquals(Status.CONTEXT_MISMATCH, result.status());
        assertEquals(
                List.of(
                        "quote is at offset 10 of sources/a.txt, but the prefix does not match: the source has"
                                + " \"Armenia’s \" before it where the prefix is \"Armenia's \": typography only",
                        "  typography: the source has U+2019 RIGHT SINGLE QUOTATION MARK \"’\" where the prefix has"
                                + " U+0027 APOSTROPHE \"'\""),
                result.message().lines().toList());
        Diagnosis diagnosis = result.diagnosis().orElseThrow();
        assertEquals(List.of(new SourcePosition(0, 1, 1)), diagnosis.found());
        assertEquals(
                List.of(new Difference(
                        DifferenceKind.TYPOGRAPHY,
                        7,
                        "'",
                        7,
                        "’",
                        result.message().lines().toList().get(1).strip())),
                diagnosis.differences());
    }

    @Test
    void aContextThatMatchesNoOccurrenceSaysWhichSideAndWhatTheSourceHas() throws IOException {
        dataset.source("a.txt", "Moscow said\u00A0no. Yerevan said\u00A0no.");
        dataset.claims("c.json", claimWithoutOffset("typed-space", "said", "a.txt", ", \"suffix\": \" no\""));

        ClaimResult result = dataset.only();

        assertEquals(Status.MISSING_OFFSET, result.status());
        assertEquals(
                List.of(
                        "the claim has no offset, and its suffix matches none of the 2 occurrences of the quote in"
                                + " sources/a.txt (offset 7 (line 1, column 8), offset 24 (line 1, column 25)); at the"
                                + " first, the source has \"<U+00A0>no\" after it where the suffix is \" no\": typography only",
                        "  typography: the source has U+00A0 NO-BREAK SPACE where the suffix has U+0020 SPACE"),
                result.message().lines().toList());
    }

    @Test
    void anOffsetMismatchSaysWhereTheContextMatches() throws IOException {
        dataset.source("a.txt", "Moscow said no. Yerevan said no.");
        ClaimResult result = check("said no", "a.txt", 3, ", \"prefix\": \"Yerevan \"");

        assertEquals(Status.OFFSET_MISMATCH, result.status());
        assertEquals(
                "  the claim's prefix does not match at offset 3, where it places the quote; it matches at the"
                        + " occurrence at offset 24 (line 1, column 25)",
                result.message().lines().reduce((first, second) -> second).orElseThrow());
    }

    @Test
    void theAmbiguityWarningCountsOnlyWhatTheContextAllowsAndSuggestsALongerOne() throws IOException {
        dataset.source("a.txt", "Moscow said no. Then Yerevan said no. Later Yerevan said no.");
        ClaimResult result = check("said no", "a.txt", 29, ", \"prefix\": \"Yerevan \"");

        assertEquals(Status.VERIFIED, result.status());
        assertEquals(
                List.of("quote occurs 2 times in sources/a.txt with its prefix (at offsets 29, 52); add \"suffix\":"
                        + " \". \" or \"prefix\": \"n Yerevan \" to say which one is meant"),
                result.warnings().stream().map(Warning::message).toList());
    }
}
