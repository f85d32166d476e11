package io.github.factmaven.plugin;

import io.github.factmaven.validator.Dataset;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal of the plugin reads: where the dataset's claims and sources are, and whether to skip.
 */
abstract class AbstractDatasetMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "fact.skip", defaultValue = "false")
    private boolean skip;

    /** The directory of the claims files: every {@code *.json} below it is read. */
    @Parameter(property = "fact.claimsDirectory", defaultValue = "${project.basedir}/claims")
    private File claimsDirectory;

    /** The directory of the source files that claims cite; a claim's {@code source} is relative to it. */
    @Parameter(property = "fact.sourcesDirectory", defaultValue = "${project.basedir}/sources")
    private File sourcesDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    private File baseDirectory;

    private Log oneLineLog;

    /** @return Maven's log, each message kept to one line whatever the dataset holds ({@link OneLineLog}) */
    @Override
    public Log getLog() {
        if (oneLineLog == null) {
            oneLineLog = new OneLineLog(super.getLog());
        }
        return oneLineLog;
    }

    /**
     * @param goal the goal's name as the log shows it, for example "Fact check"
     * @return true, having said so in the log, if the goal is to be skipped
     */
    boolean skipped(String goal) {
        if (skip) {
            getLog().info(goal + " skipped (fact.skip)");
        }
        return skip;
    }

    /** @return true if the goal is to be skipped, without a word in the log */
    boolean skip() {
        return skip;
    }

    Dataset dataset() {
        return new Dataset(baseDirectory.toPath(), claimsDirectory.toPath(), sourcesDirectory.toPath());
    }
}
