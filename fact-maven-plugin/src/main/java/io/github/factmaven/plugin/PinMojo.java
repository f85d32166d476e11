package io.github.factmaven.plugin;

import io.github.factmaven.validator.SourcePinner;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.PinResult;
import io.github.factmaven.validator.report.ConsoleReport;
import java.io.IOException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Pins the sources: records in {@code sources/sources.json} the SHA-256 of each source file's
 * bytes, so that {@code fact:check} fails the claims of a source that changes afterwards. An entry
 * without a hash gets one; a source the registry lacks gets an entry when the claims citing it
 * agree on its outlet (a new registry is created if need be). A recorded hash that differs from
 * the file's is left alone, and reported, unless {@code -Dfact.repin=true}. Only the registry is
 * written, atomically, and only where it changes.
 */
@Mojo(name = "pin", threadSafe = true)
public class PinMojo extends AbstractDatasetMojo {

    /** Also replaces recorded hashes that differ from the files': do this only after reviewing the change. */
    @Parameter(property = "fact.repin", defaultValue = "false")
    private boolean repin;

    /** Prints what would change, as a unified diff, and writes nothing. */
    @Parameter(property = "fact.dryRun", defaultValue = "false")
    private boolean dryRun;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped("Fact pin")) {
            return;
        }
        Dataset dataset = dataset();
        PinResult result;
        try {
            result = (repin ? SourcePinner.repinning() : SourcePinner.pinning()).pin(dataset);
        } catch (IOException e) {
            throw new MojoExecutionException("Fact pin failed: " + e.getMessage(), e);
        }
        if (!result.errors().isEmpty()) {
            result.errors().forEach(getLog()::error);
            throw new MojoExecutionException(
                    "Fact pin: the sources registry cannot be edited; fix it as the messages say");
        }
        result.recorded().forEach(getLog()::info);
        result.leftAlone().forEach(getLog()::warn);
        String registry = dataset.displayName(dataset.registryFile());
        if (result.registry().isEmpty()) {
            getLog().info("Fact pin: nothing to record in " + registry);
            return;
        }
        writeOrShow(List.of(result.registry().get()), dryRun);
        String changes = ConsoleReport.count(result.recorded().size(), "change");
        getLog().info(
                        dryRun
                                ? "Fact pin: dry run, nothing written: " + changes + " to " + registry
                                : "Fact pin: " + changes + " written to " + registry);
    }
}
