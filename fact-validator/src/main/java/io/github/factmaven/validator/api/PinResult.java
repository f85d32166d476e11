package io.github.factmaven.validator.api;

import io.github.factmaven.validator.SourcePinner;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SourcePinner} found: the registry's new text, if anything is to be recorded, and
 * what it recorded and left alone. Nothing is written until {@link FileFix#write()} is called.
 *
 * @param registry  the registry with its changes, empty if nothing changes
 * @param recorded  one line per hash recorded or entry added, such as {@code recorded the SHA-256 of a.txt}
 * @param leftAlone one line per source that needs a person: a hash that differs, an outlet no claim names
 * @param errors    why the registry cannot be edited at all (malformed JSON...); then nothing changes
 */
public record PinResult(
        Optional<FileFix> registry, List<String> recorded, List<String> leftAlone, List<String> errors) {

    /**
     * Makes immutable copies of the lists.
     *
     * @param registry the registry with its changes, empty if nothing changes
     * @param recorded one line per hash recorded or entry added, such as {@code recorded the SHA-256 of a.txt}
     * @param leftAlone one line per source that needs a person: a hash that differs, an outlet no claim names
     * @param errors why the registry cannot be edited at all (malformed JSON...); then nothing changes
     */
    public PinResult {
        recorded = List.copyOf(recorded);
        leftAlone = List.copyOf(leftAlone);
        errors = List.copyOf(errors);
    }
}
