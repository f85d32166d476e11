package io.github.factmaven.plugin;

import io.github.factmaven.validator.CheckCache;
import io.github.factmaven.validator.CheckDigest;
import io.github.factmaven.validator.CheckOutcome;
import io.github.factmaven.validator.CheckResult;
import io.github.factmaven.validator.Dataset;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.InputManifest;
import io.github.factmaven.validator.LastCheck;
import io.github.factmaven.validator.report.ConsoleReport;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
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
        List<Path> reportFiles = reports.stream()
                .map(format -> directory.resolve(format.fileName()))
                .toList();
        Optional<LastCheck> last = incremental
                ? LastCheck.load(
                        lastCheckFile(),
                        why -> getLog().warn("The record of the last fact check " + dataset.displayName(lastCheckFile())
                                + " was discarded (" + why + "): the dataset is checked again"))
                : Optional.empty();
        Optional<InputManifest> inputs = incremental ? captureInputs(dataset, reports, last) : Optional.empty();
        CheckOutcome outcome;
        if (last.isPresent() && inputs.isPresent() && last.get().standsFor(inputs.get())) {
            outcome = last.get().outcome();
            logReuse(outcome.claims(), outcome.claims(), 0);
            getLog().info("Nothing changed since the last check (claims, sources, registry, settings): "
                    + "its result stands, and its reports are left as they are");
        } else {
            Told told = check(checker, dataset, reports, reportFiles);
            if (told == null) {
                return;
            }
            inputs.ifPresent(now -> saveLastCheck(now.withPins(dataset), told.outcome(), told.digest(), reportFiles));
            outcome = told.outcome();
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

    /** What a check tells: its lines and verdict, and what a page of it shows. */
    private record Told(CheckOutcome outcome, CheckDigest digest) {}

    /**
     * Checks the dataset and writes the reports; null if the check could not run, having failed the
     * build.
     */
    private Told check(FactChecker checker, Dataset dataset, Set<ReportFormat> reports, List<Path> reportFiles)
            throws MojoExecutionException, MojoFailureException {
        CheckResult result;
        FactChecker withProgress = checker.withProgress(new ProgressLog(getLog()));
        Instant started = Instant.now();
        CheckCache cache = incremental ? loadCache(dataset) : null;
        try {
            result = cache != null ? withProgress.withCache(cache).check(dataset) : withProgress.check(dataset);
        } catch (IOException e) {
            fail("Fact check failed: " + e.getMessage());
            return null;
        }
        if (cache != null && cache.claimsReused() > 0) {
            logReuse(cache.claimsReused(), result.claims().size(), cache.sourcesRead());
        }
        JUnitReport.Run run = new JUnitReport.Run(started, Duration.between(started, Instant.now()), hostname());
        // the reports and the cache are written side by side: each is one thread's work, and at a
        // million claims the four reports alone take several seconds
        List<Runnable> writes = new ArrayList<>();
        Iterator<Path> files = reportFiles.iterator();
        for (ReportFormat format : reports) {
            Path file = files.next();
            writes.add(() -> writeReport(format, result, run, dataset, file));
        }
        if (cache != null) {
            writes.add(() -> saveCache(cache));
        }
        // what the console and the site page will tell is taken side by side with them too
        CheckOutcome[] outcome = new CheckOutcome[1];
        CheckDigest[] digest = new CheckDigest[1];
        writes.add(() -> outcome[0] = ConsoleReport.outcome(result));
        writes.add(() -> digest[0] = CheckDigest.of(result));
        try {
            writes.parallelStream().forEach(Runnable::run);
        } catch (ReportException e) {
            throw new MojoExecutionException(
                    "Cannot write the fact check report " + e.file + ": "
                            + e.getCause().getMessage(),
                    e.getCause());
        }
        return new Told(outcome[0], digest[0]);
    }

    private void writeReport(ReportFormat format, CheckResult result, JUnitReport.Run run, Dataset dataset, Path file) {
        try {
            switch (format) {
                case JSON -> JsonReport.write(result, file);
                case SARIF ->
                    SarifReport.write(result, dataset.baseDirectory(), sarifRoot(dataset), pluginVersion(), file);
                case JUNIT -> JUnitReport.write(result, Optional.of(run), file);
                case HTML ->
                    HtmlReport.write(
                            result,
                            dataset,
                            Optional.of(new HtmlReport.About(
                                    projectName == null ? "" : projectName,
                                    run.started(),
                                    pluginVersion(),
                                    GitCommit.of(sarifRoot(dataset)))),
                            file);
            }
        } catch (IOException e) {
            throw new ReportException(file, e);
        }
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

    /** A report that could not be written, carried out of the parallel writes. */
    private static final class ReportException extends RuntimeException {
        private final transient Path file;

        ReportException(Path file, IOException cause) {
            super(cause);
            this.file = file;
        }
    }

    /**
     * The state of the files the check reads, and of what else decides its result and reports;
     * none if a folder cannot be walked, and the check then runs in full and says what is wrong.
     */
    private Optional<InputManifest> captureInputs(
            Dataset dataset, Set<ReportFormat> reports, Optional<LastCheck> last) {
        String settings = String.join(
                "\n",
                resultSettings(dataset),
                "reports " + reportDirectory.getAbsolutePath() + " " + reports,
                "repository " + sarifRoot(dataset));
        try {
            return Optional.of(InputManifest.capture(dataset, settings, last.map(LastCheck::inputs)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A record that cannot be written costs the next build time, not this one its result. */
    private void saveLastCheck(InputManifest inputs, CheckOutcome outcome, CheckDigest digest, List<Path> reportFiles) {
        try {
            LastCheck.save(lastCheckFile(), inputs, outcome, digest, reportFiles);
        } catch (IOException e) {
            getLog().warn("Cannot write the record of the fact check " + lastCheckFile() + ": " + e.getMessage());
        }
    }

    /** A cache that cannot be written costs the next build time, not this one its result. */
    private void saveCache(CheckCache cache) {
        try {
            cache.save();
        } catch (IOException e) {
            getLog().warn("Cannot write the fact check cache " + cacheFile() + ": " + e.getMessage());
        }
    }

    private void fail(String message) throws MojoFailureException {
        if (failOnError) {
            throw new MojoFailureException(message);
        }
        getLog().error(message);
        getLog().warn("The build goes on because fact.failOnError is false");
    }
}
