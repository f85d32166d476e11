package io.github.factmaven.plugin;

import io.github.factmaven.validator.CheckResult;
import io.github.factmaven.validator.Dataset;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.report.ConsoleReport;
import io.github.factmaven.validator.report.JsonReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks that every claim of the dataset quotes its source exactly, at its offset. Logs each
 * problem as {@code path:line:column: [claim-id] message}, writes {@code report.json}, and fails
 * the build if any claim or claims file failed.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractDatasetMojo {

    /** Fails the build when a claim or a claims file fails; when false, problems are only logged and reported. */
    @Parameter(property = "fact.failOnError", defaultValue = "true")
    private boolean failOnError;

    /**
     * Fails the build on warnings too, such as a verified quote that occurs several times in its
     * source without a prefix or suffix to tell which occurrence is meant.
     */
    @Parameter(property = "fact.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Where {@code report.json} is written. */
    @Parameter(property = "fact.reportDirectory", defaultValue = "${project.build.directory}/fact-check")
    private File reportDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped("Fact check")) {
            return;
        }
        Dataset dataset = dataset();
        CheckResult result;
        try {
            result = new FactChecker().check(dataset);
        } catch (IOException e) {
            fail("Fact check failed: " + e.getMessage());
            return;
        }
        ConsoleReport.problemLines(result).forEach(getLog()::error);
        ConsoleReport.warningLines(result).forEach(getLog()::warn);

        Path report = reportDirectory.toPath().resolve("report.json");
        try {
            JsonReport.write(result, report);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the fact check report " + report + ": " + e.getMessage(), e);
        }
        String summary = "Fact check: " + ConsoleReport.summary(result) + "; report: " + dataset.displayName(report);
        if (!result.passed()) {
            fail(summary);
        } else if (failOnWarning && result.hasWarnings()) {
            fail(summary + " (fact.failOnWarning)");
        } else {
            getLog().info(summary);
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
