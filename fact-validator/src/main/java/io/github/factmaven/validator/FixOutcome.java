package io.github.factmaven.validator;

/**
 * What {@link FactFixer} did with a claim that did not pass the check.
 */
public enum FixOutcome {
    /** The claim had no offset; the only place its quote can mean was written in. */
    OFFSET_FILLED("offset filled in"),
    /** The claim's offset was stale; the one place its quote can mean replaced it. */
    OFFSET_REPAIRED("offset repaired"),
    /** The quote differed from its source only in typography or invisible characters and now has the source's text. */
    QUOTE_FIXED("quote fixed"),
    /** The tool cannot fix the claim without guessing: a person must. */
    LEFT_ALONE("left alone");

    private final String label;

    FixOutcome(String label) {
        this.label = label;
    }

    /** @return how messages name this outcome */
    public String label() {
        return label;
    }
}
