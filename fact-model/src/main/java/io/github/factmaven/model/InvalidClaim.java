package io.github.factmaven.model;

import java.util.List;
import java.util.Optional;

/**
 * An entry of a claims file that does not conform to the claims schema, with every reason.
 *
 * @param id       the entry's {@code id} if it has a textual one, so messages can name it
 * @param location where the entry starts in its claims file
 * @param problems every violation found in the entry, never empty
 */
public record InvalidClaim(Optional<String> id, Location location, List<Problem> problems) {

    /**
     * Makes an immutable copy of the problems.
     *
     * @param id the entry's {@code id} if it has a textual one, so messages can name it
     * @param location where the entry starts in its claims file
     * @param problems every violation found in the entry, never empty
     */
    public InvalidClaim {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid claim needs at least one problem");
        }
    }
}
