package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.DifferenceKind;
import io.github.factmaven.validator.api.Excerpt;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.source.LoadedSource;
import io.github.factmaven.validator.internal.source.QuoteContext;
import io.github.factmaven.validator.internal.text.SourceText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Explains why a quote is not at its offset, as a careful editor would: where the quote really is
 * (and why the offset may be off), or which passage comes closest and how it differs, kind by
 * kind. A diagnosis explains; the claim still fails. Runs for failing claims only.
 */
public final class QuoteDiagnoser {

    /** Exact occurrences listed at most; callers pass one more to tell "and more". */
    public static final int MAX_LISTED = 3;
    /**
     * The longest quote compared with its source in detail: the search for the closest passage
     * keeps about {@code n * n / 64} words and the alignment {@code n * n / 4} bytes, some 40 MB here.
     */
    public static final int MAX_COMPARED = ClaimsFileReader.DEFAULT_MAX_QUOTE_LENGTH;
    /**
     * Differences that do not change what a quote says: {@code fact:fix -Dfact.fixTypography=true}
     * may replace such a quote by the source's text.
     */
    public static final Set<DifferenceKind> TYPOGRAPHIC =
            Set.copyOf(EnumSet.of(DifferenceKind.TYPOGRAPHY, DifferenceKind.NORMALIZATION, DifferenceKind.WHITESPACE));
    /** The next step for a quote that differs only in typography, the last line of its message. */
    public static final String TYPOGRAPHY_FIX =
            "  run mvn fact:fix -Dfact.fixTypography=true to take the source's characters, or fix the quote by hand";
    /** Differences described one by one at most. */
    private static final int MAX_DESCRIBED = 10;

    private QuoteDiagnoser() {}

    /**
     * @param claim       the failing claim
     * @param source      its source
     * @param occurrences where the quote occurs exactly in the source, up to {@link #MAX_LISTED} + 1
     * @param budget      what searches of the whole source may still scan, shared by its failing quotes
     * @return the failure with its diagnosis
     */
    public static QuoteOutcome diagnose(
            Claim claim, LoadedSource source, List<Integer> occurrences, SearchBudget budget) {
        QuoteOutcome outcome = diagnosed(claim, source, occurrences, budget);
        int quoteLength = claim.quote().codePointCount(0, claim.quote().length());
        return new QuoteOutcome(
                outcome.status(),
                outcome.member(),
                outcome.message(),
                outcome.diagnosis().map(diagnosis -> Passages.attach(diagnosis, source.text(), quoteLength, true)));
    }

