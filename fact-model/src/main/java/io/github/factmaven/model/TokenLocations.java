package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonLocation;
import io.github.factmaven.model.internal.Columns;

/**
 * Turns where a JSON parser met a token into a {@link Location}. Apart from {@link SchemaCheckedJson}
 * so that the streaming binders do not load the tree parser and schema validator it sets up.
 */
final class TokenLocations {

    private TokenLocations() {}

    /**
     * @param name   the file's path as shown to users
     * @param at     where a parser met a token
     * @param columns how the text's columns are counted in code points
     * @return the token's line and column, the column in code points, 1 at least
     */
    static Location of(String name, JsonLocation at, Columns columns) {
        return new Location(name, columns.line(at), columns.column(at));
    }
}
