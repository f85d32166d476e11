package io.github.factmaven.validator.api;

import io.github.factmaven.validator.FactFixer;

/**
 * What {@link FactFixer} did with a claim that did not pass the check.
 */
public enum FixOutcome {
    /** The claim had no offset; the only place its quote can mean was written in. */
    OFFSET_FILLED,
    /** The claim's offset was stale; the one place its quote can mean replaced it. */
    OFFSET_REPAIRED,
    /** The quote differed from its source only in typography or invisible characters and now has the source's text. */
    QUOTE_FIXED,
    /** The tool cannot fix the claim without guessing: a person must. */
    LEFT_ALONE
}
