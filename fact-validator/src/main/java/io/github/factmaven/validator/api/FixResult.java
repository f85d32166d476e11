package io.github.factmaven.validator.api;

import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.FactFixer;
import java.util.List;

/**
 * What {@link FactFixer} found: the fixes and refusals per claim, and the files to rewrite.
 * Nothing is written until {@link FileFix#write()} is called.
 *
 * @param claims     every claim that did not pass the check, in file order, with what was done
 * @param files      the claims files that change, with their new text
 * @param fileErrors problems of whole claims files, which are left as they are
 */
public record FixResult(List<ClaimFix> claims, List<FileFix> files, List<Problem> fileErrors) {

    /**
     * Makes immutable copies of the lists.
     *
     * @param claims every claim that did not pass the check, in file order, with what was done
     * @param files the claims files that change, with their new text
     * @param fileErrors problems of whole claims files, which are left as they are
     */
    public FixResult {
        claims = List.copyOf(claims);
        files = List.copyOf(files);
        fileErrors = List.copyOf(fileErrors);
    }

    /**
     * @param outcome an outcome
     * @return how many claims had it
     */
    public long count(FixOutcome outcome) {
        return claims.stream().filter(claim -> claim.outcome() == outcome).count();
    }

    /** @return true if some claim, or some claims file, needs a person's attention */
    public boolean needsAttention() {
        return !fileErrors.isEmpty() || count(FixOutcome.LEFT_ALONE) > 0;
    }
}
