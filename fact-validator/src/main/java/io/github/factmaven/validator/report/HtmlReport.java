package io.github.factmaven.validator.report;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.internal.Printable;
import io.github.factmaven.validator.api.CheckDigest;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.Passage;
import io.github.factmaven.validator.api.ReportLayout;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.internal.text.UnicodeNames;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders a check as one self-contained HTML page ({@code report.html}) that opens from disk: no
 * external script, font or style. Counts per outlet and per claims file; the first {@value
 * #LISTED_ATTENTION} failed or warned claims (of claims that share an id or a span, the first {@value
 * #GROUP_LISTED} of each group), and the first {@value #LISTED_VERIFIED} verified ones, with statement, quote, outlet and status (a
 * browser cannot open a page of a million claims; {@code report.json} lists them all); for the first
 * {@value #WITH_PASSAGES} failures, the source passage around the quote with the span highlighted and the differing
 * characters marked, invisible characters shown and named; filters by status and outlet, also from
 * the address ({@code report.html#status=FAILED}). All text is escaped.
 */
public final class HtmlReport {

    /** Verified claims without warnings listed at most: the rest are counted, not shown. */
    static final int LISTED_VERIFIED = 10_000;
    /** Failed or warned claims listed at most: the rest are counted, not shown. */
    static final int LISTED_ATTENTION = 10_000;
    /** Claims of one group (the same id, the same span) listed at most: the rest are counted, not shown. */
    static final int GROUP_LISTED = 10;
    /**
     * Failed claims shown with their source passages at most: the passages of a hundred thousand
     * failures would make a page of gigabytes, and their messages still say where each quote differs.
     */
    static final int WITH_PASSAGES = 5_000;

    /** Claims of a file whose cards are copied, or rendered, together. */
    static final int STRETCH = 100;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private static final String STYLE = """
            :root{--ink:#1d1d1f;--muted:#5f6368;--line:#dadce0;--ok:#1e7b34;--bad:#b3261e;--warn:#b06000;--paper:#f7f7f5}
            body{font:16px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:62rem;padding:1rem 1.5rem 3rem;color:var(--ink)}
            header{border-bottom:1px solid var(--line);margin-bottom:1rem}
            h1{font-size:1.7rem;margin:.6rem 0 .2rem}h1 .dataset{font-weight:400}
            h2{font-size:1.2rem;margin:2rem 0 .5rem}
            .about{color:var(--muted);font-size:.9rem;margin:.2rem 0 .8rem}
            .verdict{font-size:1.15rem;font-weight:600;margin:.8rem 0}.verdict.passed{color:var(--ok)}.verdict.failed{color:var(--bad)}
            .counts span{display:inline-block;margin:0 1.5rem .3rem 0}
            .table-wrap{overflow-x:auto}
            table{border-collapse:collapse;margin:.3rem 0;min-width:20rem}
            td,th{border-bottom:1px solid var(--line);padding:.3rem .8rem;text-align:left;vertical-align:top}
            th{cursor:pointer;user-select:none;white-space:nowrap}th[aria-sort=ascending]::after{content:" \\25B4"}th[aria-sort=descending]::after{content:" \\25BE"}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .filters{position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid var(--line);z-index:1}
            .filters label{margin-right:1rem;white-space:nowrap}select{font:inherit;max-width:100%}
            .claim{border:1px solid var(--line);border-left:6px solid var(--ok);border-radius:6px;margin:1rem 0;padding:.6rem 1rem}
            .claim.failed{border-left-color:var(--bad)}.claim.warned{border-left-color:var(--warn)}
            .status{font-weight:600}.failed .status{color:var(--bad)}.verified .status{color:var(--ok)}.warned .status{color:var(--warn)}
            .code{color:var(--muted);font-size:.8rem;font-family:ui-monospace,monospace}
            .where{color:var(--muted);font-family:ui-monospace,monospace;font-size:.85rem;overflow-wrap:anywhere}
            .outlet{font-style:italic}
            .statement{margin:.4rem 0}
            .quote,.passage{font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;white-space:pre-wrap;overflow-wrap:anywhere;background:var(--paper);padding:.4rem .7rem;border-radius:4px;margin:.1rem 0 .5rem}
            .message{margin:.3rem 0;overflow-wrap:anywhere}.detail{overflow-wrap:anywhere}.detail li{margin:.1rem 0}
            .detail{color:var(--muted);font-size:.9rem}
            .place{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.8rem;color:var(--muted);overflow-wrap:anywhere}
            mark.span{background:#fff3a3}mark.diff{background:#f4b4ae;outline:1px solid var(--bad)}
            .invisible{background:#d2ecfa;color:#01579b;border-radius:2px;font:.7rem ui-monospace,monospace;padding:0 .15em}
            .label{color:var(--muted);font-size:.85rem}
            @media (max-width:40rem){body{padding:.5rem .8rem 2rem;font-size:15px}h1{font-size:1.4rem}.claim{padding:.5rem .7rem}
              table{min-width:0;width:100%}td,th{padding:.3rem .35rem}th.n{white-space:normal}td:first-child{overflow-wrap:anywhere;word-break:break-word}}
            """;

    private static final String SCRIPT = """
            function applyFilters(){
              var s=document.getElementById('status-filter').value,o=document.getElementById('outlet-filter').value;
              var shown=0;
              document.querySelectorAll('.claim').forEach(function(c){
                var ok=(s===''||c.dataset.status===s||(s==='FAILED'&&c.classList.contains('failed'))
                  ||(s==='ATTENTION'&&(c.classList.contains('failed')||c.classList.contains('warned'))))
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
            // a click on a column's head sorts the table by it, a second click the other way
            document.querySelectorAll('table.counts-by th').forEach(function(th,column){
              th.addEventListener('click',function(){
                var table=th.closest('table'),body=table.tBodies[0],down=th.getAttribute('aria-sort')==='ascending';
                table.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});
                th.setAttribute('aria-sort',down?'descending':'ascending');
                var number=th.classList.contains('n');
                Array.from(body.rows).sort(function(a,b){
                  var x=a.cells[column].textContent,y=b.cells[column].textContent;
                  var order=number?x-y:x.localeCompare(y);
                  return down?-order:order;
                }).forEach(function(row){body.appendChild(row);});
              });
            });
            """;

    private HtmlReport() {}

    /**
     * What the page says about the check at its top: which dataset, when, by which version, at
     * which commit.
     *
     * @param dataset     the dataset's name, for example the project's name
     * @param checked     when the check ran
     * @param toolVersion the version of fact-maven that checked
     * @param commit      the commit of the dataset checked, if it is in a git repository
     */
    public record About(String dataset, Instant checked, String toolVersion, Optional<String> commit) {}

    /**
     * @param result a check's result
     * @return the page's HTML text
     */
    public static String toHtml(CheckResult result) {
        return toHtml(result, Optional.empty());
    }

    /**
     * @param result a check's result
     * @param about  what the page's top says of the check, if known
     * @return the page's HTML text
     */
    public static String toHtml(CheckResult result, Optional<About> about) {
        StringWriter html = new StringWriter();
        try {
            render(result, about, html, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return html.toString();
    }

    /**
     * Writes the page as it is made: a page of a million claims is written, not held. The passages
     * of the sources it shows are those the diagnoses took when the sources were checked: no source
     * is read again.
     */
    private static void render(CheckResult result, Optional<About> about, Writer out, Splice splice)
            throws IOException {
        Listing listed = listed(result);
        CheckResult.Summary summary = result.summary();
        String name = about.map(About::dataset).filter(n -> !n.isBlank()).orElse("");
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Fact check")
                .append(name.isEmpty() ? "" : " of " + escape(name))
                .append(": ")
                .append(ConsoleReport.count(summary.claims(), "claim"))
                .append(", ")
                .append(summary.failed())
                .append(" failed</title>\n<style>")
                .append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>Fact check")
                .append(name.isEmpty() ? "" : "<span class=\"dataset\">: " + escape(name) + "</span>")
                .append("</h1>\n");
        about.ifPresent(a -> html.append("<p class=\"about\">Checked ")
                .append(escape(WHEN.format(a.checked())))
                .append(" · fact-maven ")
                .append(escape(a.toolVersion()))
                .append(a.commit()
                        .map(commit -> " · commit <code>" + escape(commit) + "</code>")
                        .orElse(""))
                .append("</p>\n"));
        boolean passed = summary.failed() == 0 && summary.fileErrors() == 0;
        html.append("<p class=\"verdict ")
                .append(passed ? "passed\">" : "failed\">")
                .append(passed ? verdictOfSuccess(summary) : verdictOfFailure(summary))
                .append("</p>\n</header>\n<p class=\"counts\">")
                .append(count("claims", summary.claims(), "claim", "claims"))
                .append(count("verified", summary.verified(), "verified", "verified"))
                .append(count("failed", summary.failed(), "failed", "failed"))
                .append(summary.failed() == 0 ? "" : troubleCounts(summary))
                .append(count("warnings", summary.warnings(), "warning", "warnings"))
                .append(count("file-errors", summary.fileErrors(), "file error", "file errors"))
                .append("</p>\n");
        html.append("<h2>By outlet</h2>\n").append(table("by-outlet", "outlet", result.tallyByOutlet(), Map.of()));
        Map<String, Integer> errorsByFile = new TreeMap<>();
        result.fileErrors()
                .forEach(problem -> errorsByFile.merge(problem.location().file(), 1, Integer::sum));
        html.append("<h2>By file</h2>\n").append(table("by-file", "claims file", result.tallyByFile(), errorsByFile));
        if (!result.fileErrors().isEmpty()) {
            html.append("<h2>Files that cannot be used</h2>\n<ul id=\"file-errors\">\n");
            for (Problem problem : result.fileErrors()) {
                html.append("<li><span class=\"where\">")
                        .append(escape(problem.location().toString()))
                        .append("</span> ")
                        .append(explained(problem.message(), "message", Set.of(), false))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        if (!result.warnings().isEmpty()) {
            html.append("<h2>Warnings about the dataset</h2>\n<ul id=\"dataset-warnings\">\n");
            for (Warning warning : result.warnings()) {
                html.append("<li class=\"")
                        .append(warning.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                        .append("\"><span class=\"where\">")
                        .append(escape(warning.location().toString()))
                        .append("</span> ")
                        .append(explained(warning.message(), "message", Set.of(), false))
                        .append("</li>\n");
            }
            html.append("</ul>\n");
        }
        List<ClaimResult> claims = result.claims();
        int attention = result.needingAttention().size();
        long unlisted = claims.size() - attention - listed.verified();
        long unlistedAttention = attention - listed.attentionListed();
        html.append(filters(result, listed.indices().length));
        if (unlisted > 0) {
            html.append("<p id=\"unlisted\" class=\"label\">")
                    .append(unlisted)
                    .append(" more verified claims without warnings are counted above but not listed, so that a"
                            + " browser can open this page; report.json lists every claim.</p>\n");
        }
        if (unlistedAttention > 0) {
            html.append("<p id=\"unlisted-attention\" class=\"label\">")
                    .append(unlistedAttention)
                    .append(" more failed or warned claims are counted above but not listed: the first "
                            + LISTED_ATTENTION
                            + " are, and of claims that share an id or a span, the first "
                            + GROUP_LISTED
                            + " of each group; report.json lists every claim and every group.</p>\n");
        }
        html.append("<section id=\"claims\">\n");
        out.append(html);
        cards(result, listed, out, splice);
        out.append("</section>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    /**
     * The cards of the listed claims, claims file by claims file, in stretches of {@value #STRETCH}
     * claims of a file: a stretch whose results are as they were and that lists the same claims as
     * before (the same places, the same with passages) has its cards copied from the page written
     * before; any other's are rendered, its file's claims read if it lists verified ones. A source
     * edited under one claim re-renders that claim's stretch, not its file's thousands of cards.
     */
    private static void cards(CheckResult result, Listing listed, Writer out, Splice splice) throws IOException {
        int[] indices = listed.indices();
        int k = 0;
        int offset = 0;
        for (CheckResult.Part part : result.parts()) {
            int end = offset + part.size();
            while (k < indices.length && indices[k] < end) {
                int stretch = (indices[k] - offset) / STRETCH;
                int stretchEnd = Math.min(end, offset + (stretch + 1) * STRETCH);
                int from = k;
                while (k < indices.length && indices[k] < stretchEnd) {
                    k++;
                }
                long signature = listed.signature(from, k, offset);
                Optional<ReportLayout.Span> kept = splice == null
                        ? Optional.empty()
                        : splice.kept(part, stretch, stretch * STRETCH, stretchEnd - offset)
                                .filter(span -> span.signature() == signature);
                String key = Splice.stretchKey(part.file(), stretch);
                if (splice != null) {
                    out.flush();
                }
                if (kept.isPresent()) {
                    splice.copy(key, kept.get());
                    continue;
                }
                if (splice != null) {
                    splice.startsHere();
                }
                for (int j = from; j < k; j++) {
                    ClaimResult claim = listed.attention()[j] != null
                            ? listed.attention()[j]
                            : part.claims().get(indices[j] - offset);
                    out.append(claim(
                            claim,
                            listed.withPassages().get(j)
                                    ? passages(claim, claim.diagnosis().orElseThrow())
                                    : ""));
                }
                if (splice != null) {
                    out.flush();
                    splice.endsHere(key, signature);
                }
            }
            offset = end;
        }
    }

    /**
     * Which claims the page lists: the first {@value #LISTED_ATTENTION} failed or warned claims, but
     * those of a group past its first {@value #GROUP_LISTED}, and the first {@value #LISTED_VERIFIED}
     * verified claims without warnings; and which of them show the passages of their sources (the
     * first {@value #WITH_PASSAGES} failed ones with a diagnosis). Found from the result's claims
     * needing attention and their places, without reading any claim.
     */
    private static Listing listed(CheckResult result) {
        List<ClaimResult> needingAttention = result.needingAttention();
        int[] attentionAt = result.needingAttentionIndices();
        Map<Location, ClaimGroup> groupOf = result.groupsByMember();
        Map<ClaimGroup, Integer> listedOfGroup = new IdentityHashMap<>();
        // the claims needing attention that are listed, and the first verified ones: both ascending,
        // merged into one listing in the order of the claims
        int[] attentionListed = new int[Math.min(needingAttention.size(), LISTED_ATTENTION)];
        int attention = 0;
        for (int k = 0; k < needingAttention.size() && attention < LISTED_ATTENTION; k++) {
            ClaimGroup group = groupOf.get(needingAttention.get(k).location());
            if (group == null || listedOfGroup.merge(group, 1, Integer::sum) <= GROUP_LISTED) {
                attentionListed[attention++] = k;
            }
        }
        int claims = result.claims().size();
        int[] verifiedListed = new int[Math.min(claims - attentionAt.length, LISTED_VERIFIED)];
        int verified = 0;
        for (int i = 0, k = 0; i < claims && verified < verifiedListed.length; i++) {
            if (k < attentionAt.length && attentionAt[k] == i) {
                k++;
            } else {
                verifiedListed[verified++] = i;
            }
        }
        int[] indices = new int[attention + verified];
        ClaimResult[] results = new ClaimResult[indices.length];
        BitSet withPassages = new BitSet();
        for (int k = 0, a = 0, v = 0; k < indices.length; k++) {
            boolean attentionNext =
                    a < attention && (v == verified || attentionAt[attentionListed[a]] < verifiedListed[v]);
            if (attentionNext) {
                ClaimResult claim = needingAttention.get(attentionListed[a]);
                indices[k] = attentionAt[attentionListed[a++]];
                results[k] = claim;
                if (!claim.verified() && claim.diagnosis().isPresent() && withPassages.cardinality() < WITH_PASSAGES) {
                    withPassages.set(k);
                }
            } else {
                indices[k] = verifiedListed[v++];
            }
        }
        return new Listing(indices, results, withPassages, verified, attention);
    }

    /**
     * The claims a page lists.
     *
     * @param indices      their indices in the result, ascending
     * @param attention    for each, its result if it needs attention; null for a claim verified without a warning
     * @param withPassages which of them show the passages of their sources
     * @param verified     how many of them are verified without warnings
     * @param attentionListed how many of them failed or have a warning
     */
    private record Listing(
            int[] indices, ClaimResult[] attention, BitSet withPassages, int verified, int attentionListed) {

        /** What decides the cards of the listed claims from {@code from} to {@code to}, all of one part at {@code offset}. */
        long signature(int from, int to, int offset) {
            long signature = to - from;
            for (int j = from; j < to; j++) {
                signature =
                        signature * 0x9E3779B97F4A7C15L + (indices[j] - offset) * 2L + (withPassages.get(j) ? 1 : 0);
            }
            return signature;
        }
    }

    /**
     * Writes the page, creating its directory.
     *
     * @param result a check's result
     * @param file   where to write, for example {@code target/fact-check/report.html}
     * @throws IOException if the file cannot be written
     */
    public static void write(CheckResult result, Path file) throws IOException {
        write(result, Optional.empty(), file);
    }

    /**
     * Writes the page, creating its directory.
     *
     * @param result a check's result
     * @param about  what the page's top says of the check, if known
     * @param file   where to write, for example {@code target/fact-check/report.html}
     * @throws IOException if the file cannot be written
     */
    public static void write(CheckResult result, Optional<About> about, Path file) throws IOException {
        write(result, about, file, ReportLayout.NONE);
    }

    /**
     * Writes the page over the one written before, creating its directory: the cards of a
     * {@linkplain CheckResult.Part#kept() kept} part that lists the same claims as before are
     * copied from the page written before, where its layout says they are, instead of rendered again.
     *
     * @param result a check's result
     * @param about  what the page's top says of the check, if known
     * @param file   where to write, for example {@code target/fact-check/report.html}
     * @param before the layout of the page now at {@code file}, as this method returned it when it
     *               wrote it; {@link ReportLayout#NONE} if there is none, or it may have changed since
     * @return the layout of the page written
     * @throws IOException if the file cannot be written
     */
    public static ReportLayout write(CheckResult result, Optional<About> about, Path file, ReportLayout before)
            throws IOException {
        return Splice.write(file, before, (text, splice) -> render(result, about, text, splice));
    }

    private static String verdictOfSuccess(CheckResult.Summary summary) {
        return summary.claims() == 0
                ? "No claims were checked"
                : (summary.claims() == 1 ? "The claim is" : "All " + summary.claims() + " claims are")
                        + " supported by their sources, word for word";
    }

    /**
     * What kinds of trouble the failed claims are in, as the console says it: a quote that differs, an
     * offset to fill in and a missing source are not a false claim, and the headline does not say so.
     */
    private static String verdictOfFailure(CheckResult.Summary summary) {
        List<String> parts = new ArrayList<>();
        if (summary.failed() > 0) {
            parts.add(ConsoleReport.troubles(summary));
        }
        if (summary.fileErrors() > 0) {
            parts.add(ConsoleReport.count(summary.fileErrors(), "file") + " cannot be used");
        }
        String verdict = String.join("; ", parts);
        return verdict.isEmpty() ? verdict : Character.toUpperCase(verdict.charAt(0)) + verdict.substring(1);
    }

    /** The failed claims counted by kind of trouble, those there are. */
    private static String troubleCounts(CheckResult.Summary summary) {
        return (summary.quotes() == 0 ? "" : count("quotes", summary.quotes(), "quote differs", "quotes differ"))
                + (summary.incomplete() == 0
                        ? ""
                        : count(
                                "incomplete",
                                summary.incomplete(),
                                "to complete (mvn fact:fix)",
                                "to complete (mvn fact:fix)"))
                + (summary.uncheckable() == 0
                        ? ""
                        : count("uncheckable", summary.uncheckable(), "cannot be checked", "cannot be checked"));
    }

    private static String count(String id, int value, String one, String many) {
        return "<span><strong id=\"count-" + id + "\">" + value + "</strong> " + (value == 1 ? one : many) + "</span>";
    }

    /**
     * Counts per group, with a column of file errors where there are any: a claims file that cannot
     * be read is a row too, with no claims, so the table lists every file.
     */
    private static String table(
            String id, String what, Map<String, CheckResult.Tally> groups, Map<String, Integer> errors) {
        boolean withErrors = !errors.isEmpty();
        StringBuilder table = new StringBuilder("<div class=\"table-wrap\"><table class=\"counts-by\" id=\"")
                .append(id)
                .append("\"><thead><tr><th>")
                .append(what)
                .append("</th><th class=\"n\">claims</th><th class=\"n\">verified</th>" + "<th class=\"n\">failed</th>")
                .append(withErrors ? "<th class=\"n\">file errors</th>" : "")
                .append("</tr></thead><tbody>\n");
        Map<String, CheckResult.Tally> rows = new TreeMap<>(groups);
        errors.keySet().forEach(file -> rows.putIfAbsent(file, new CheckResult.Tally(0, 0, 0)));
        rows.forEach((name, tally) -> {
            // a path breaks after its slashes first, where a reader expects a line to end
            table.append("<tr><td>")
                    .append(escape(name).replace("/", "/<wbr>"))
                    .append("</td><td class=\"n\">")
                    .append(tally.claims())
                    .append("</td><td class=\"n\">")
                    .append(tally.verified())
                    .append("</td><td class=\"n\">")
                    .append(tally.failed())
                    .append("</td>");
            if (withErrors) {
                table.append("<td class=\"n\">")
                        .append(errors.getOrDefault(name, 0))
                        .append("</td>");
            }
            table.append("</tr>\n");
        });
        return table.append("</tbody></table></div>\n").toString();
    }

    private static String filters(CheckResult result, long shown) {
        // every claim that is not verified needs attention: the statuses are theirs, and VERIFIED
        TreeSet<String> statuses = new TreeSet<>();
        result.needingAttention().forEach(claim -> statuses.add(claim.status().name()));
        if (result.summary().verified() > 0) {
            statuses.add(Status.VERIFIED.name());
        }
        Set<String> outlets = result.tallyByOutlet().keySet();
        // the page opens on what needs attention, failed or warned claims, with the rest a click away
        boolean attention = !result.needingAttention().isEmpty();
        StringBuilder html = new StringBuilder("<h2>Claims</h2>\n<div class=\"filters\">"
                + "<label>Status <select id=\"status-filter\"><option value=\"\">all</option>"
                + (attention ? "<option value=\"ATTENTION\" selected>needs attention</option>" : "")
                + "<option value=\"FAILED\">failed</option>");
        statuses.forEach(status -> html.append("<option value=\"")
                .append(status)
                .append("\">")
                .append(escape(Status.valueOf(status).label()))
                .append("</option>"));
        html.append("</select></label> <label>Outlet <select id=\"outlet-filter\"><option value=\"\">all</option>");
        outlets.forEach(outlet -> html.append("<option value=\"")
                .append(escape(outlet))
                .append("\">")
                .append(escape(outlet))
                .append("</option>"));
        return html.append("</select></label> <span class=\"label\"><span id=\"shown\">")
                .append(shown)
                .append("</span> shown</span></div>\n")
                .toString();
    }

    private static String claim(ClaimResult result, String passages) {
        Optional<Claim> claim = result.claim();
        boolean warned = result.verified() && !result.warnings().isEmpty();
        String state = result.verified() ? (warned ? "verified warned" : "verified") : "failed";
        StringBuilder html = new StringBuilder("<article class=\"claim ")
                .append(state)
                .append("\" data-status=\"")
                .append(result.status().name())
                .append("\" data-outlet=\"")
                .append(escape(outlet(result)))
                .append("\">\n<div><span class=\"status\">")
                .append(escape(result.status().label()))
                .append(warned ? ", with a warning" : "")
                .append("</span> <span class=\"code\">")
                .append(result.status().name())
                .append("</span></div>\n<div><strong class=\"id\">")
                .append(escape(Printable.escape(result.id().orElse("(no id)"))))
                .append("</strong> ")
                .append("<span class=\"where\">")
                .append(escape(result.primaryLocation().toString()))
                .append("</span>");
        claim.ifPresent(c -> html.append(" · <span class=\"outlet\">")
                .append(escape(c.outlet()))
                .append("</span>"));
        html.append("</div>\n");
        claim.ifPresent(c -> html.append("<p class=\"statement\">")
                .append(escape(c.statement()))
                .append("</p>\n")
                .append("<div class=\"label\">quote</div><div class=\"quote\">")
                .append(marked(
                        c.quote().codePoints().toArray(),
                        0,
                        c.quote().codePointCount(0, c.quote().length()),
                        -1,
                        -1,
                        quoteDifferences(result)))
                .append("</div>\n"));
        if (!result.verified()) {
            html.append(explained(
                    result.message(),
                    "message",
                    result.diagnosis().map(Diagnosis::excerptLines).orElse(Set.of()),
                    !passages.isEmpty()));
            html.append(passages);
        }
        for (Warning warning : result.warnings()) {
            html.append(explained(warning.message(), "message warning", Set.of(), false));
        }
        return html.append("</article>\n").toString();
    }

    /**
     * A message as a reader wants it: its first line, then its details. Where the page shows the
     * passage with the differences marked, the console's side-by-side excerpt and its carets are
     * left out, as the page says it better; the description of each difference stays.
     */
    private static String explained(String message, String cssClass, Set<String> excerptLines, boolean passageShown) {
        List<String> lines = message.lines().toList();
        StringBuilder html = new StringBuilder("<div class=\"")
                .append(cssClass)
                .append("\">")
                .append(escape(lines.isEmpty() ? "" : lines.get(0)))
                .append("</div>\n");
        List<String> details = new ArrayList<>();
        List<String> places = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            boolean excerpt = excerptLines.contains(line);
            if (passageShown && excerpt) {
                continue;
            }
            // an indented "kind: what differs" line is a detail; the rest is shown as written
            if (!excerpt && line.startsWith("  ") && line.strip().matches("^[\\p{L} ]+: .*")) {
                details.add(line.strip());
            } else {
                places.add(line);
            }
        }
        if (!details.isEmpty()) {
            html.append("<ul class=\"detail\">");
            details.forEach(detail -> html.append("<li>").append(escape(detail)).append("</li>"));
            html.append("</ul>\n");
        }
        if (!places.isEmpty()) {
            html.append("<div class=\"place\">")
                    .append(escape(String.join("\n", places)))
                    .append("</div>\n");
        }
        return html.toString();
    }

    /** The source around the quote: where the claim points, and where the quote or its closest passage is. */
    private static String passages(ClaimResult result, Diagnosis diagnosis) {
        StringBuilder html = new StringBuilder();
        if (diagnosis.aroundFound().isPresent()) {
            SourcePosition at = diagnosis.found().get(0);
            String label = result.status() == Status.QUOTE_MISMATCH || result.status() == Status.NOT_FOUND
                    ? "closest passage in "
                    : result.status() == Status.CONTEXT_MISMATCH ? "the text beside the quote in " : "the quote in ";
            html.append(passage(
                    label + diagnosis.source() + ", line " + at.line() + ", column " + at.column(),
                    diagnosis.aroundFound().get(),
                    diagnosis.differences()));
        }
        if (diagnosis.aroundOffset().isPresent() && result.status() != Status.IN_OTHER_SOURCE) {
            Passage atOffset = diagnosis.aroundOffset().get();
            html.append(passage(
                    "at the claim's offset " + atOffset.start() + " in " + diagnosis.source(), atOffset, List.of()));
        }
        return html.toString();
    }

    private static String passage(String label, Passage passage, List<Difference> differences) {
        int[] window = passage.text().codePoints().toArray();
        int from = passage.from();
        int to = from + window.length;
        List<int[]> marks = new ArrayList<>();
        for (Difference difference : differences) {
            int length = difference
                    .sourceText()
                    .codePointCount(0, difference.sourceText().length());
            marks.add(new int[] {difference.sourceOffset(), difference.sourceOffset() + length});
        }
        return "<div class=\"label\">" + escape(label) + "</div><div class=\"passage\">"
                + (from > 0 ? "…" : "") + marked(window, from, to, passage.start(), passage.end(), marks)
                + (passage.atEnd() ? "" : "…")
                + "</div>\n";
    }

    private static List<int[]> quoteDifferences(ClaimResult result) {
        List<int[]> marks = new ArrayList<>();
        if (result.status() == Status.CONTEXT_MISMATCH) {
            return marks; // the differences are the prefix's or suffix's, not the quote's
        }
        result.diagnosis()
                .ifPresent(diagnosis -> diagnosis
                        .differences()
                        .forEach(difference -> marks.add(new int[] {
                            difference.quoteIndex(),
                            difference.quoteIndex()
                                    + difference
                                            .quoteText()
                                            .codePointCount(
                                                    0, difference.quoteText().length())
                        })));
        return marks;
    }

    /**
     * Code points {@code from..to} as HTML, taken from {@code window}, which holds them from
     * {@code from} on: {@code spanStart..spanEnd} in a highlight, the differing stretches marked (an
     * empty stretch, where the other side has extra text, as a thin mark), and invisible characters
     * shown and named.
     */
    private static String marked(int[] window, int from, int to, int spanStart, int spanEnd, List<int[]> differences) {
        StringBuilder html = new StringBuilder(2 * (to - from) + 16);
        if (differences.isEmpty() && spanStart < from && spanEnd < from) {
            // a verified claim's quote, as most cards show: its characters alone
            for (int i = from; i < to; i++) {
                character(html, window[i - from]);
            }
            return html.toString();
        }
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
            character(html, window[i - from]);
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

    /** Appends a code point as HTML: escaped, or, if it cannot be seen, as a chip that names it. */
    private static void character(StringBuilder html, int codePoint) {
        // letters, digits and punctuation of ASCII, as most of a quote is, need no lookup
        if (codePoint > ' ' && codePoint < 0x7F) {
            escape(html, (char) codePoint);
            return;
        }
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
            html.append("<span class=\"invisible\" title=\"")
                    .append(escape(name))
                    .append("\">")
                    .append(escape(shown))
                    .append("</span>");
            return;
        }
        html.appendCodePoint(codePoint);
    }

    private static String outlet(ClaimResult claim) {
        return claim.claim().map(Claim::outlet).orElse(CheckDigest.NO_OUTLET);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            escape(out, text.charAt(i));
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, char c) {
        switch (c) {
            case '&' -> out.append("&amp;");
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&#39;");
            default -> out.append(c);
        }
    }
}
