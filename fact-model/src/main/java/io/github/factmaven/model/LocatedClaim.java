package io.github.factmaven.model;

import java.util.Map;

/**
 * A well-formed claim together with where it was written.
 *
 * @param claim    the claim
 * @param location where the claim's object starts in its claims file
 * @param members  where the value of each member starts, by member name
 */
public record LocatedClaim(Claim claim, Location location, Map<String, Location> members) {

    /**
     * Makes an immutable copy of the member locations, unless they are the reader's own compact, immutable ones.
     *
     * @param claim the claim
     * @param location where the claim's object starts in its claims file
     * @param members where the value of each member starts, by member name
     */
    public LocatedClaim {
        members = members instanceof MemberLocations ? members : Map.copyOf(members);
    }

    /**
     * Returns where the value of a member starts, so a message about the offset points at the
     * offset rather than at the whole claim.
     *
     * @param member a member name such as {@code "offset"}
     * @return the member's location, or the claim's location if the member was not written
     */
    public Location locationOf(String member) {
        return members.getOrDefault(member, location);
    }
}
