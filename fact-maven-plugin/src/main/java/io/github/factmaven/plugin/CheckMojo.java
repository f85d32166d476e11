package io.github.factmaven.plugin;

import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.IncrementalCheck;
import io.github.factmaven.validator.api.CheckOutcome;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.ReportLayout;
import io.github.factmaven.validator.report.HtmlReport;
import io.github.factmaven.validator.report.JUnitReport;
import io.github.factmaven.validator.report.JsonReport;
import io.github.factmaven.validator.report.SarifReport;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Checks that every claim of the dataset quotes its source exactly, at its offset, and that the
 * sources registry pins each source's bytes and outlet. Logs each problem as
 * {@code path:line:column: [claim-id] message}, warns about unregistered sources, duplicate spans
 * and names spelled in near-identical ways, writes the reports (JSON, SARIF, JUnit XML, HTML), and
 * fails the build if any claim or dataset file failed.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractCheckingMojo {

    /** Fails the build when a claim or a claims file fails; when false, problems are only logged and reported. */
    @Parameter(property = "fact.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * Fails the build on warnings too, such as a verified quote that occurs several times in its
     * source without a prefix or suffix to tell which occurrence is meant.
     */
    @Parameter(property = "fact.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /**
     * Fails the build when names are spelled in near-identical ways across the sources and quotes
     * ("Koprikin" and "Kopyrkin"); by default they are warnings, an editor's list of discrepancies.
     */
    @Parameter(property = "fact.failOnVariants", defaultValue = "false")
    private boolean failOnVariants;

    /**
     * Fails the build when the claims directory does not exist. By default such a module is
     * skipped with one line, as surefire skips a module without tests, so that the plugin can be
     * declared once in a parent POM whose modules are not all datasets.
     */
    @Parameter(property = "fact.failIfNoClaims", defaultValue = "false")
    private boolean failIfNoClaims;

    /**
     * The directory the paths of {@code report.sarif} are relative to. GitHub code scanning
     * resolves them from the root of the repository, so by default this is the nearest directory,
     * from the project upwards, that holds {@code .git}; the project directory if there is none.
     */
    @Parameter(property = "fact.repositoryRoot")
    private File repositoryRoot;

    /** Where the reports are written. */
    @Parameter(property = "fact.reportDirectory", defaultValue = "${project.build.directory}/fact-check")
    private File reportDirectory;

    /**
     * The reports to write, comma-separated: {@code json} (report.json), {@code sarif} (report.sarif,
     * for GitHub code scanning and IDEs), {@code junit} (TEST-claims.xml, for CI test views) and
     * {@code html} (report.html, a page to read).
     */
    @Parameter(property = "fact.formats", defaultValue = "json,sarif,junit,html")
    private List<String> formats;

    /**
     * Reuses what the last check found: when nothing it reads has changed (claims files, sources,
     * registry, plugin version, parameters) and its reports are still there, its result stands and
     * is told again without checking; otherwise claims checked before against the same source
     * content are not checked again (a failure keeps its diagnosis), and unchanged sources are not
     * read. Set to false to check everything from scratch.
     */
    @Parameter(property = "fact.incremental", defaultValue = "true")
    private boolean incremental;

    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    @Parameter(defaultValue = "${maven.version}", readonly = true)
    private String mavenVersion;

    @Parameter(defaultValue = "${project.name}", readonly = true)
    private String projectName;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("Fact check")) {
            return;
        }
        if (project != null && mavenVersion != null) {
            SitePluginAdvice.of(project, mavenVersion).ifPresent(getLog()::warn);
        }
        Set<ReportFormat> reports = EnumSet.noneOf(ReportFormat.class);
        try {
            formats.stream()
                    .filter(name -> !name.isBlank())
                    .map(ReportFormat::of)
                    .forEach(reports::add);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("fact.formats: " + e.getMessage(), e);
        }
        FactChecker checker = checker();
        Dataset dataset = dataset();
        if (failIfNoClaims && !Files.isDirectory(dataset.claimsDirectory())) {
            fail("Fact check failed: " + missingClaimsDirectory() + " (fact.failIfNoClaims)");
            return;
        }
        if (noClaimsDirectory("Fact check", "set fact.failIfNoClaims to fail instead")) {
            return;
        }
        Path directory = reportDirectory.toPath();
        IncrementalCheck.Told told;
        Instant started = Instant.now();
        try {
            told = incrementalCheck(checker.withProgress(new ProgressLog(getLog())))
                    .check(dataset, settings(dataset, reports), reports(reports, directory, dataset, started));
        } catch (IncrementalCheck.ReportNotWritten e) {
            throw new MojoExecutionException(
                    "Cannot write the fact check report " + e.file() + ": "
                            + e.getCause().getMessage(),
                    e.getCause());
        } catch (IOException e) {
            fail("Fact check failed: " + e.getMessage());
            return;
        }
        CheckOutcome outcome = told.outcome();
        if (told.result().isEmpty()) {
            logReuse(outcome.claims(), outcome.claims(), 0);
            getLog().info("Nothing changed since the last check (claims, sources, registry, settings): "
                    + "its result stands, and its reports are left as they are");
        } else if (told.claimsReused() > 0) {
            logReuse(told.claimsReused(), outcome.claims(), told.sourcesRead());
        }
        outcome.problemLines().forEach(getLog()::error);
        outcome.warningLines().forEach(getLog()::warn);
        String summary = "Fact check: " + outcome.summary()
                + (reports.isEmpty()
                        ? ""
                        : "; reports in " + dataset.displayName(directory) + ": "
                                + reports.stream().map(ReportFormat::fileName).collect(Collectors.joining(", ")));
        if (!outcome.passed()) {
            fail(summary);
        } else if (failOnWarning && outcome.warned()) {
            fail(summary + " (fact.failOnWarning)");
        } else if (failOnVariants && outcome.spellingVariants()) {
            fail(summary + " (fact.failOnVariants: names spelled in near-identical ways)");
        } else {
            getLog().info(summary);
        }
    }

    /** The check, keeping what it found for the next unless {@code fact.incremental} is false. */
    private IncrementalCheck incrementalCheck(FactChecker checker) {
        return incremental
                ? new IncrementalCheck(checker, cacheFile().toPath()).withNotices(getLog()::warn)
                : IncrementalCheck.fromScratch(checker);
    }

    /** The reports asked for, in the order of their formats. */
    private List<IncrementalCheck.Report> reports(
            Set<ReportFormat> formats, Path directory, Dataset dataset, Instant started) {
        return formats.stream()
                .map(format -> {
                    Path file = directory.resolve(format.fileName());
                    return new IncrementalCheck.Report(
                            file, (result, before) -> writeReport(format, result, before, started, dataset, file));
                })
                .toList();
    }

    /**
     * Writes one report; those that list claims file by claims file copy the parts of the files
     * whose results were kept from the report written before.
     */
    private ReportLayout writeReport(
            ReportFormat format, CheckResult result, ReportLayout before, Instant started, Dataset dataset, Path file)
            throws IOException {
        switch (format) {
            case JSON -> {
                return JsonReport.write(result, file, before);
            }
            case SARIF -> SarifReport.write(result, dataset.baseDirectory(), sarifRoot(dataset), pluginVersion(), file);
            case JUNIT -> {
                return JUnitReport.write(
                        result,
                        Optional.of(new JUnitReport.Run(started, Duration.between(started, Instant.now()), hostname())),
                        file,
                        before);
            }
            case HTML -> {
                return HtmlReport.write(
                        result,
                        Optional.of(new HtmlReport.About(
                                projectName == null ? "" : projectName,
                                started,
                                pluginVersion(),
                                GitCommit.of(sarifRoot(dataset)))),
                        file,
                        before);
            }
        }
        return ReportLayout.NONE;
    }

    /** The folder report paths start from: the repository's root, unless the parameter says otherwise. */
    private Path sarifRoot(Dataset dataset) {
        return repositoryRoot == null
                ? SarifReport.repositoryRootOf(dataset.baseDirectory())
                : repositoryRoot.toPath().toAbsolutePath().normalize();
    }

    /** The machine's name for the JUnit report; a name that cannot be found is no reason to fail. */
    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException | RuntimeException e) {
            return "localhost";
        }
    }

    /** What decides the check's result, then what decides only its reports, on lines of their own. */
    private String settings(Dataset dataset, Set<ReportFormat> reports) {
        return String.join(
                "\n",
                resultSettings(dataset),
                "reports " + reportDirectory.getAbsolutePath() + " " + reports,
                "repository " + sarifRoot(dataset));
    }

    private void fail(String message) throws MojoFailureException {
        if (failOnError) {
            throw new MojoFailureException(message);
        }
        getLog().error(message);
        getLog().warn("The build goes on because fact.failOnError is false");
    }
}
