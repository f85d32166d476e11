package io.github.factmaven.model.internal;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Tells where a token is in a text, in its lines and code points, where a JSON parser counts
 * chars or bytes of what it was given.
 */
public interface Columns {

    /**
     * @param at where a parser met a token
     * @return the token's column in code points, 1 at least
     */
    int column(JsonLocation at);

    /**
     * @param at where a parser met a token
     * @return the token's line in the text, 1 at least
     */
    default int line(JsonLocation at) {
        return Math.max(1, at.getLineNr());
    }

    /**
     * @param at where a parser met a token
     * @return the token's first byte in the file, a byte-order mark counted; -1 if the parser read
     *     chars, not the file's bytes
     */
    default long byteInFile(JsonLocation at) {
        return -1;
    }
}
