package io.github.factmaven.model;

import java.util.Map;

/**
 * A well-formed entry of the sources registry together with where it was written.
 *
 * @param entry    the entry
 * @param location where the entry's object starts in the registry
 * @param members  where the value of each member starts, by member name
 */
public record LocatedSourceEntry(SourceEntry entry, Location location, Map<String, Location> members) {

    /**
     * Makes an immutable copy of the member locations.
     *
     * @param entry the entry
     * @param location where the entry's object starts in the registry
     * @param members where the value of each member starts, by member name
     */
    public LocatedSourceEntry {
        members = Map.copyOf(members);
    }

    /**
     * @param member a member name such as {@code "sha256"}
     * @return the member's location, or the entry's location if the member was not written
     */
    public Location locationOf(String member) {
        return members.getOrDefault(member, location);
    }
}
