package io.github.factmaven.validator.api;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of checking one claim.
 *
 * @param id          the claim's id, empty for an entry that has no textual id
 * @param location    where the claim starts in its claims file
 * @param status      {@link Status#VERIFIED} or the reason for failure
 * @param diagnostics why the claim failed, empty when verified
 * @param warnings    what is doubtful about a claim even if it passed, such as a quote that occurs
 *                    several times in its source
 * @param diagnosis   the facts behind a failed quote, for tools
 * @param claim       the claim that was checked, for reports that show it; empty for an entry that
 *                    does not conform to the schema
 */
public record ClaimResult(
        Optional<String> id,
        Location location,
        Status status,
        List<Diagnostic> diagnostics,
        List<Warning> warnings,
        Optional<Diagnosis> diagnosis,
        Optional<Claim> claim) {

    /**
     * Makes immutable copies of the lists and checks they agree with the status.
     *
     * @param id the claim's id, empty for an entry that has no textual id
     * @param location where the claim starts in its claims file
     * @param status {@link Status#VERIFIED} or the reason for failure
     * @param diagnostics why the claim failed, empty when verified
     * @param warnings what is doubtful about a claim even if it passed, such as a quote that occurs several times in its source
     * @param diagnosis the facts behind a failed quote, for tools
     * @param claim the claim that was checked, for reports that show it; empty for an entry that does not conform to the schema
     */
    public ClaimResult {
        diagnostics = List.copyOf(diagnostics);
        warnings = List.copyOf(warnings);
        if ((status == Status.VERIFIED) != diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a failed claim, and only a failed claim, has diagnostics");
        }
    }

    /**
     * A result without warnings, diagnosis or claim.
     *
     * @param id          the claim's id, empty for an entry that has no textual id
     * @param location    where the claim starts in its claims file
     * @param status      {@link Status#VERIFIED} or the reason for failure
     * @param diagnostics why the claim failed, empty when verified
     */
    public ClaimResult(Optional<String> id, Location location, Status status, List<Diagnostic> diagnostics) {
        this(id, location, status, diagnostics, List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * @param claim    the claim that was checked
     * @param warnings what its check raised, though it passed
     * @return the result of a verified claim
     */
    public static ClaimResult verified(LocatedClaim claim, List<Warning> warnings) {
        return new ClaimResult(
                Optional.of(claim.claim().id()),
                claim.location(),
                Status.VERIFIED,
                List.of(),
                warnings,
                Optional.empty(),
                Optional.of(claim.claim()));
    }

    /**
     * @param claim     the claim that was checked
     * @param status    why it failed
     * @param member    the claim member to fix, which the diagnostic points at
     * @param message   what is wrong
     * @param diagnosis the facts behind a failed quote, if any
     * @return the result of a failed claim with one diagnostic
     */
    public static ClaimResult failure(
            LocatedClaim claim, Status status, String member, String message, Optional<Diagnosis> diagnosis) {
        return new ClaimResult(
                Optional.of(claim.claim().id()),
                claim.location(),
                status,
                List.of(new Diagnostic(claim.locationOf(member), message)),
                List.of(),
                diagnosis,
                Optional.of(claim.claim()));
    }

    /**
     * @param more warnings to add
     * @return this result with the warnings added after its own
     */
    public ClaimResult withWarnings(List<Warning> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Warning> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new ClaimResult(id, location, status, diagnostics, all, diagnosis, claim);
    }

    /**
     * @param cause      what the claim now fails for, before anything else
     * @param diagnostic why, shown first
     * @return this result failed with the cause, its own diagnostics after the new one
     */
    public ClaimResult prepend(Status cause, Diagnostic diagnostic) {
        List<Diagnostic> all = new ArrayList<>();
        all.add(diagnostic);
        all.addAll(diagnostics);
        return new ClaimResult(id, location, cause, all, warnings, diagnosis, claim);
    }

    /**
     * @param cause      what the claim fails for if it was verified
     * @param diagnostic why, shown after the claim's own diagnostics
     * @return this result, failed, with the diagnostic added; a failed claim keeps its status
     */
    public ClaimResult append(Status cause, Diagnostic diagnostic) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(diagnostic);
        return new ClaimResult(id, location, verified() ? cause : status, all, warnings, diagnosis, claim);
    }

    /**
     * @param cause      what the failed claim fails for instead of its first cause
     * @param diagnostic why, in place of the first diagnostic
     * @param diagnosis  the facts behind the new cause, in place of the old
     * @return this result with its first cause replaced; its other diagnostics and its warnings kept
     */
    public ClaimResult withFirstCause(Status cause, Diagnostic diagnostic, Optional<Diagnosis> diagnosis) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.set(0, diagnostic);
        return new ClaimResult(id, location, cause, all, warnings, diagnosis, claim);
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
        // a verified claim's, asked of each of a million claims by the reports, is made of nothing
        return switch (diagnostics.size()) {
            case 0 -> "";
            case 1 -> diagnostics.get(0).message();
            default ->
                String.join("\n", diagnostics.stream().map(Diagnostic::message).toList());
        };
    }
}
