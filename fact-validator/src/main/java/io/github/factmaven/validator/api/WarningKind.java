package io.github.factmaven.validator.api;

/**
 * The sorts of {@link Warning}. Each has a stable name that reports use as a rule id.
 */
public enum WarningKind {
    /** A verified quote occurs several times in its source, and no prefix or suffix says which is meant. */
    AMBIGUOUS_QUOTE(
            "the quote occurs several times in its source and nothing says which occurrence is meant",
            "Add the prefix or suffix the message suggests."),
    /** Two claims with different ids cite the same source, offset and quote. */
    DUPLICATE_SPAN(
            "another claim cites the same source span",
            "Merge the claims, or check that each cites the passage it means."),
    /** A source file is not in the sources registry, or there is no registry. */
    UNREGISTERED_SOURCE(
            "the source file is not in the sources registry",
            "Add an entry to sources/sources.json with the source's outlet, then run mvn fact:pin to record its hash."),
    /** A registered source has no recorded hash, so a change to it would go unnoticed. */
    UNPINNED_SOURCE(
            "the source has no recorded SHA-256", "Run mvn fact:pin to record the SHA-256 of the source's bytes."),
    /** A name is written in near-identical ways across the dataset's sources and quotes. */
    SPELLING_VARIANTS(
            "a name is spelled in near-identical ways",
            "Check which spelling is right; correct the quotes, or accept the variants with fact.acceptedVariants."),
    /** The claims folder holds no claims file, so the check checked nothing. */
    NO_CLAIMS(
            "the claims folder holds no claims files, so nothing was checked",
            "Add claims files (*.json) below the claims folder, or point fact.claimsDirectory at the folder that holds them.");

    private final String description;
    private final String help;

    WarningKind(String description, String help) {
        this.description = description;
        this.help = help;
    }

    /** @return what the warning means, in a few words */
    public String description() {
        return description;
    }

    /** @return what to do about it, in a sentence */
    public String help() {
        return help;
    }
}
