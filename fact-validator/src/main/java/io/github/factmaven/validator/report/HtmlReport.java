package io.github.factmaven.validator.report;

import io.github.factmaven.model.AtomicFile;
import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Printable;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.CheckResult;
import io.github.factmaven.validator.ClaimResult;
import io.github.factmaven.validator.Dataset;
import io.github.factmaven.validator.Diagnosis;
import io.github.factmaven.validator.Difference;
import io.github.factmaven.validator.SourcePosition;
import io.github.factmaven.validator.Status;
import io.github.factmaven.validator.UnicodeNames;
import io.github.factmaven.validator.Warning;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders a check as one self-contained HTML page ({@code report.html}) that opens from disk: no
 * external script, font or style. Counts per outlet and per claims file; every failed or warned
 * claim, and the first {@value #LISTED_VERIFIED} verified ones, with statement, quote, outlet and
 * status (a browser cannot open a page of a million claims; {@code report.json} lists them all); for
 * each failure, the source passage around the quote with the span highlighted and the differing
 * characters marked, invisible characters shown and named; filters by status and outlet, also from
 * the address ({@code report.html#status=FAILED}). All text is escaped.
 */
public final class HtmlReport {

    /** Verified claims without warnings listed at most: the rest are counted, not shown. */
    static final int LISTED_VERIFIED = 10_000;

    /** Characters of source shown before and after a highlighted span. */
    private static final int CONTEXT = 80;

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#1d1d1f}
            h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.2rem;margin-top:2rem}
            .counts span{display:inline-block;margin-right:1.5rem}
            table{border-collapse:collapse;margin:.5rem 0}td,th{border-bottom:1px solid #ddd;padding:.2rem .8rem;text-align:left}
            td.n,th.n{text-align:right}
            .filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd}
            .claim{border:1px solid #ddd;border-left:6px solid #2e7d32;border-radius:4px;margin:1rem 0;padding:.5rem 1rem}
            .claim.failed{border-left-color:#c62828}.claim.warned{border-left-color:#ef6c00}
            .status{font-weight:600}.failed .status{color:#c62828}.verified .status{color:#2e7d32}
            .where{color:#555;font-family:ui-monospace,monospace;font-size:.85rem}
            .quote,.passage{font-family:ui-monospace,monospace;white-space:pre-wrap;background:#f6f6f6;padding:.3rem .5rem;border-radius:3px}
            .message{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.85rem;margin:.3rem 0}
            mark.span{background:#fff59d}mark.diff{background:#ef9a9a;outline:1px solid #c62828}
            .invisible{background:#b3e5fc;color:#01579b;border-radius:2px;font-size:.75em;padding:0 .15em}
            .label{color:#555;font-size:.85rem}
            """;

    private static final String SCRIPT = """
            function applyFilters(){
              var s=document.getElementById('status-filter').value,o=document.getElementById('outlet-filter').value;
              var shown=0;
              document.querySelectorAll('.claim').forEach(function(c){
                var ok=(s===''||c.dataset.status===s||(s==='FAILED'&&c.classList.contains('failed')))
                  &&(o===''||c.dataset.outlet===o);
                c.hidden=!ok;if(ok){shown++;}
              });
              document.getElementById('shown').textContent=shown;
            }
            document.getElementById('status-filter').addEventListener('change',applyFilters);
            document.getElementById('outlet-filter').addEventListener('change',applyFilters);
            // a link such as report.html#status=FAILED&outlet=JAMnews opens the page filtered
            new URLSearchParams(location.hash.substring(1)).forEach(function(v,k){
              var select=document.getElementById(k+'-filter');if(select){select.value=v;}
            });
            applyFilters();
            """;

    private HtmlReport() {
    }

    /**
     * @param result  a check's result
     * @param dataset where the sources are, to show passages of them
     * @return the page's HTML text
     */
    public static String toHtml(CheckResult result, Dataset dataset) {
        StringWriter html = new StringWriter();
        try {
            render(result, dataset, html);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return html.toString();
    }

    /**
     * Writes the page as it is made: a page of a million claims is written, not held, and each
     * source is decoded once, for the passages of all its failing claims, then let go.
     */
    private static void render(CheckResult result, Dataset dataset, Writer out) throws IOException {
        Map<Integer, String> passages = passages(result, dataset);
        CheckResult.Summary summary = result.summary();
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Fact check: ")
                .append(summary.claims()).append(" claims, ").append(summary.failed()).append(" failed</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n<h1>Fact check</h1>\n<p class=\"counts\">")
                .append(count("claims", summary.claims(), "claims"))
                .append(count("verified", summary.verified(), "verified"))
                .append(count("failed", summary.failed(), "failed"))
                .append(count("warnings", summary.warnings(), "warnings"))
                .append(count("file-errors", summary.fileErrors(), "file errors"))
                .append("</p>\n");
        html.append("<h2>By outlet</h2>\n").append(table("outlet", result.tallyBy(HtmlReport::outlet)));
        html.append("<h2>By claims file</h2>\n").append(table("claims file",
                result.tallyBy(claim -> claim.location().file())));
        if (!result.fileErrors().isEmpty()) {
            html.append("<h2>Files that cannot be used</h2>\n<ul id=\"file-errors\">\n");
            for (Problem problem : result.fileErrors()) {
                html.append("<li><span class=\"where\">").append(escape(problem.location().toString()))
                        .append("</span> <span class=\"message\">").append(escape(problem.message())).append("</span></li>\n");
            }
            html.append("</ul>\n");
        }
        if (!result.warnings().isEmpty()) {
            html.append("<h2>Dataset warnings</h2>\n<ul id=\"dataset-warnings\">\n");
            for (Warning warning : result.warnings()) {
                html.append("<li class=\"").append(warning.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .append("\"><span class=\"where\">").append(escape(warning.location().toString()))
                        .append("</span> <span class=\"message\">").append(escape(warning.message())).append("</span></li>\n");
            }
            html.append("</ul>\n");
        }
        List<ClaimResult> claims = result.claims();
        long plain = claims.stream().filter(HtmlReport::plainlyVerified).count();
        long unlisted = Math.max(0, plain - LISTED_VERIFIED);
        html.append(filters(result, claims.size() - unlisted));
        if (unlisted > 0) {
            html.append("<p id=\"unlisted\" class=\"label\">").append(unlisted)
                    .append(" more verified claims without warnings are counted above but not listed, so that a"
                            + " browser can open this page; report.json lists every claim.</p>\n");
        }
        html.append("<section id=\"claims\">\n");
        out.append(html);
        int listed = 0;
        for (int i = 0; i < claims.size(); i++) {
            ClaimResult claim = claims.get(i);
            if (plainlyVerified(claim) && listed++ >= LISTED_VERIFIED) {
                continue;
            }
            out.append(claim(claim, passages.getOrDefault(i, "")));
        }
        out.append("</section>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    /** The source passages of each failed claim with a diagnosis, by the claim's index in the result. */
    private static Map<Integer, String> passages(CheckResult result, Dataset dataset) {
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        List<ClaimResult> claims = result.claims();
        for (int i = 0; i < claims.size(); i++) {
            ClaimResult claim = claims.get(i);
            if (!claim.verified() && claim.diagnosis().isPresent()) {
                bySource.computeIfAbsent(claim.diagnosis().get().source(), source -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, String> passages = new ConcurrentHashMap<>();
        bySource.entrySet().parallelStream().forEach(group ->
                SourceBytes.read(dataset.baseDirectory().resolve(group.getKey())).ifPresent(text ->
                        group.getValue().forEach(i ->
                                passages.put(i, passages(claims.get(i), claims.get(i).diagnosis().get(), text)))));
        return passages;
    }

    /**
     * Writes the page, creating its directory.
     *
     * @param result  a check's result
     * @param dataset where the sources are
     * @param file    where to write, for example {@code target/fact-check/report.html}
     * @throws IOException if the file cannot be written
     */
    public static void write(CheckResult result, Dataset dataset, Path file) throws IOException {
        AtomicFile.write(file, out -> render(result, dataset, out));
    }

    private static String count(String id, int value, String label) {
        return "<span><strong id=\"count-" + id + "\">" + value + "</strong> " + label + "</span>";
    }

    private static String table(String what, Map<String, CheckResult.Tally> groups) {
        StringBuilder table = new StringBuilder("<table class=\"counts-by\"><thead><tr><th>").append(what)
                .append("</th><th class=\"n\">claims</th><th class=\"n\">verified</th><th class=\"n\">failed</th>"
                        + "</tr></thead><tbody>\n");
        groups.forEach((name, tally) -> table.append("<tr><td>").append(escape(name)).append("</td><td class=\"n\">")
                .append(tally.claims()).append("</td><td class=\"n\">").append(tally.verified())
                .append("</td><td class=\"n\">").append(tally.failed()).append("</td></tr>\n"));
        return table.append("</tbody></table>\n").toString();
    }

    private static boolean plainlyVerified(ClaimResult claim) {
        return claim.verified() && claim.warnings().isEmpty();
    }

    private static String filters(CheckResult result, long shown) {
        // gathered in hash sets and sorted once: a million claims have a few statuses and outlets
        Set<String> statusesFound = new HashSet<>();
        Set<String> outletsFound = new HashSet<>();
        result.claims().forEach(claim -> {
            statusesFound.add(claim.status().name());
            outletsFound.add(outlet(claim));
        });
        TreeSet<String> statuses = new TreeSet<>(statusesFound);
        TreeSet<String> outlets = new TreeSet<>(outletsFound);
        StringBuilder html = new StringBuilder("<h2>Claims</h2>\n<div class=\"filters\">"
                + "<label>Status <select id=\"status-filter\"><option value=\"\">all</option>"
                + "<option value=\"FAILED\">failed</option>");
        statuses.forEach(status -> html.append("<option value=\"").append(status).append("\">").append(status)
                .append("</option>"));
        html.append("</select></label> <label>Outlet <select id=\"outlet-filter\"><option value=\"\">all</option>");
        outlets.forEach(outlet -> html.append("<option value=\"").append(escape(outlet)).append("\">")
                .append(escape(outlet)).append("</option>"));
        return html.append("</select></label> <span class=\"label\"><span id=\"shown\">")
                .append(shown).append("</span> shown</span></div>\n").toString();
    }

    private static String claim(ClaimResult result, String passages) {
        Optional<Claim> claim = result.claim();
        String state = result.verified() ? (result.warnings().isEmpty() ? "verified" : "verified warned") : "failed";
        StringBuilder html = new StringBuilder("<article class=\"claim ").append(state).append("\" data-status=\"")
                .append(result.status().name()).append("\" data-outlet=\"").append(escape(outlet(result)))
                .append("\">\n<div><span class=\"status\">").append(result.status().name()).append("</span> ")
                .append("<strong class=\"id\">").append(escape(Printable.escape(result.id().orElse("(no id)")))).append("</strong> ")
                .append("<span class=\"where\">").append(escape(result.primaryLocation().toString())).append("</span>");
        claim.ifPresent(c -> html.append(" <span class=\"outlet\">").append(escape(c.outlet())).append("</span>"));
        html.append("</div>\n");
        claim.ifPresent(c -> html.append("<p class=\"statement\">").append(escape(c.statement())).append("</p>\n")
                .append("<div class=\"label\">quote</div><div class=\"quote\">")
                .append(marked(c.quote().codePoints().toArray(), 0, c.quote().codePointCount(0, c.quote().length()),
                        -1, -1, quoteDifferences(result)))
                .append("</div>\n"));
        if (!result.verified()) {
            html.append("<div class=\"message\">").append(escape(result.message())).append("</div>\n");
            html.append(passages);
        }
        for (Warning warning : result.warnings()) {
            html.append("<div class=\"message warning\">").append(escape(warning.message())).append("</div>\n");
        }
        return html.append("</article>\n").toString();
    }

    /** The source around the quote: where the claim points, and where the quote or its closest passage is. */
    private static String passages(ClaimResult result, Diagnosis diagnosis, SourceBytes text) {
        if (text.length() == 0) {
            return "";
        }
        int quoteLength = result.claim().map(c -> c.quote().codePointCount(0, c.quote().length())).orElse(0);
        StringBuilder html = new StringBuilder();
        List<Difference> differences = diagnosis.differences();
        if (!diagnosis.found().isEmpty()) {
            SourcePosition at = diagnosis.found().get(0);
            String label = result.status() == Status.QUOTE_MISMATCH || result.status() == Status.NOT_FOUND
                    ? "closest passage in " : "the quote in ";
            html.append(passage(label + diagnosis.source() + ", line " + at.line() + ", column " + at.column(),
                    text, at.offset(), at.offset() + diagnosis.passageLength(), differences));
        }
        if (diagnosis.expectedOffset().isPresent() && result.status() != Status.IN_OTHER_SOURCE
                && (diagnosis.found().isEmpty() || diagnosis.found().get(0).offset() != diagnosis.expectedOffset().getAsInt())) {
            int start = Math.min(diagnosis.expectedOffset().getAsInt(), text.length());
            html.append(passage("at the claim's offset " + start + " in " + diagnosis.source(), text, start,
                    Math.min(text.length(), start + quoteLength), List.of()));
        }
        return html.toString();
    }

    private static String passage(String label, SourceBytes text, int start, int end, List<Difference> differences) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        // only the passage's code points: a whole source as code points is four bytes a character
        int[] window = text.slice(from, to).codePoints().toArray();
        List<int[]> marks = new ArrayList<>();
        for (Difference difference : differences) {
            int length = difference.sourceText().codePointCount(0, difference.sourceText().length());
            marks.add(new int[] {difference.sourceOffset(), difference.sourceOffset() + length});
        }
        return "<div class=\"label\">" + escape(label) + "</div><div class=\"passage\">"
                + (from > 0 ? "…" : "") + marked(window, from, to, start, end, marks) + (to < text.length() ? "…" : "")
                + "</div>\n";
    }

    private static List<int[]> quoteDifferences(ClaimResult result) {
        List<int[]> marks = new ArrayList<>();
        result.diagnosis().ifPresent(diagnosis -> diagnosis.differences().forEach(difference -> marks.add(new int[] {
            difference.quoteIndex(),
            difference.quoteIndex() + difference.quoteText().codePointCount(0, difference.quoteText().length())})));
        return marks;
    }

    /**
     * Code points {@code from..to} as HTML, taken from {@code window}, which holds them from
     * {@code from} on: {@code spanStart..spanEnd} in a highlight, the differing stretches marked (an
     * empty stretch, where the other side has extra text, as a thin mark), and invisible characters
     * shown and named.
     */
    private static String marked(int[] window, int from, int to, int spanStart, int spanEnd, List<int[]> differences) {
        StringBuilder html = new StringBuilder();
        for (int i = from; i <= to; i++) {
            for (int[] difference : differences) {
                if (difference[0] == i && difference[1] == i) {
                    html.append("<mark class=\"diff\" title=\"missing here\"></mark>");
                }
            }
            if (i == to) {
                break;
            }
            if (i == spanStart) {
                html.append("<mark class=\"span\">");
            }
            for (int[] difference : differences) {
                if (difference[0] == i && difference[1] > i) {
                    html.append("<mark class=\"diff\">");
                }
            }
            html.append(character(window[i - from]));
            for (int[] difference : differences) {
                if (difference[1] == i + 1 && difference[0] < difference[1]) {
                    html.append("</mark>");
                }
            }
            if (i + 1 == spanEnd) {
                html.append("</mark>");
            }
        }
        return html.toString();
    }

    private static String character(int codePoint) {
        // line breaks and tabs are control characters: shown too, as a chip, so CRLF can be told from LF
        if (codePoint != ' ' && UnicodeNames.invisible(codePoint)) {
            String name = UnicodeNames.name(codePoint);
            String shown = switch (codePoint) {
                case '\n' -> "↵\n";
                case '\r' -> "CR";
                case '\t' -> "TAB";
                case 0x00A0 -> "NBSP";
                default -> String.format("U+%04X", codePoint);
            };
            return "<span class=\"invisible\" title=\"" + escape(name) + "\">" + escape(shown) + "</span>";
        }
        return escape(new String(Character.toChars(codePoint)));
    }

    private static String outlet(ClaimResult claim) {
        return claim.claim().map(Claim::outlet).orElse("(unknown)");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
