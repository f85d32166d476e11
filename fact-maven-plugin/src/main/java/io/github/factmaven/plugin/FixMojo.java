package io.github.factmaven.plugin;

import io.github.factmaven.validator.FactFixer;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.FileFix;
import io.github.factmaven.validator.api.FixResult;
import io.github.factmaven.validator.report.ConsoleReport;
import io.github.factmaven.validator.report.FixReport;
import java.io.IOException;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fills in missing offsets and repairs stale ones in the claims files, so that authors write the
 * quote and let the tool count code points. Run it by hand, like {@code spotless:apply}: it is bound
 * to no phase. Only an offset number, an added {@code "offset"} member or (with
 * {@code fact.fixTypography}) a quote string changes; every other byte of a file stays as it was,
 * and files are replaced atomically. A claim that no rule settles (a quote that occurs several
 * times, or that is not in its source) is reported and left as it is; words are never changed.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractDatasetMojo {

    /**
     * Also replaces a quote that differs from its source only in typography or invisible characters
     * (curly quotes, dashes, ellipsis, no-break and zero-width spaces, line breaks, Unicode
     * normalization) by the source's exact text.
     */
    @Parameter(property = "fact.fixTypography", defaultValue = "false")
    private boolean fixTypography;

    /** Prints what would change, as a unified diff per file, and writes nothing. */
    @Parameter(property = "fact.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped("Fact fix") || noClaimsDirectory("Fact fix", "")) {
            return;
        }
        Dataset dataset = dataset();
        FactFixer fixer = fixTypography ? FactFixer.offsetsAndTypography() : FactFixer.offsetsOnly();
        FixResult result;
        try {
            result = fixer.fix(dataset);
        } catch (IOException e) {
            throw new MojoExecutionException("Fact fix failed: " + e.getMessage(), e);
        }
        FixReport.changeLines(result).forEach(getLog()::info);
        writeOrShow(result.files(), dryRun);
        FixReport.leftAloneLines(result).forEach(getLog()::warn);

        String count = ConsoleReport.count(result.files().size(), "claims file");
        String names = " (" + result.files().stream().map(FileFix::name).collect(Collectors.joining(", ")) + ")";
        String summary = "Fact fix: " + FixReport.summary(result);
        if (result.files().isEmpty()) {
            getLog().info(summary + "; no claims file changes");
        } else if (dryRun) {
            getLog().info(summary + "; dry run, nothing written: " + count + " would change" + names);
        } else {
            getLog().info(summary + "; changed " + count + names);
        }
        if (result.needsAttention()) {
            getLog().warn("Some claims need a person: see the warnings above. Then run mvn verify.");
        }
    }
}
