package io.github.factmaven.validator.internal.diagnosis;

import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Passage;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.internal.text.SourceText;
import java.util.Optional;

/**
 * The source's text a diagnosis points at, taken while the source is in memory: a page of the
 * result shows it, and would otherwise read every failing claim's source again.
 */
public final class Passages {

    private Passages() {}

    /**
     * @param diagnosis   a diagnosis of a quote in this text
     * @param text        the text the diagnosis's places are in
     * @param quoteLength the quote's length in code points
     * @param atOffset    whether the text at the claim's offset is of this text too: not when the
     *                    quote was found in another source
     * @return the diagnosis with the text around its first place found and, where that is not the
     *     claim's offset, at the offset
     */
    public static Diagnosis attach(Diagnosis diagnosis, SourceText text, int quoteLength, boolean atOffset) {
        if (text.length() == 0) {
            return diagnosis; // nothing to show
        }
        Optional<Passage> aroundFound = Optional.empty();
        if (!diagnosis.found().isEmpty()) {
            SourcePosition at = diagnosis.found().get(0);
            aroundFound = Optional.of(passage(text, at.offset(), at.offset() + diagnosis.passageLength()));
        }
        Optional<Passage> aroundOffset = Optional.empty();
        if (atOffset
                && diagnosis.expectedOffset().isPresent()
                && (diagnosis.found().isEmpty()
                        || diagnosis.found().get(0).offset()
                                != diagnosis.expectedOffset().getAsInt())) {
            int start = Math.min(diagnosis.expectedOffset().getAsInt(), text.length());
            aroundOffset = Optional.of(passage(text, start, Math.min(text.length(), start + quoteLength)));
        }
        return diagnosis.withPassages(aroundFound, aroundOffset);
    }

    private static Passage passage(SourceText text, int start, int end) {
        int length = text.length();
        int clippedEnd = Math.min(end, length);
        int clippedStart = Math.min(start, clippedEnd);
        int from = Math.max(0, clippedStart - Passage.CONTEXT);
        int to = Math.min(length, clippedEnd + Passage.CONTEXT);
        return new Passage(from, start, end, text.slice(from, to), to == length);
    }
}
