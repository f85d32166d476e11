package io.github.factmaven.model.internal;

import com.fasterxml.jackson.core.JsonLocation;

/** Tells a token's column in code points, where a JSON parser counts chars or bytes. */
public interface Columns {

    /**
     * @param at where a parser met a token
     * @return the token's column in code points, 1 at least
     */
    int column(JsonLocation at);
}
