package io.github.factmaven.plugin;

import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.api.Dataset;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that check the dataset share, {@code fact:check} and {@code fact:report}: how a
 * claim is checked, validated once, and where the incremental check keeps what it found, so the
 * site's page reuses what the build's check found instead of checking every claim again.
 */
abstract class AbstractCheckingMojo extends AbstractDatasetMojo {

    /**
     * Groups of spellings known to be right, which are not reported: each group's spellings
     * separated by {@code /}, for example {@code <acceptedVariant>Kiev/Kyiv</acceptedVariant>}, or
     * {@code -Dfact.acceptedVariants=Kiev/Kyiv,Zelenska/Zelenskaya}.
     */
    @Parameter(property = "fact.acceptedVariants")
    private List<String> acceptedVariants;

    /**
     * The most characters (code points) a quote may have; a longer quote makes its claim invalid,
     * with the limit named. A quote of megabytes is a mistake, and diagnosing it would cost time and
     * memory without bound.
     */
    @Parameter(property = "fact.maxQuoteLength", defaultValue = "10000")
    private int maxQuoteLength;

    /** Where the incremental check keeps what it found; {@code mvn clean} removes it. */
    @Parameter(property = "fact.cacheFile", defaultValue = "${project.build.directory}/fact-cache/check.bin")
    private File cacheFile;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    /**
     * @return a checker with the goal's settings, which are validated here, after the skip check
     * @throws MojoExecutionException if a setting is not valid
     */
    FactChecker checker() throws MojoExecutionException {
        if (maxQuoteLength < 1) {
            throw new MojoExecutionException("fact.maxQuoteLength must be at least 1, not " + maxQuoteLength);
        }
        return new FactChecker()
                .withAcceptedVariants(AcceptedVariants.groups(acceptedVariants))
                .withMaxQuoteLength(maxQuoteLength);
    }

    /**
     * @param dataset the dataset checked
     * @return the settings that decide a check's result, one per line, as the last-check record
     *     keeps them; {@code fact:check} adds those of its reports on lines of their own
     */
    String resultSettings(Dataset dataset) {
        return String.join(
                "\n",
                "plugin " + pluginVersion,
                "claims " + dataset.claimsDirectory(),
                "sources " + dataset.sourcesDirectory(),
                "base " + dataset.baseDirectory(),
                "maxQuoteLength " + maxQuoteLength,
                "accepted "
                        + AcceptedVariants.groups(acceptedVariants).stream()
                                .map(group -> new TreeSet<>(group).toString())
                                .sorted()
                                .toList());
    }

    String pluginVersion() {
        return pluginVersion;
    }

    File cacheFile() {
        return cacheFile;
    }

    void logReuse(int reused, int claims, int sourcesRead) {
        getLog().info(String.format(
                Locale.ROOT,
                "%,d of %,d claims checked before against unchanged sources; source files read: %,d",
                reused,
                claims,
                sourcesRead));
    }
}
