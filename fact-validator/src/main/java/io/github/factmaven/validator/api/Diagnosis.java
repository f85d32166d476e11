package io.github.factmaven.validator.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts behind a failed quote, for tools that fix claims or show them: where the claim said
 * the quote is, where it really is or what comes closest, and how the two differ.
 *
 * @param source         the source the facts are about, as messages name it; for
 *                       {@link Status#IN_OTHER_SOURCE}, the other source
 * @param expectedOffset the claim's offset; empty when the claim has none
 * @param found          where the quote occurs exactly ({@link Status#OFFSET_MISMATCH},
 *                       {@link Status#IN_OTHER_SOURCE}), or where the closest passage starts
 *                       ({@link Status#QUOTE_MISMATCH}, and {@link Status#NOT_FOUND} when a partial
 *                       match is worth showing), or where the source's text in place of the claim's
 *                       prefix or suffix starts ({@link Status#CONTEXT_MISMATCH})
 * @param passageLength  length of the closest passage in code points, or of the quote when found
 *                       exactly, or of the source's text in place of the context
 * @param cause          a likely cause, when one is recognized, such as offsets counted in bytes
 * @param differences    how the closest passage differs from the quote, or the source's text from the
 *                       context (the context on the quote's side); empty when found exactly
 * @param excerpts       the quote beside the closest passage where they differ, as the message shows
 *                       it, a few stretches at most; empty where the message shows none
 * @param aroundFound    the source's text around the first place {@code found}, if any
 * @param aroundOffset   the source's text at the claim's offset, as long as the quote, when that is
 *                       not where the first place {@code found} is
 */
public record Diagnosis(
        String source,
        OptionalInt expectedOffset,
        List<SourcePosition> found,
        int passageLength,
        Optional<String> cause,
        List<Difference> differences,
        List<Excerpt> excerpts,
        Optional<Passage> aroundFound,
        Optional<Passage> aroundOffset) {

    /**
     * Makes immutable copies of the lists.
     *
     * @param source the source the facts are about, as messages name it; for {@link Status#IN_OTHER_SOURCE}, the other source
     * @param expectedOffset the claim's offset; empty when the claim has none
     * @param found where the quote occurs exactly ({@link Status#OFFSET_MISMATCH}, {@link Status#IN_OTHER_SOURCE}), or where the closest passage starts ({@link Status#QUOTE_MISMATCH}, and {@link Status#NOT_FOUND} when a partial match is worth showing)
     * @param passageLength length of the closest passage in code points, or of the quote when found exactly
     * @param cause a likely cause, when one is recognized, such as offsets counted in bytes
     * @param differences how the closest passage differs from the quote; empty when found exactly
     * @param excerpts the quote beside the closest passage where they differ, as the message shows it
     * @param aroundFound the source's text around the first place found, if any
     * @param aroundOffset the source's text at the claim's offset, when that is not where the first place found is
     */
    public Diagnosis {
        found = List.copyOf(found);
        differences = List.copyOf(differences);
        excerpts = List.copyOf(excerpts);
    }

    /** @return the lines of the message that show the excerpts, as {@link Excerpt#lines()} gives them */
    public Set<String> excerptLines() {
        return excerpts.stream().flatMap(excerpt -> excerpt.lines().stream()).collect(Collectors.toSet());
    }

    /**
     * Facts without the source's text around them.
     *
     * @param source the source the facts are about, as messages name it
     * @param expectedOffset the claim's offset; empty when the claim has none
     * @param found where the quote occurs exactly, or where the closest passage starts
     * @param passageLength length of the closest passage in code points, or of the quote when found exactly
     * @param cause a likely cause, when one is recognized, such as offsets counted in bytes
     * @param differences how the closest passage differs from the quote; empty when found exactly
     * @param excerpts the quote beside the closest passage where they differ, as the message shows it
     */
    public Diagnosis(
            String source,
            OptionalInt expectedOffset,
            List<SourcePosition> found,
            int passageLength,
            Optional<String> cause,
            List<Difference> differences,
            List<Excerpt> excerpts) {
        this(
                source,
                expectedOffset,
                found,
                passageLength,
                cause,
                differences,
                excerpts,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * @param aroundFound  the source's text around the first place found, if any
     * @param aroundOffset the source's text at the claim's offset, when that is not where the first place found is
     * @return these facts with the source's text around them
     */
    public Diagnosis withPassages(Optional<Passage> aroundFound, Optional<Passage> aroundOffset) {
        return new Diagnosis(
                source, expectedOffset, found, passageLength, cause, differences, excerpts, aroundFound, aroundOffset);
    }

    /**
     * Facts whose message shows no excerpt.
     *
     * @param source the source the facts are about, as messages name it
     * @param expectedOffset the claim's offset; empty when the claim has none
     * @param found where the quote occurs exactly, or where the closest passage starts
     * @param passageLength length of the closest passage in code points, or of the quote when found exactly
     * @param cause a likely cause, when one is recognized, such as offsets counted in bytes
     * @param differences how the closest passage differs from the quote; empty when found exactly
     */
    public Diagnosis(
            String source,
            OptionalInt expectedOffset,
            List<SourcePosition> found,
            int passageLength,
            Optional<String> cause,
            List<Difference> differences) {
        this(
                source,
                expectedOffset,
                found,
                passageLength,
                cause,
                differences,
                List.of(),
                Optional.empty(),
                Optional.empty());
    }
}
