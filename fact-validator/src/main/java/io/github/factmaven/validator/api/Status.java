package io.github.factmaven.validator.api;

/**
 * The outcome of checking one claim: {@link #VERIFIED}, or the reason it failed.
 */
public enum Status {
    /** The source has the quote at the offset, code point for code point. */
    VERIFIED("the source has the quote at the offset", "Nothing to do."),
    /** The claim does not conform to the claims schema (missing or unknown member, wrong type...). */
    INVALID_CLAIM(
            "the claim does not conform to the claims schema",
            "Fix the entry as the message says; the claims JSON Schema lists the members and their types."),
    /** Another claim of the dataset has the same id. */
    DUPLICATE_ID(
            "another claim of the dataset has the same id",
            "Give each claim an id of its own, unique across all claims files."),
    /** The source's bytes are not the ones its SHA-256 in the sources registry pins. */
    SOURCE_CHANGED(
            "the source file has changed since its hash was recorded in the sources registry",
            "Review the claims against the changed source; if the change is intended, run mvn fact:pin -Dfact.repin=true."),
    /** The claim's outlet is not the one the sources registry records for its source. */
    OUTLET_MISMATCH(
            "the claim's outlet is not the one the sources registry records for its source",
            "Write the outlet as the sources registry has it, or correct the registry."),
    /** The source is not a relative, '/'-separated path. */
    INVALID_SOURCE_PATH(
            "the source is not a relative '/'-separated path",
            "Write the source as a path relative to the sources directory, with '/' as separator."),
    /** The source path leads out of the sources directory, by '..' or by a symbolic link. */
    SOURCE_OUTSIDE_ROOT(
            "the source path leads out of the sources directory",
            "Copy the source into the sources directory and cite it by its path there."),
    /** No file exists at the source path. */
    SOURCE_NOT_FOUND(
            "no file exists at the source path",
            "Add the source file to the sources directory, or correct the claim's source path."),
    /** The source file exists but cannot be read. */
    SOURCE_UNREADABLE("the source file cannot be read", "Make the source file readable by the build."),
    /** The source file is not valid UTF-8. */
    SOURCE_INVALID_UTF8(
            "the source file is not valid UTF-8",
            "Convert the source file to UTF-8, for example with iconv -f WINDOWS-1252 -t UTF-8."),
    /** The claim has no offset yet: {@code fact:fix} fills it in. */
    MISSING_OFFSET("the claim has no offset", "Run mvn fact:fix to fill in the offset."),
    /** The source has the quote, but at another offset. */
    OFFSET_MISMATCH(
            "the source has the quote, but at another offset",
            "Run mvn fact:fix to move the offset to where the quote is; offsets count Unicode code points."),
    /** The source has a passage close to the quote but not equal: typography, spelling, a changed word. */
    QUOTE_MISMATCH(
            "the source has a passage close to the quote, but not the quote",
            "Copy the quote from the source again, character for character; when only typography differs, mvn fact:fix -Dfact.fixTypography=true takes the source's text."),
    /** The quote is not in its source, but in another source of the dataset. */
    IN_OTHER_SOURCE(
            "the quote is in another source of the dataset",
            "Cite the source that contains the quote, or quote the source that is cited."),
    /** The source has nothing close to the quote: a paraphrase, or a fabrication. */
    NOT_FOUND(
            "the source has nothing close to the quote",
            "Quote the source word for word, or cite the source the quote comes from."),
    /** The quote is at the offset, but the claim's prefix or suffix does not match the text around it. */
    CONTEXT_MISMATCH(
            "the claim's prefix or suffix does not match the text around the quote",
            "Correct the prefix or suffix to the text around the quote, or the offset to the occurrence they describe.");

    private final String description;
    private final String help;

    Status(String description, String help) {
        this.description = description;
        this.help = help;
    }

    /** @return what the status means, in a few words */
    public String description() {
        return description;
    }

    /** @return how to fix a claim with this status, in a sentence */
    public String help() {
        return help;
    }

    /**
     * @return the status in a few words, as a page for editors names it: "Quote differs from the
     *         source" for {@link #QUOTE_MISMATCH}
     */
    public String label() {
        return switch (this) {
            case VERIFIED -> "Verified";
            case INVALID_CLAIM -> "Not a valid claim";
            case DUPLICATE_ID -> "Id used twice";
            case SOURCE_CHANGED -> "Source changed since it was pinned";
            case OUTLET_MISMATCH -> "Outlet differs from the registry";
            case INVALID_SOURCE_PATH -> "Source path not valid";
            case SOURCE_OUTSIDE_ROOT -> "Source outside the dataset";
            case SOURCE_NOT_FOUND -> "Source missing";
            case SOURCE_UNREADABLE -> "Source cannot be read";
            case SOURCE_INVALID_UTF8 -> "Source not in UTF-8";
            case MISSING_OFFSET -> "No offset";
            case OFFSET_MISMATCH -> "Quote found elsewhere in the source";
            case QUOTE_MISMATCH -> "Quote differs from the source";
            case IN_OTHER_SOURCE -> "Quote found in another source";
            case NOT_FOUND -> "Quote not in the source";
            case CONTEXT_MISMATCH -> "Text around the quote differs";
        };
    }

    /**
     * @return what kind of trouble a claim with this status is in, as an editor acts on it: its quote
     *         differs from its source, it needs {@code mvn fact:fix}, or it cannot be checked as it is
     */
    public Trouble trouble() {
        return switch (this) {
            case VERIFIED -> Trouble.NONE;
            case QUOTE_MISMATCH, NOT_FOUND, IN_OTHER_SOURCE, CONTEXT_MISMATCH -> Trouble.QUOTE;
            case MISSING_OFFSET, OFFSET_MISMATCH -> Trouble.COMPLETION;
            case INVALID_CLAIM,
                    DUPLICATE_ID,
                    SOURCE_CHANGED,
                    OUTLET_MISMATCH,
                    INVALID_SOURCE_PATH,
                    SOURCE_OUTSIDE_ROOT,
                    SOURCE_NOT_FOUND,
                    SOURCE_UNREADABLE,
                    SOURCE_INVALID_UTF8 -> Trouble.UNCHECKABLE;
        };
    }

    /**
     * The kinds of trouble a failed claim can be in. A failed claim is not a false claim: most often
     * its quote was copied with a slip, or it only needs its offset filled in.
     */
    public enum Trouble {
        /** The claim is verified. */
        NONE,
        /** The quote differs from its source, or is not in it: the quote or the source cited is to correct. */
        QUOTE,
        /** The claim needs its offset filled in or corrected, which {@code mvn fact:fix} does. */
        COMPLETION,
        /**
         * The claim or its source cannot be checked as it is: an invalid claim, an id used twice, a
         * source missing, unreadable or changed since it was pinned, an outlet not as registered.
         */
        UNCHECKABLE
    }
}
