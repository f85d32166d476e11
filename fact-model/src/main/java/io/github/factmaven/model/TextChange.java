package io.github.factmaven.model;

/**
 * One replacement in a text.
 *
 * @param start       index of the first replaced character of the original text
 * @param end         index just after the replaced characters; {@code start} for an insertion
 * @param replacement the new characters
 */
public record TextChange(int start, int end, String replacement) {}
