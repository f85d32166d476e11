package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * Turns where a JSON parser met a token into a {@link Location}. Apart from {@link SchemaCheckedJson}
 * so that the streaming binders do not load the tree parser and schema validator it sets up.
 */
final class TokenLocations {

    private TokenLocations() {}

    /**
     * @param name the file's path as shown to users
     * @param at   where a parser met a token
     * @return the token's line and column, 1 at least
     */
    static Location of(String name, JsonLocation at) {
        return new Location(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }
}
