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
    /** The offset is past the end of the source text. */
    OFFSET_OUT_OF_RANGE("the offset is past the end of the source text"),
    /** The source has the quote, but at another offset. */
    OFFSET_MISMATCH("the source has the quote, but at another offset"),
    /** The source does not have the quote at the offset, nor anywhere else exactly. */
    QUOTE_MISMATCH("the source does not have the quote at the offset");

    private final String description;

    Status(String description) {
        this.description = description;
    }

    /** @return what the status means, in a few words */
    public String description() {
        return description;
    }
}
