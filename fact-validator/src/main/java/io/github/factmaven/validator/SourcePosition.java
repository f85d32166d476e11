package io.github.factmaven.validator;

/**
 * A place in a source text, both as claims count it and as editors show it.
 *
 * @param offset code point offset from the start of the text
 * @param line   1-based line
 * @param column 1-based column, in code points
 */
public record SourcePosition(int offset, int line, int column) {

    /**
     * @param text   a source text
     * @param offset a code point offset in it
     * @return the offset with its line and column
     */
    public static SourcePosition of(SourceText text, int offset) {
        SourceText.LineColumn at = text.lineColumnOf(offset);
        return new SourcePosition(offset, at.line(), at.column());
    }

    /** @return for example {@code offset 1821 (line 22, column 211)} */
    public String describe() {
        return "offset " + offset + " (line " + line + ", column " + column + ")";
    }
}
