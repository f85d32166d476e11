package io.github.factmaven.validator.api;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.FactFixer;
import java.util.Optional;

/**
 * What {@link FactFixer} did, or would do, with one claim that did not pass the check, and why.
 *
 * @param id       the claim's id, empty for an entry without a textual id
 * @param location the member that changed, or where the claim needs a person's attention
 * @param outcome  what was done
 * @param message  why: the rule that chose the new offset, or why the claim was left alone
 */
public record ClaimFix(Optional<String> id, Location location, FixOutcome outcome, String message) {

    /** @return true if the claim was (or, in a dry run, would be) changed */
    public boolean changed() {
        return outcome != FixOutcome.LEFT_ALONE;
    }
}
