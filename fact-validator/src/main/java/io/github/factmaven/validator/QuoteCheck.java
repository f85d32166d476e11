package io.github.factmaven.validator;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.LocatedClaim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks one claim's quote against its loaded source, and explains a failure. */
final class QuoteCheck {

    /** Occurrences listed when a quote is found elsewhere; more only add noise. */
    private static final int MAX_OCCURRENCES = 3;

    private QuoteCheck() {
    }

    static ClaimResult check(LocatedClaim located, LoadedSource source) {
        Claim claim = located.claim();
        SourceText text = source.text();
        int offset = claim.offset();
        if (offset <= text.length() && text.matchesAt(offset, claim.quote())) {
            return new ClaimResult(Optional.of(claim.id()), located.location(), Status.VERIFIED, List.of());
        }
        List<Integer> found = occurrences(text, claim.quote());
        if (!found.isEmpty()) {
            return failure(located, Status.OFFSET_MISMATCH, "offset", movedMessage(claim, source, found));
        }
        if (offset > text.length()) {
            return failure(located, Status.OFFSET_OUT_OF_RANGE, "offset", "offset " + offset
                    + " is past the end of " + source.name() + ", which has " + text.length() + " characters");
        }
        int end = Math.min(text.length(), offset + claim.quote().codePointCount(0, claim.quote().length()));
        List<String> lines = new ArrayList<>();
        lines.add("quote does not match " + source.name() + " at offset " + offset + " (" + at(text, offset) + ")");
        lines.addAll(QuoteDiff.lines(claim.quote(), text.slice(offset, end)));
        return failure(located, Status.QUOTE_MISMATCH, "quote", String.join("\n", lines));
    }

    private static String movedMessage(Claim claim, LoadedSource source, List<Integer> found) {
        String where = found.stream()
                .limit(MAX_OCCURRENCES)
                .map(at -> at + " (" + at(source.text(), at) + ")")
                .collect(Collectors.joining(", "));
        if (found.size() == 1) {
            int distance = found.get(0) - claim.offset();
            return "quote is not at offset " + claim.offset() + " of " + source.name() + " but at offset " + where
                    + ", " + Math.abs(distance) + " characters " + (distance > 0 ? "further on" : "earlier");
        }
        return "quote is not at offset " + claim.offset() + " of " + source.name() + " but occurs at offsets "
                + where + (found.size() > MAX_OCCURRENCES ? " and further" : "");
    }

    /** Up to one more than {@link #MAX_OCCURRENCES} code point offsets of the quote in the text. */
    private static List<Integer> occurrences(SourceText text, String quote) {
        List<Integer> found = new ArrayList<>();
        int from = 0;
        while (found.size() <= MAX_OCCURRENCES) {
            int index = text.text().indexOf(quote, from);
            if (index < 0) {
                break;
            }
            int offset = text.offsetOf(index);
            if (text.matchesAt(offset, quote)) {
                found.add(offset);
            }
            from = index + 1;
        }
        return found;
    }

    private static String at(SourceText text, int offset) {
        SourceText.LineColumn position = text.lineColumnOf(offset);
        return "line " + position.line() + ", column " + position.column();
    }

    static ClaimResult failure(LocatedClaim located, Status status, String member, String message) {
        return new ClaimResult(Optional.of(located.claim().id()), located.location(), status,
                List.of(new Diagnostic(located.locationOf(member), message)));
    }
}
