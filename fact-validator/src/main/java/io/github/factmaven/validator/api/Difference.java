package io.github.factmaven.validator.api;

/**
 * One stretch where a quote differs from the closest passage of its source.
 *
 * @param kind         what kind of difference it is
 * @param quoteIndex   where the stretch starts in the quote, in code points
 * @param quoteText    the quote's text of the stretch, possibly empty
 * @param sourceOffset where the stretch starts in the source, in code points
 * @param sourceText   the source's text of the stretch, possibly empty
 * @param description  the difference in words, invisible and look-alike characters named by code point
 */
public record Difference(
        DifferenceKind kind,
        int quoteIndex,
        String quoteText,
        int sourceOffset,
        String sourceText,
        String description) {}
