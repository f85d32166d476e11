package io.github.factmaven.validator.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.factmaven.validator.report.HeadlessChromium;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The text of an HTML page is, character for character, what headless Chromium's
 * {@code document.body.textContent} gives for the same markup set through {@code innerHTML} in a
 * document with scripting on (so {@code <noscript>} is raw text, and no inserted script runs): the
 * text web annotation clients anchor in. The pages under {@code src/test/resources/html-corpus} hold
 * the hard parts of the specification's parsing.
 */
class HtmlTextBrowserTest {

    private static final Path CORPUS = Path.of("src/test/resources/html-corpus");
    private static final Path CHARSETS = Path.of("src/test/resources/html-charsets");
    private static final Path OUT = Path.of("target/html-text");
    private static final Pattern TEXTS = Pattern.compile("data-texts=\"([^\"]*)\"");
    /** The harnesses' last step: the texts as JSON in Base64, in an attribute the dumped DOM shows. */
    private static final String REPORT = "const bytes = new TextEncoder().encode(JSON.stringify(texts));"
            + " let binary = \"\"; for (const b of bytes) binary += String.fromCharCode(b);"
            + " document.body.setAttribute(\"data-texts\", btoa(binary));";

    @Test
    void theTextIsChromiumsBodyTextContent() throws Exception {
        Optional<HeadlessChromium> chromium = HeadlessChromium.find(OUT.resolve("chromium-profile"));
        assumeTrue(
                chromium.isPresent(),
                "Chromium not found (set $CHROMIUM or install Debian's chromium package): "
                        + "the text of HTML sources is not compared with a browser's here");
        Map<String, String> pages = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.sorted().toList()) {
                pages.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        Files.createDirectories(OUT);
        Path harness = OUT.resolve("harness.html");
        Files.writeString(harness, harness(List.copyOf(pages.values())), StandardCharsets.UTF_8);

        String dom = chromium.get().dumpDom(harness.toUri().toString());

        String[] browser = texts(dom);
        List<String> names = new ArrayList<>(pages.keySet());
        assertEquals(names.size(), browser.length);
        for (int i = 0; i < names.size(); i++) {
            String page = pages.get(names.get(i));
            assertEquals(browser[i], HtmlText.of(page.getBytes(StandardCharsets.UTF_8)), names.get(i));
        }
    }

    /**
     * Pages in other encodings, each loaded as a file, as a browser opens a saved page: declared by
     * {@code <meta charset>} or {@code http-equiv}, by a byte-order mark, or not at all.
     */
    @Test
    void theEncodingIsTheOneChromiumReadsAPageIn() throws Exception {
        Optional<HeadlessChromium> chromium = HeadlessChromium.find(OUT.resolve("chromium-profile"));
        assumeTrue(chromium.isPresent(), "Chromium not found: the encodings of HTML sources are not compared here");
        List<Path> pages;
        try (Stream<Path> files = Files.list(CHARSETS)) {
            pages = files.sorted().toList();
        }
        Files.createDirectories(OUT);
        Path harness = OUT.resolve("charsets.html");
        StringBuilder frames = new StringBuilder();
        for (Path page : pages) {
            frames.append("<iframe src=\"")
                    .append(page.toAbsolutePath().toUri())
                    .append("\"></iframe>\n");
        }
        Files.writeString(harness, """
                <!doctype html><html><head><meta charset="utf-8"></head><body>
                %s<script>
                window.onload = () => {
                  const texts = [...document.querySelectorAll("iframe")].map(frame => frame.contentDocument.body.textContent);
                  %s
                };
                </script></body></html>
                """.formatted(frames, REPORT), StandardCharsets.UTF_8);

        String dom = chromium.get().dumpDomWithFileAccess(harness.toUri().toString());

        String[] browser = texts(dom);
        assertEquals(pages.size(), browser.length);
        for (int i = 0; i < pages.size(); i++) {
            assertEquals(
                    browser[i],
                    HtmlText.of(Files.readAllBytes(pages.get(i))),
                    pages.get(i).toString());
        }
    }

    /** A page that sets each corpus page as its markup in turn and keeps the body's text of each. */
    private static String harness(List<String> pages) throws Exception {
        String json = new ObjectMapper()
                .writeValueAsString(pages)
                .replace("</", "<\\/")
                .replace("<!--", "<\\!--");
        return """
                <!doctype html><html><head><meta charset="utf-8"></head><body><script>
                const pages = %s;
                const texts = [];
                for (const page of pages) {
                  document.documentElement.innerHTML = page;
                  texts.push(document.body ? document.body.textContent : "");
                }
                document.documentElement.innerHTML = "<head></head><body></body>";
                %s
                </script></body></html>
                """.formatted(json, REPORT);
    }

    /** The texts a harness wrote into the DOM Chromium dumped. */
    private static String[] texts(String dom) throws Exception {
        Matcher found = TEXTS.matcher(dom);
        assertEquals(true, found.find(), "the harness wrote no result: " + dom);
        return new ObjectMapper()
                .readValue(
                        new String(Base64.getDecoder().decode(found.group(1)), StandardCharsets.UTF_8), String[].class);
    }
}
