package io.github.factmaven.validator.api;

/**
 * A stretch of a source's text around a place a diagnosis points at, taken when the source was
 * checked, so that a page of the result shows it without reading the source again: the place itself
 * and up to {@value #CONTEXT} characters either side.
 *
 * @param from  the code point offset where {@code text} starts
 * @param start where the place starts, a code point offset at or after {@code from}
 * @param end   where the place ends, at or after {@code start}
 * @param text  the source's text from {@code from}
 * @param atEnd true if {@code text} runs to the end of the source
 */
public record Passage(int from, int start, int end, String text, boolean atEnd) {

    /** Characters (code points) shown on either side of the place, at most. */
    public static final int CONTEXT = 80;
}
