package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.cache.CheckCache;
import io.github.factmaven.validator.internal.text.HtmlText;
import io.github.factmaven.validator.report.HtmlReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTML sources: their text, in the encoding a browser would choose, and claims checked against it. */
class HtmlTextTest {

    private static final String CYRILLIC = "Посол Копыркин вызван";

    @TempDir
    Path project;

    @Test
    void theEncodingIsTheByteOrderMarksThenTheDeclaredOneThenUtf8ThenWindows1252() throws IOException {
        Charset windows1251 = Charset.forName("windows-1251");
        byte[] declared = ("<meta charset=\"windows-1251\"><p>" + CYRILLIC).getBytes(windows1251);
        byte[] httpEquiv = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>"
                        + CYRILLIC)
                .getBytes(windows1251);
        byte[] undeclaredUtf8 = ("<p>" + CYRILLIC).getBytes(StandardCharsets.UTF_8);
        byte[] undeclaredLatin = "<p>caf\u00e9 \u2013 na\u00efve".getBytes(Charset.forName("windows-1252"));
        byte[] utf16 = ("\uFEFF<p>" + CYRILLIC + " 😀").getBytes(StandardCharsets.UTF_16LE);

        assertEquals(CYRILLIC, HtmlText.of(declared));
        assertEquals(CYRILLIC, HtmlText.of(httpEquiv));
        assertEquals(CYRILLIC, HtmlText.of(undeclaredUtf8));
        assertEquals("caf\u00e9 \u2013 na\u00efve", HtmlText.of(undeclaredLatin));
        assertEquals(CYRILLIC + " 😀", HtmlText.of(utf16));
    }

    @Test
    void aPageWithoutBodyOrWithDeepNestingHasText() throws IOException {
        assertEquals("", HtmlText.of("<head><title>only a title</title>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("deep", HtmlText.of(("<div>".repeat(500) + "deep").getBytes(StandardCharsets.UTF_8)));
        IOException tooDeep = assertThrows(
                IOException.class,
                () -> HtmlText.of(("<div>".repeat(100_000) + "deep").getBytes(StandardCharsets.UTF_8)));
        assertEquals(
                "the page nests elements more than 512 deep, deeper than browsers build a page", tooDeep.getMessage());
    }

    @Test
    void claimsOfAnHtmlSourceQuoteAndCountInItsText() throws IOException {
        TestDataset dataset = new TestDataset(project);
        dataset.source("page.html", """
                <!doctype html><html><head><title>Not in the text</title><script>track()</script></head>
                <body><nav>Home | World</nav><article><h1>Ambassador summoned</h1>
                <p>Russian ambassador Sergei <b>Kopyrkin</b> was summoned&nbsp;on October&#160;24.</p>
                </article></body></html>
                """);
        String text = HtmlText.of(Files.readAllBytes(project.resolve("sources/page.html")));
        int at = text.indexOf("Sergei Kopyrkin");
        dataset.claims(
                "c.json",
                claim("summoned", "Sergei Kopyrkin was summoned\u00a0on October\u00a024", "page.html", at),
                claim("typed", "Sergei Kopyrkin was summoned on October 24", "page.html", at));

        List<ClaimResult> results = dataset.check().claims();

        assertEquals(Status.VERIFIED, results.get(0).status());
        assertEquals(Status.QUOTE_MISMATCH, results.get(1).status());
        assertEquals(
                "quote differs from sources/page.html's text at offset " + at + " (line 2, column 20): typography only",
                results.get(1).message().lines().findFirst().orElseThrow());
    }

    @Test
    void theRegistryMayNameAPagesEncodingAndAskForTheWholeDocumentsText() throws IOException {
        TestDataset dataset = new TestDataset(project);
        dataset.source(
                "page.html", ("<title>Заголовок</title><p>" + CYRILLIC).getBytes(Charset.forName("windows-1251")));
        dataset.claims(
                "c.json", claim("body", "Копыркин", "page.html", 6), claim("title", "Заголовок", "page.html", 0));
        Path cacheFile = project.resolve("target/cache.bin");
        String registry =
                "{\"sources\": [{\"file\": \"page.html\", \"outlet\": \"o\", \"encoding\": \"windows-1251\"%s}]}";

        // the page declares no encoding and is no valid UTF-8: without the registry it would be windows-1252
        dataset.source("sources.json", registry.formatted(""));
        CheckCache first = CheckCache.load(cacheFile);
        List<ClaimResult> body = new FactChecker()
                .withCache(first)
                .check(Dataset.inDirectory(project))
                .claims();
        first.save();
        dataset.source("sources.json", registry.formatted(", \"htmlRoot\": \"document\""));
        CheckCache second = CheckCache.load(cacheFile);
        List<ClaimResult> document = new FactChecker()
                .withCache(second)
                .check(Dataset.inDirectory(project))
                .claims();

        assertEquals(
                List.of(Status.VERIFIED, Status.NOT_FOUND),
                body.stream().map(ClaimResult::status).toList());
        assertEquals(
                List.of(Status.OFFSET_MISMATCH, Status.VERIFIED),
                document.stream().map(ClaimResult::status).toList(),
                "the whole document's text starts with the title: nothing found in the body's text is reused");
        assertEquals(0, second.claimsReused());
    }

    @Test
    void theHtmlReportShowsAPagesTextReadAsTheRegistrySays() throws IOException {
        TestDataset dataset = new TestDataset(project);
        dataset.source("page.html", ("<p>" + CYRILLIC).getBytes(Charset.forName("windows-1251")));
        dataset.source(
                "sources.json",
                "{\"sources\": [{\"file\": \"page.html\", \"outlet\": \"o\", \"encoding\": \"windows-1251\"}]}");
        dataset.claims("c.json", claim("typo", "Посол Копиркин", "page.html", 0));
        Path report = project.resolve("report.html");

        HtmlReport.write(dataset.check(), report);

        String html = Files.readString(report);
        assertTrue(
                html.contains("Посол Коп<mark class=\"diff\">ы</mark>ркин"),
                "the passage is the page's text in its registered encoding, the difference marked");
    }
}
