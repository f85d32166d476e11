package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.util.List;
import java.util.Optional;

/**
 * What checking a quote against its source found, apart from where the claim is written: the same
 * for every claim with the same cache key, so the check cache can keep it and turn it
 * into the result of the claim wherever the claim now is.
 *
 * @param status    {@link Status#VERIFIED} or why the quote check failed
 * @param member    the claim member the message points at
 * @param message   why the check failed; for a verified quote, the warning that it occurs several
 *                  times, or empty if it does not
 * @param diagnosis the facts behind a failed quote
 */
public record QuoteOutcome(Status status, String member, String message, Optional<Diagnosis> diagnosis) {

    /** A quote at its offset, with nothing doubtful about it. */
    public static final QuoteOutcome VERIFIED = new QuoteOutcome(Status.VERIFIED, "quote", "", Optional.empty());

    /** A quote at its offset that occurs elsewhere too. */
    public static QuoteOutcome ambiguous(String warning) {
        return new QuoteOutcome(Status.VERIFIED, "quote", warning, Optional.empty());
    }

    public static QuoteOutcome failure(Status status, String member, String message, Optional<Diagnosis> diagnosis) {
        return new QuoteOutcome(status, member, message, diagnosis);
    }

    /** @return the result of a claim with this outcome, its messages pointing into the claim */
    public ClaimResult resultFor(LocatedClaim claim) {
        if (status != Status.VERIFIED) {
            return ClaimResult.failure(claim, status, member, message, diagnosis);
        }
        return ClaimResult.verified(
                claim,
                message.isEmpty()
                        ? List.of()
                        : List.of(new Warning(WarningKind.AMBIGUOUS_QUOTE, claim.locationOf(member), message)));
    }
}
