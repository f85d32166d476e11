package io.github.factmaven.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One claim of a dataset: a statement supported by an exact quote from a source file.
 *
 * @param id        identifier, unique across the dataset
 * @param statement what the claim asserts
 * @param quote     the exact text of the source that supports the statement
 * @param source    path of the source file relative to the sources directory, {@code /}-separated
 * @param offset    where the quote starts in the source text, counted in Unicode code points of the
 *                  UTF-8 decoded text (a leading byte-order mark is not part of the text); empty
 *                  while the claim is being written, until {@code fact:fix} fills it in
 * @param outlet    name of the publication that published the source
 * @param prefix    the source text just before the quote, when given to tell apart a quote that
 *                  occurs several times (the W3C TextQuoteSelector term); an empty prefix means
 *                  none, as in the W3C model, and is kept as {@code Optional.empty()}
 * @param suffix    the source text just after the quote, likewise
 */
public record Claim(
        String id,
        String statement,
        String quote,
        String source,
        OptionalInt offset,
        String outlet,
        Optional<String> prefix,
        Optional<String> suffix) {

    /**
     * Checks that every member is present and the offset, if any, is not negative.
     *
     * @param id identifier, unique across the dataset
     * @param statement what the claim asserts
     * @param quote the exact text of the source that supports the statement
     * @param source path of the source file relative to the sources directory, {@code /}-separated
     * @param offset where the quote starts in the source text, counted in Unicode code points of the UTF-8 decoded text (a leading byte-order mark is not part of the text); empty while the claim is being written, until {@code fact:fix} fills it in
     * @param outlet name of the publication that published the source
     * @param prefix the source text just before the quote, when given to tell apart a quote that occurs several times (the W3C TextQuoteSelector term); an empty one means none
     * @param suffix the source text just after the quote, likewise
     */
    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(offset, "offset");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        // "prefix": "" is how annotation tools say "no context": the same claim as one without
        prefix = prefix.filter(text -> !text.isEmpty());
        suffix = suffix.filter(text -> !text.isEmpty());
        if (offset.isPresent() && offset.getAsInt() < 0) {
            throw new IllegalArgumentException("offset must not be negative: " + offset.getAsInt());
        }
    }

    /**
     * A claim with an offset and without prefix or suffix.
     *
     * @param id        identifier, unique across the dataset
     * @param statement what the claim asserts
     * @param quote     the exact text of the source that supports the statement
     * @param source    path of the source file relative to the sources directory
     * @param offset    where the quote starts in the source text, in code points
     * @param outlet    name of the publication that published the source
     */
    public Claim(String id, String statement, String quote, String source, int offset, String outlet) {
        this(id, statement, quote, source, OptionalInt.of(offset), outlet, Optional.empty(), Optional.empty());
    }

    /**
     * @param newOffset where the quote starts, in code points
     * @return this claim with another offset
     */
    public Claim withOffset(int newOffset) {
        return new Claim(id, statement, quote, source, OptionalInt.of(newOffset), outlet, prefix, suffix);
    }

    /**
     * @param newQuote the quote's new text
     * @return this claim with another quote
     */
    public Claim withQuote(String newQuote) {
        return new Claim(id, statement, newQuote, source, offset, outlet, prefix, suffix);
    }
}
