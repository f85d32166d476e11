package io.github.factmaven.validator;

import io.github.factmaven.model.Location;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking one claim.
 *
 * @param id          the claim's id, empty for an entry that has no textual id
 * @param location    where the claim starts in its claims file
 * @param status      {@link Status#VERIFIED} or the reason for failure
 * @param diagnostics why the claim failed, empty when verified
 */
public record ClaimResult(Optional<String> id, Location location, Status status, List<Diagnostic> diagnostics) {

    /** Makes an immutable copy of the diagnostics and checks they agree with the status. */
    public ClaimResult {
        diagnostics = List.copyOf(diagnostics);
        if ((status == Status.VERIFIED) != diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a failed claim, and only a failed claim, has diagnostics");
        }
    }

    /** @return true if the claim is verified */
    public boolean verified() {
        return status == Status.VERIFIED;
    }

    /** @return where to look first: the first diagnostic's location, or the claim's */
    public Location primaryLocation() {
        return diagnostics.isEmpty() ? location : diagnostics.get(0).location();
    }

    /** @return every diagnostic message, one per line; empty when verified */
    public String message() {
        return String.join("\n", diagnostics.stream().map(Diagnostic::message).toList());
    }
}
