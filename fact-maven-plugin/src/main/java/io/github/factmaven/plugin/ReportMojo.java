package io.github.factmaven.plugin;

import io.github.factmaven.validator.IncrementalCheck;
import io.github.factmaven.validator.api.CheckDigest;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.report.ConsoleReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReportRenderer;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Fact check" page of the project's site ({@code mvn site}), as the checkstyle and JaCoCo
 * plugins add theirs: the counts per outlet and per claims file, and every failure and warning
 * with where to fix it. Declare the plugin in the pom's {@code <reporting>} section. The page
 * reports; it never fails the build ({@code fact:check} does).
 *
 * <p>The goal implements the reporting API itself rather than extend maven-reporting-impl's
 * {@code AbstractMavenReport}, whose members name classes of the Doxia 2 site renderer: the site
 * plugin 3.3 that Maven 3.8 runs by default cannot even load such a report, while this one it
 * renders like any other. Run on its own ({@code mvn fact:report}), the goal writes the page,
 * without a site's skin, to the reporting output directory.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractCheckingMojo implements MavenMultiPageReport {

    /** Where the page goes when the goal runs on its own; the site plugin says where when it runs the goal. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    /**
     * A project without a claims directory (a parent, a module that is not a dataset) has no page,
     * and the site is built without it; a skipped report neither.
     */
    @Override
    public boolean canGenerateReport() {
        return !skip() && Files.isDirectory(dataset().claimsDirectory());
    }

    @Override
    public String getOutputName() {
        return "fact-check";
    }

    @Override
    public String getName(Locale locale) {
        return "Fact check";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Every claim of the dataset checked against its source: what failed, and why.";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.outputDirectory = directory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    /** The page on its own, as {@code mvn fact:report} makes it: plain XHTML, without a site's skin. */
    @Override
    public void execute() throws MojoExecutionException {
        if (skipped("Fact check page") || noClaimsDirectory("Fact check page", "")) {
            return;
        }
        try {
            generate(new Xhtml5SinkFactory().createSink(outputDirectory, getOutputName() + ".html"), null, Locale.ROOT);
        } catch (IOException | MavenReportException e) {
            throw new MojoExecutionException("Cannot write the Fact check page: " + e.getMessage(), e);
        }
        getLog().info("Fact check page written to " + new File(outputDirectory, getOutputName() + ".html"));
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    @Override
    public void generate(Sink sink, SinkFactory sinkFactory, Locale locale) throws MavenReportException {
        try {
            new Page(sink, check()).render();
        } finally {
            sink.close();
        }
    }

    /**
     * The result the page shows: the last {@code fact:check}'s, when the claims, sources, registry
     * and settings it read are as they were (as in {@code mvn verify site}); otherwise the dataset
     * checked with what that check found (its incremental cache), so that a claim checked before
     * against the same source is not checked again. The cache and the record are read, never
     * written: they are {@code fact:check}'s.
     */
    private Shown check() throws MavenReportException {
        Dataset dataset = dataset();
        IncrementalCheck.Told told;
        try {
            told = new IncrementalCheck(checker(), cacheFile().toPath())
                    .withNotices(getLog()::warn)
                    .current(dataset, resultSettings(dataset));
        } catch (IOException | MojoExecutionException e) {
            throw new MavenReportException("Fact check failed: " + e.getMessage(), e);
        }
        if (told.result().isEmpty()) {
            getLog().info("Nothing changed since the last fact check (claims, sources, registry, settings): "
                    + "the page shows its result");
        } else if (told.claimsReused() > 0) {
            logReuse(told.claimsReused(), told.outcome().claims(), told.sourcesRead());
        }
        getLog().info("Fact check: " + told.outcome().summary());
        return new Shown(told.outcome().summary(), told.digest());
    }

    /** What the page shows: the counts in a line, and the digest of the result. */
    private record Shown(String summary, CheckDigest digest) {}

    /** The page, in Doxia's terms, so it takes the site's skin. */
    private static final class Page extends AbstractMavenReportRenderer {

        private final Shown shown;

        Page(Sink sink, Shown shown) {
            super(sink);
            this.shown = shown;
        }

        @Override
        public String getTitle() {
            return "Fact check";
        }

        @Override
        protected void renderBody() {
            CheckDigest digest = shown.digest();
            startSection(getTitle());
            paragraph(shown.summary());
            tallies("Outlet", digest.byOutlet());
            tallies("Claims file", digest.byFile());
            if (!digest.fileErrors().isEmpty()) {
                startSection("Claims files that cannot be read");
                startTable();
                tableHeader(new String[] {"Where", "Problem"});
                for (CheckDigest.Entry problem : digest.fileErrors()) {
                    tableRow(new String[] {problem.where(), problem.message()});
                }
                endTable();
                endSection();
            }
            if (!digest.failures().isEmpty()) {
                startSection("Failed claims");
                startTable();
                tableHeader(new String[] {"Claim", "Status", "Where", "Why"});
                for (CheckDigest.Entry claim : digest.failures()) {
                    sink.tableRow();
                    tableCell(ConsoleReport.printable(claim.claim()));
                    tableCell(claim.status());
                    tableCell(claim.where());
                    sink.tableCell();
                    why(claim.message());
                    sink.tableCell_();
                    sink.tableRow_();
                }
                endTable();
                endSection();
            }
            if (!digest.warnings().isEmpty()) {
                startSection("Warnings");
                startTable();
                tableHeader(new String[] {"Claim", "Where", "Warning"});
                for (CheckDigest.Entry warning : digest.warnings()) {
                    tableRow(new String[] {ConsoleReport.printable(warning.claim()), warning.where(), warning.message()
                    });
                }
                endTable();
                endSection();
            }
            endSection();
        }

        /**
         * A failure's message as text that wraps between words: its first line, then the
         * description of each difference. The digest has left out the console's side-by-side
         * excerpt, whose carets only line up in a fixed-width font.
         */
        private void why(String message) {
            List<String> lines = message.lines().toList();
            sink.text(lines.isEmpty() ? "" : lines.get(0));
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String detail = line.strip();
                if (!detail.isEmpty()) {
                    sink.lineBreak();
                    sink.text(detail);
                }
            }
        }

        private void tallies(String what, Map<String, CheckResult.Tally> tallies) {
            startSection("By " + what.toLowerCase(Locale.ROOT));
            startTable();
            tableHeader(new String[] {what, "Claims", "Verified", "Failed"});
            tallies.forEach((name, tally) -> tableRow(new String[] {
                name, String.valueOf(tally.claims()), String.valueOf(tally.verified()), String.valueOf(tally.failed())
            }));
            endTable();
            endSection();
        }
    }
}
