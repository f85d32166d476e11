package io.github.factmaven.model;

/**
 * A position in a text file, as editors and compilers report it.
 *
 * @param file   the file's path as shown to users, {@code /}-separated
 * @param line   1-based line number
 * @param column 1-based column, counted in characters (not bytes)
 */
public record Location(String file, int line, int column) {

    /** Returns the location in {@code path:line:column} form. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