    private static QuoteOutcome diagnosed(
            Claim claim, LoadedSource source, List<Integer> occurrences, SearchBudget budget) {
        if (!occurrences.isEmpty()) {
            return moved(claim, source, occurrences);
        }
        SourceText text = source.text();
        int[] quote = claim.quote().codePoints().toArray();
        if (quote.length > MAX_COMPARED) {
            // the closest passage of a quote this long would cost memory growing with its square
            return failure(
                    Status.NOT_FOUND,
                    "quote",
                    String.format(
                            Locale.ROOT,
                            "%s does not contain the quote; a"
                                    + " quote of %,d characters is not compared with the source in detail (at most %,d are): split"
                                    + " it into shorter quotes to see where it differs",
                            source.textName(),
                            quote.length,
                            MAX_COMPARED),
                    new Diagnosis(source.name(), claim.offset(), List.of(), 0, Optional.empty(), List.of()));
        }
        ApproximateMatcher matcher = new ApproximateMatcher(quote);
        // without an offset, ties go to the earliest passage
        int offset = claim.offset().orElse(0);
        int expectedEnd = Math.min(text.length(), offset + quote.length);
        int nearThreshold = Math.max(2, quote.length / 5);
        // first around the offset, where a near miss usually is; the whole source only if need be
        ApproximateMatcher.Best best = new ApproximateMatcher.Best(Integer.MAX_VALUE, 0);
        if (claim.offset().isPresent()) {
            int from = Math.max(0, Math.min(offset, text.length()) - quote.length);
            int to = Math.min(text.length(), offset + 2 * quote.length);
            best = matcher.search(text, from, to, expectedEnd);
        }
        if (best.score() > nearThreshold) {
            if (!budget.take(text.length())) {
                return failure(
                        Status.NOT_FOUND,
                        "quote",
                        source.textName() + " does not contain the quote"
                                + (claim.offset().isPresent() ? ", nor anything close to it near offset " + offset : "")
                                + "; so many of its quotes fail that the rest of it is not searched for the closest"
                                + " passage: fix the first failures, then check again",
                        new Diagnosis(source.name(), claim.offset(), List.of(), 0, Optional.empty(), List.of()));
            }
            best = matcher.search(text, 0, text.length(), expectedEnd);
            if (claim.offset().isEmpty() && best.score() <= quote.length) {
                // with no offset to aim at, an end one character later with as few edits means the
                // last character differs rather than is missing: keep it in the passage
                int windowEnd = Math.min(text.length(), best.end() + best.score());
                best = matcher.search(
                        text, Math.max(0, best.end() - quote.length - best.score()), windowEnd, windowEnd);
            }
        }
        if (best.score() > quote.length / 2) {
            return failure(
                    Status.NOT_FOUND,
                    "quote",
                    source.textName() + " does not contain the quote, nor anything close to it: "
                            + "a paraphrase, or a quote from another source?",
                    new Diagnosis(source.name(), claim.offset(), List.of(), 0, Optional.empty(), List.of()));
        }
        int windowStart = Math.max(0, best.end() - quote.length - best.score());
        Alignment alignment = Alignment.align(quote, text.codePoints(windowStart, best.end()), windowStart);
        int[] passage = text.codePoints(alignment.sourceStart(), alignment.sourceEnd());
        List<Difference> differences = differences(quote, passage, alignment);
        SourcePosition at = text.positionOf(alignment.sourceStart());
        boolean near = best.score() <= nearThreshold;
        // a passage that is not near shows fewer stretches: it is more likely another passage
        List<Excerpt> excerpts =
                QuoteDiff.hunks(quote, passage, alignment.sourceStart(), alignment.regions(), near ? 3 : 2);
        Diagnosis diagnosis = new Diagnosis(
                source.name(),
                claim.offset(),
                List.of(at),
                alignment.sourceEnd() - alignment.sourceStart(),
                Optional.empty(),
                differences,
                excerpts);

        List<String> lines = new ArrayList<>();
        if (!near) {
            lines.add(source.textName() + " does not contain the quote; the closest passage, at " + at.describe()
                    + ", differs in " + best.score() + " of " + quote.length + " characters");
            lines.addAll(QuoteDiff.lines(excerpts, alignment.regions()));
            return failure(Status.NOT_FOUND, "quote", String.join("\n", lines), diagnosis);
        }
        String kinds = kinds(differences);
        if (claim.offset().isEmpty()) {
            lines.add("the claim has no offset, and " + source.textName() + " does not contain the quote; the closest "
                    + "passage is at " + at.describe() + " and differs: " + kinds);
        } else if (alignment.sourceStart() == offset) {
            lines.add("quote differs from " + source.textName() + " at " + at.describe() + ": " + kinds);
        } else {
            lines.add("quote is not at " + claimed(text, offset) + " of " + source.textName()
                    + "; the closest passage is at " + at.describe() + ", " + distance(alignment.sourceStart() - offset)
                    + ", and differs: " + kinds);
        }
        lines.addAll(QuoteDiff.lines(excerpts, alignment.regions()));
        // the same difference again and again (every apostrophe straight) is said once, with a count
        Map<String, Long> descriptions = differences.stream()
                .collect(Collectors.groupingBy(Difference::description, LinkedHashMap::new, Collectors.counting()));
        descriptions.entrySet().stream()
                .limit(MAX_DESCRIBED)
                .forEach(description -> lines.add("  " + description.getKey()
                        + (description.getValue() > 1 ? " (" + description.getValue() + " times)" : "")));
        if (descriptions.size() > MAX_DESCRIBED) {
            lines.add("  … and " + (descriptions.size() - MAX_DESCRIBED) + " more differences");
        }
        if (differences.stream().allMatch(difference -> TYPOGRAPHIC.contains(difference.kind()))) {
            lines.add(TYPOGRAPHY_FIX);
        }
        return failure(Status.QUOTE_MISMATCH, "quote", String.join("\n", lines), diagnosis);
    }

    private static QuoteOutcome moved(Claim claim, LoadedSource source, List<Integer> occurrences) {
        SourceText text = source.text();
        int offset = claim.offset().orElseThrow();
        List<SourcePosition> found = occurrences.stream()
                .limit(MAX_LISTED)
                .map(at -> text.positionOf(at))
                .toList();
        String where = found.stream().map(SourcePosition::describe).collect(Collectors.joining(", "));
        List<String> lines = new ArrayList<>();
        if (occurrences.size() == 1) {
            lines.add("quote is not at " + claimed(text, offset) + " of " + source.textName() + " but at " + where
                    + ", " + distance(occurrences.get(0) - offset));
        } else {
            lines.add("quote is not at " + claimed(text, offset) + " of " + source.textName() + " but occurs at "
                    + where + (occurrences.size() > MAX_LISTED ? " and further on" : ""));
        }
        Optional<String> cause = offsetCause(text, offset, occurrences);
        cause.ifPresent(reason -> lines.add("  likely cause: " + reason));
        contextLine(claim, text, offset, occurrences).ifPresent(lines::add);
        return failure(
                Status.OFFSET_MISMATCH,
                "offset",
                String.join("\n", lines),
                new Diagnosis(
                        source.name(),
                        claim.offset(),
                        found,
                        claim.quote().codePointCount(0, claim.quote().length()),
                        cause,
                        List.of()));
    }

