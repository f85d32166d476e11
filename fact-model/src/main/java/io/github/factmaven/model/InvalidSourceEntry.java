package io.github.factmaven.model;

import java.util.List;
import java.util.Optional;

/**
 * An entry of the sources registry that does not conform to its schema, with every reason.
 *
 * @param file     the entry's {@code file} if it has a textual one, so the file still counts as registered
 * @param location where the entry starts in the registry
 * @param problems every violation found in the entry, never empty
 */
public record InvalidSourceEntry(Optional<String> file, Location location, List<Problem> problems) {

    /**
     * Makes an immutable copy of the problems.
     *
     * @param file the entry's {@code file} if it has a textual one, so the file still counts as registered
     * @param location where the entry starts in the registry
     * @param problems every violation found in the entry, never empty
     */
    public InvalidSourceEntry {
        problems = List.copyOf(problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid entry needs at least one problem");
        }
    }
}
