package io.github.factmaven.validator.api;

/**
 * Hears how far a check has come, so that long runs can say so. Called from several threads at
 * once, after each source and the claims that cite it are checked.
 */
@FunctionalInterface
public interface CheckProgress {

    /** Hears nothing. */
    CheckProgress NONE = (sources, totalSources, claims) -> {};

    /**
     * @param sources      sources checked so far
     * @param totalSources sources to check
     * @param claims       claims checked so far
     */
    void checked(int sources, int totalSources, int claims);
}
