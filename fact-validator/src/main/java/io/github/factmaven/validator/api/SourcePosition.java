package io.github.factmaven.validator.api;

/**
 * A place in a source text, both as claims count it and as editors show it.
 *
 * @param offset code point offset from the start of the text
 * @param line   1-based line
 * @param column 1-based column, in code points
 */
public record SourcePosition(int offset, int line, int column) {

    /** @return for example {@code offset 1821 (line 22, column 211)} */
    public String describe() {
        return "offset " + offset + " (line " + line + ", column " + column + ")";
    }
}
