package io.github.factmaven.plugin;

import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.FileFix;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
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

    /**
     * Says, in the same words for every goal, that the dataset has no claims directory (a parent
     * project, a module that is not a dataset), which leaves a goal nothing to do.
     *
     * @param goal the goal's name as the log shows it, for example "Fact fix"
     * @param hint what to set to have the goal fail instead, or empty
     * @return true, having said so in the log, if there is no claims directory
     */
    boolean noClaimsDirectory(String goal, String hint) {
        Dataset dataset = dataset();
        if (Files.isDirectory(dataset.claimsDirectory())) {
            return false;
        }
        getLog().info(goal + " skipped: " + missingClaimsDirectory() + (hint.isEmpty() ? "" : " (" + hint + ")"));
        return true;
    }

    /** @return that there is no claims directory, naming it as messages name paths */
    String missingClaimsDirectory() {
        Dataset dataset = dataset();
        return "there is no claims directory " + dataset.displayName(dataset.claimsDirectory());
    }

    /**
     * What a goal that edits files does with its changes: with {@code dryRun}, shows each as a
     * unified diff and writes nothing; otherwise writes each, atomically.
     *
     * @param files  the files the goal changed
     * @param dryRun true to show the changes instead of writing them
     * @throws MojoExecutionException naming the first file that cannot be written
     */
    void writeOrShow(List<FileFix> files, boolean dryRun) throws MojoExecutionException {
        for (FileFix file : files) {
            if (dryRun) {
                file.diff().lines().forEach(getLog()::info);
                continue;
            }
            try {
                file.write();
            } catch (IOException e) {
                throw new MojoExecutionException("Cannot write " + file.name() + ": " + e.getMessage(), e);
            }
        }
    }
}
