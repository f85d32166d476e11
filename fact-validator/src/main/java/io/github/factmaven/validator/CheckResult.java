package io.github.factmaven.validator;

import io.github.factmaven.model.Problem;

import java.util.List;

/**
 * The outcome of checking a dataset: one result per claim and the problems of whole files.
 *
 * @param claims     one result per claim entry, in file order, files in path order
 * @param fileErrors problems that concern a claims file as a whole (unreadable, malformed JSON...)
 * @param files      how many claims files were read
 */
public record CheckResult(List<ClaimResult> claims, List<Problem> fileErrors, int files) {

    /** Makes immutable copies of the lists. */
    public CheckResult {
        claims = List.copyOf(claims);
        fileErrors = List.copyOf(fileErrors);
    }

    /** @return the counts of the check */
    public Summary summary() {
        int verified = (int) claims.stream().filter(ClaimResult::verified).count();
        int warnings = claims.stream().mapToInt(claim -> claim.warnings().size()).sum();
        return new Summary(claims.size(), verified, claims.size() - verified, files, fileErrors.size(), warnings);
    }

    /** @return the claims that failed, in order */
    public List<ClaimResult> failures() {
        return claims.stream().filter(claim -> !claim.verified()).toList();
    }

    /** @return true if some claim has a warning */
    public boolean hasWarnings() {
        return claims.stream().anyMatch(claim -> !claim.warnings().isEmpty());
    }

    /** @return true if every claim is verified and no file has a problem */
    public boolean passed() {
        return fileErrors.isEmpty() && claims.stream().allMatch(ClaimResult::verified);
    }

    /**
     * The counts of a check.
     *
     * @param claims     claim entries checked
     * @param verified   claims whose quote the source has at the offset
     * @param failed     claims that failed
     * @param files      claims files read
     * @param fileErrors problems of whole files
     * @param warnings   doubts about claims, such as quotes that occur several times in their source
     */
    public record Summary(int claims, int verified, int failed, int files, int fileErrors, int warnings) {
    }
}
