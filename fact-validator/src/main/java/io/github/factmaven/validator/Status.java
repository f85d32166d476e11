package io.github.factmaven.validator;

/**
 * The outcome of checking one claim: {@link #VERIFIED}, or the reason it failed.
 */
public enum Status {
    /** The source has the quote at the offset, code point for code point. */
    VERIFIED("the source has the quote at the offset"),
    /** The claim does not conform to the claims schema (missing or unknown member, wrong type...). */
    INVALID_CLAIM("the claim does not conform to the claims schema"),
    /** Another claim of the dataset has the same id. */
    DUPLICATE_ID("another claim of the dataset has the same id"),
    /** The source is not a relative, '/'-separated path. */
    INVALID_SOURCE_PATH("the source is not a relative '/'-separated path"),
    /** The source path leads out of the sources directory, by '..' or by a symbolic link. */
    SOURCE_OUTSIDE_ROOT("the source path leads out of the sources directory"),
    /** No file exists at the source path. */
    SOURCE_NOT_FOUND("no file exists at the source path"),
    /** The source file exists but cannot be read. */
    SOURCE_UNREADABLE("the source file cannot be read"),
    /** The source file is not valid UTF-8. */
    SOURCE_INVALID_UTF8("the source file is not valid UTF-8"),
    /** The claim has no offset yet: {@code fact:fix} fills it in. */
    MISSING_OFFSET("the claim has no offset"),
    /** The source has the quote, but at another offset. */
    OFFSET_MISMATCH("the source has the quote, but at another offset"),
    /** The source has a passage close to the quote but not equal: typography, spelling, a changed word. */
    QUOTE_MISMATCH("the source has a passage close to the quote, but not the quote"),
    /** The quote is not in its source, but in another source of the dataset. */
    IN_OTHER_SOURCE("the quote is in another source of the dataset"),
    /** The source has nothing close to the quote: a paraphrase, or a fabrication. */
    NOT_FOUND("the source has nothing close to the quote"),
    /** The quote is at the offset, but the claim's prefix or suffix does not match the text around it. */
    CONTEXT_MISMATCH("the claim's prefix or suffix does not match the text around the quote");

    private final String description;

    Status(String description) {
        this.description = description;
    }

    /** @return what the status means, in a few words */
    public String description() {
        return description;
    }
}
