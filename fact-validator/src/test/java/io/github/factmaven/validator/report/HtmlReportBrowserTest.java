package io.github.factmaven.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report rendered by a real browser (Debian's headless Chromium): a probe script reads the
 * DOM after the page's own script ran. Skipped, with a message, where Chromium is not installed;
 * CI installs it. A screenshot of the failing claims is kept under target/.
 */
class HtmlReportBrowserTest {

    private static final String MIRROR = "000_e04d62ea4a6179d9.txt";
    private static final Path OUT = Path.of("target/html-report");
    /** Collects what a reader sees into a JSON object in a pre#facts element. */
    private static final String PROBE = """
            <script>
            window.addEventListener('load', function () {
              var kopyrkin = document.querySelector('article[data-status="QUOTE_MISMATCH"]');
              var texts = function (root, selector) {
                return Array.from(root.querySelectorAll(selector)).map(function (e) { return e.textContent; });
              };
              var facts = {
                claims: document.querySelectorAll('article.claim').length,
                visible: texts(document, 'article.claim:not([hidden]) .id'),
                shown: document.getElementById('shown').textContent,
                failed: document.getElementById('count-failed').textContent,
                passageDiffs: texts(kopyrkin, '.passage mark.diff'),
                quoteDiffs: texts(kopyrkin, '.quote mark.diff'),
                span: kopyrkin.querySelector('.passage mark.span').textContent,
                invisible: Array.from(document.querySelectorAll('.invisible')).map(function (e) { return e.title; }),
                outlets: texts(document, '#by-outlet td:first-child'),
                overflow: document.documentElement.scrollWidth > window.innerWidth,
                tablesFit: Array.from(document.querySelectorAll('table.counts-by')).every(function (table) {
                  return table.querySelector('tr').lastElementChild.getBoundingClientRect().right
                      <= document.documentElement.clientWidth;
                }),
                scripts: document.querySelectorAll('script').length,
                injected: window.injected === true,
                statements: texts(document, '.statement')
              };
              var pre = document.createElement('pre');
              pre.id = 'facts';
              pre.textContent = JSON.stringify(facts);
              document.body.appendChild(pre);
            });
            </script>
            </body>""";

    @TempDir
    static Path project;

    private static Path page;

    @BeforeAll
    static void writeTheReportOfAFailingDataset() throws Exception {
        Path sources = Files.createDirectories(project.resolve("sources"));
        Files.copy(Path.of("../examples/armenia-russia-2023/sources", MIRROR), sources.resolve(MIRROR));
        Files.writeString(sources.resolve("nbsp.txt"), "Armenia hosts 10\u00A0000 Russian troops.\n");
        Files.createDirectories(project.resolve("claims"));
        Files.writeString(
                project.resolve("claims/c.json"),
                "{\"claims\": [\n"
                        + claim("kopyrkin", "s", "summoned Ambassador Sergei Kopyrkin over", MIRROR, 1821, "Mirror")
                        + ",\n"
                        + claim("troops", "s", "10 000 Russian troops", "nbsp.txt", 14, "JAMnews") + ",\n"
                        + claim(
                                "verified",
                                "India sells weapons to Armenia.",
                                "India has already begun selling weapons to Armenia",
                                MIRROR,
                                4133,
                                "Mirror")
                        + ",\n"
                        + claim(
                                "injection",
                                "<script>window.injected = true</script>",
                                "<img src=x onerror=\\\"window.injected = true\\\">",
                                "nbsp.txt",
                                0,
                                "JAMnews")
                        + "\n]}\n");
        // a file that cannot be read, deep in folders: the "By file" table gets its widest rows and a column more
        Path deep = Files.createDirectories(project.resolve("claims/armenia-russia-relations/october-2023"));
        Files.writeString(deep.resolve("ambassador-summoned-by-the-foreign-ministry.json"), "{\"claims\": [,]}");
        CheckResult result = new FactChecker().check(Dataset.inDirectory(project));
        Files.createDirectories(OUT);
        page = OUT.resolve("report.html");
        HtmlReport.write(result, page);
    }

    private static String claim(String id, String statement, String quote, String source, int offset, String outlet) {
        return "{\"id\": \"" + id + "\", \"statement\": \"" + statement + "\", \"quote\": \"" + quote
                + "\", \"source\": \"" + source + "\", \"offset\": " + offset + ", \"outlet\": \"" + outlet + "\"}";
    }

    private static JsonNode facts(HeadlessChromium chromium, String fragment) throws Exception {
        return facts(chromium, fragment, 1280);
    }

    private static JsonNode facts(HeadlessChromium chromium, String fragment, int width) throws Exception {
        Path probed = OUT.resolve("probed.html");
        Files.writeString(probed, Files.readString(page).replace("</body>", PROBE));
        String dom = chromium.dumpDom(probed.toUri() + fragment, width, 1600);
        Matcher facts =
                Pattern.compile("<pre id=\"facts\">(.*?)</pre>", Pattern.DOTALL).matcher(dom);
        assertTrue(facts.find(), "the probe ran: " + dom);
        return new ObjectMapper()
                .readTree(facts.group(1)
                        .replace("&quot;", "\"")
                        .replace("&lt;", "<")
                        .replace("&gt;", ">")
                        .replace("&amp;", "&"));
    }

    private static HeadlessChromium chromium() {
        var found = HeadlessChromium.find(OUT.resolve("chromium-profile"));
        assumeTrue(
                found.isPresent(),
                "Chromium not found (set $CHROMIUM or install Debian's chromium package): "
                        + "the HTML report is not tested in a browser here");
        return found.get();
    }

    @Test
    void browserShowsCountsDifferencesAndInvisibleCharacters() throws Exception {
        JsonNode facts = facts(chromium(), "");

        assertEquals(4, facts.get("claims").asInt());
        assertEquals("3", facts.get("failed").asText());
        // the page opens on what needs attention; the verified claim is a click away
        assertEquals(List.of("kopyrkin", "troops", "injection"), strings(facts.get("visible")));
        assertEquals("3", facts.get("shown").asText());
        assertEquals(
                "summoned Ambassador Sergei Koprikin over", facts.get("span").asText());
        assertEquals(List.of("ri"), strings(facts.get("passageDiffs")));
        assertEquals(List.of("yr"), strings(facts.get("quoteDiffs")));
        assertTrue(strings(facts.get("invisible")).contains("U+00A0 NO-BREAK SPACE"), facts.toString());
        assertEquals(List.of("JAMnews", "Mirror"), strings(facts.get("outlets")));
    }

    @Test
    void theStatusFilterAtAllShowsEveryClaim() throws Exception {
        JsonNode facts = facts(chromium(), "#status=");

        assertEquals(List.of("kopyrkin", "troops", "verified", "injection"), strings(facts.get("visible")));
        assertEquals("4", facts.get("shown").asText());
    }

    @Test
    void textThatLooksLikeHtmlIsShownNotRun() throws Exception {
        JsonNode facts = facts(chromium(), "");

        assertFalse(facts.get("injected").asBoolean(), "no script of a claim ran");
        assertEquals(2, facts.get("scripts").asInt(), "the page's own script and the probe");
        assertTrue(strings(facts.get("statements")).contains("<script>window.injected = true</script>"));
    }

    @Test
    void linkWithAStatusFilterShowsOnlyThoseClaimsAndAScreenshotIsKept() throws Exception {
        HeadlessChromium chromium = chromium();
        JsonNode facts = facts(chromium, "#status=FAILED");

        assertEquals(List.of("kopyrkin", "troops", "injection"), strings(facts.get("visible")));
        assertEquals("3", facts.get("shown").asText());

        Path screenshot = OUT.resolve("failing-claims.png");
        Files.deleteIfExists(screenshot);
        chromium.screenshot(page.toUri() + "#status=QUOTE_MISMATCH", screenshot, 1280, 1600);
        assertTrue(Files.size(screenshot) > 10_000, "a rendered page, not an empty image");
    }

    @Test
    void onAPhoneThePageFitsTheScreenAndAScreenshotIsKept() throws Exception {
        HeadlessChromium chromium = chromium();
        JsonNode facts = facts(chromium, "", 390);

        assertFalse(facts.get("overflow").asBoolean(), "nothing wider than a phone's screen: " + facts);
        assertTrue(
                facts.get("tablesFit").asBoolean(), "every column of the counts in view, none scrolled away: " + facts);
        Path screenshot = OUT.resolve("failing-claims-phone.png");
        Files.deleteIfExists(screenshot);
        chromium.screenshot(page.toUri() + "#status=QUOTE_MISMATCH", screenshot, 390, 1600);
        assertTrue(Files.size(screenshot) > 10_000, "a rendered page, not an empty image");
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(JsonNode::asText)
                .toList();
    }
}
