package io.github.factmaven.plugin;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.CheckCache;
import io.github.factmaven.validator.CheckResult;
import io.github.factmaven.validator.ClaimResult;
import io.github.factmaven.validator.Dataset;
import io.github.factmaven.validator.Warning;
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
     * Checks the dataset with what the build's {@code fact:check} found (its incremental cache), so
     * that a claim checked before against the same source is not checked again; the cache is read,
     * never written: it is {@code fact:check}'s.
     */
    private CheckResult check() throws MavenReportException {
        Dataset dataset = dataset();
        CheckResult result;
        CheckCache cache = loadCache(dataset);
        try {
            result = checker().withCache(cache).check(dataset);
        } catch (IOException | MojoExecutionException e) {
            throw new MavenReportException("Fact check failed: " + e.getMessage(), e);
        }
        if (cache.claimsReused() > 0) {
            logReuse(cache.claimsReused(), result.claims().size(), cache.sourcesRead());
        }
        getLog().info("Fact check: " + ConsoleReport.summary(result));
        return result;
    }

    /** The page, in Doxia's terms, so it takes the site's skin. */
    private static final class Page extends AbstractMavenReportRenderer {

        private final CheckResult result;

        Page(Sink sink, CheckResult result) {
            super(sink);
            this.result = result;
        }

        @Override
        public String getTitle() {
            return "Fact check";
        }

        @Override
        protected void renderBody() {
            startSection(getTitle());
            paragraph(ConsoleReport.summary(result));
            tallies(
                    "Outlet",
                    result.tallyBy(claim -> claim.claim().map(Claim::outlet).orElse("(not read: an invalid claim)")));
            tallies("Claims file", result.tallyBy(claim -> claim.location().file()));
            if (!result.fileErrors().isEmpty()) {
                startSection("Claims files that cannot be read");
                startTable();
                tableHeader(new String[] {"Where", "Problem"});
                for (Problem problem : result.fileErrors()) {
                    tableRow(new String[] {problem.location().toString(), problem.message()});
                }
                endTable();
                endSection();
            }
            if (!result.failures().isEmpty()) {
                startSection("Failed claims");
                startTable();
                tableHeader(new String[] {"Claim", "Status", "Where", "Why"});
                for (ClaimResult claim : result.failures()) {
                    sink.tableRow();
                    tableCell(ConsoleReport.printable(claim.id().orElse("(no id)")));
                    tableCell(claim.status().label() + " (" + claim.status().name() + ")");
                    tableCell(claim.primaryLocation().toString());
                    sink.tableCell();
                    why(claim.message());
                    sink.tableCell_();
                    sink.tableRow_();
                }
                endTable();
                endSection();
            }
            if (result.hasWarnings()) {
                startSection("Warnings");
                startTable();
                tableHeader(new String[] {"Claim", "Where", "Warning"});
                for (Warning warning : result.warnings()) {
                    tableRow(new String[] {"", warning.location().toString(), warning.message()});
                }
                for (ClaimResult claim : result.claims()) {
                    for (Warning warning : claim.warnings()) {
                        tableRow(new String[] {
                            ConsoleReport.printable(claim.id().orElse("(no id)")),
                            warning.location().toString(),
                            warning.message()
                        });
                    }
                }
                endTable();
                endSection();
            }
            endSection();
        }

        /**
         * A failure's message as text that wraps between words: its first line, then the
         * description of each difference. The console's side-by-side excerpt, whose carets only
         * line up in a fixed-width font, is left out.
         */
        private void why(String message) {
            List<String> lines = message.lines().toList();
            sink.text(lines.isEmpty() ? "" : lines.get(0));
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String detail = line.strip();
                if (detail.isEmpty() || ConsoleReport.isExcerpt(line)) {
                    continue;
                }
                sink.lineBreak();
                sink.text(detail);
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
