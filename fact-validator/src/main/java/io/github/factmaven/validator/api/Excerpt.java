package io.github.factmaven.validator.api;

import java.util.List;

/**
 * A stretch of a quote shown beside the source passage it was aligned with, as the console shows
 * it: the quote's side, the source's side, and a line of carets under the characters that differ.
 * Either side may begin or end with "…" where it is cut, and invisible characters are shown (a
 * no-break space as {@code <U+00A0>}, a line feed as {@code \n}).
 *
 * @param quote   the quote's side
 * @param source  the source's side
 * @param markers the line under the source's side, carets under what differs, indented as {@link
 *                #lines()} shows it
 */
public record Excerpt(String quote, String source, String markers) {

    /** What the console's line of the quote's side starts with. */
    public static final String QUOTE_LABEL = "  quote:  ";
    /** What the console's line of the source's side starts with, as wide as the quote's. */
    public static final String SOURCE_LABEL = "  source: ";

    /** @return the three lines of a message that show the excerpt */
    public List<String> lines() {
        return List.of(QUOTE_LABEL + quote, SOURCE_LABEL + source, markers);
    }
}