    /**
     * Whether the claim's context matches at the offset it names, and at which occurrence: a context
     * that matches where the claim says tells that the quote changed, one that matches elsewhere that
     * the offset is stale.
     */
    private static Optional<String> contextLine(Claim claim, SourceText text, int offset, List<Integer> occurrences) {
        if (!QuoteContext.given(claim)) {
            return Optional.empty();
        }
        boolean both = QuoteContext.both(claim);
        String context = QuoteContext.name(claim);
        boolean there = offset <= text.length()
                && QuoteContext.prefixMatches(text, claim, offset)
                && QuoteContext.suffixMatches(text, claim, offset);
        List<Integer> fitting = QuoteContext.matching(text, claim, occurrences);
        String elsewhere = fitting.isEmpty()
                ? "none of the quote's occurrences"
                : fitting.size() == 1
                        ? "the occurrence at " + text.positionOf(fitting.get(0)).describe()
                        : fitting.size() + " of the quote's occurrences";
        return Optional.of("  the claim's " + context + " "
                + (there ? (both ? "match" : "matches") : (both ? "do not match" : "does not match"))
                + " at offset " + offset + ", where it places the quote; "
                + (both ? "they match at " : "it matches at ")
                + elsewhere);
    }

    /**
     * Recognizes offsets counted the way other tools count: UTF-8 bytes, UTF-16 units (Java and
     * JavaScript strings), or line endings other than the file's.
     */
    static Optional<String> offsetCause(SourceText text, int offset, List<Integer> occurrences) {
        for (int found : occurrences) {
            int utf16 = text.charIndex(found);
            if (offset == utf16 && utf16 != found) {
                return Optional.of("the offset counts UTF-16 units, as Java and JavaScript strings do; "
                        + "offsets count code points, and the quote is at " + found);
            }
            // an offset counted in bytes is never before the quote: only then are the bytes counted
            if (offset > found && offset == text.utf8BytesBefore(found)) {
                return Optional.of(
                        "the offset counts UTF-8 bytes; offsets count code points, and the quote is at " + found);
            }
            int carriageReturns = text.carriageReturnsBefore(found);
            if (carriageReturns > 0 && offset == found - carriageReturns) {
                return Optional.of("the offset was counted with LF line endings, but the file has CRLF "
                        + "(converted on checkout, for example by git's core.autocrlf?)");
            }
            int lineFeeds = text.lineFeedsBefore(found);
            if (carriageReturns == 0 && lineFeeds > 0 && offset == found + lineFeeds) {
                return Optional.of("the offset was counted with CRLF line endings, but the file has LF");
            }
        }
        return Optional.empty();
    }

    private static List<Difference> differences(int[] quote, int[] passage, Alignment alignment) {
        List<Difference> differences = new ArrayList<>();
        for (Alignment.Region region : alignment.regions()) {
            String quoteText = new String(quote, region.quoteFrom(), region.quoteTo() - region.quoteFrom());
            int from = region.sourceFrom() - alignment.sourceStart();
            String sourceText = new String(passage, from, region.sourceTo() - region.sourceFrom());
            DifferenceKind kind = DifferenceClassifier.classify(quoteText, sourceText);
            differences.add(new Difference(
                    kind,
                    region.quoteFrom(),
                    quoteText,
                    region.sourceFrom(),
                    sourceText,
                    kind.label() + ": " + QuoteDiff.describe(kind, quoteText, sourceText)));
        }
        return differences;
    }

    /** @return the kinds of differences, for example {@code typography only} or {@code substance, whitespace} */
    static String kinds(List<Difference> differences) {
        Set<DifferenceKind> kinds = EnumSet.noneOf(DifferenceKind.class);
        differences.forEach(difference -> kinds.add(difference.kind()));
        String labels = kinds.stream().map(DifferenceKind::label).collect(Collectors.joining(", "));
        return kinds.size() == 1 && !kinds.contains(DifferenceKind.SUBSTANCE) ? labels + " only" : labels;
    }

    private static String claimed(SourceText text, int offset) {
        return offset <= text.length()
                ? "offset " + offset
                : "offset " + offset + " (past the end: the source has " + text.length() + " characters)";
    }

    private static String distance(int characters) {
        return Math.abs(characters)
                + (Math.abs(characters) == 1 ? " character " : " characters ")
                + (characters > 0 ? "further on" : "earlier");
    }

    private static QuoteOutcome failure(Status status, String member, String message, Diagnosis diagnosis) {
        return QuoteOutcome.failure(status, member, message, Optional.of(diagnosis));
    }
}
