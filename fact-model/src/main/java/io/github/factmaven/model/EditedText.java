package io.github.factmaven.model;

import java.util.List;

/**
 * A text after edits, and the edits themselves, so that callers can show exactly what changed.
 *
 * @param text    the edited text
 * @param changes the changes made to the original text, in order, none overlapping
 */
public record EditedText(String text, List<TextChange> changes) {

    /**
     * Makes an immutable copy of the changes.
     *
     * @param text the edited text
     * @param changes the changes made to the original text, in order, none overlapping
     */
    public EditedText {
        changes = List.copyOf(changes);
    }
}
