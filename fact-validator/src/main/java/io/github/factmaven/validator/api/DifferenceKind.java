package io.github.factmaven.validator.api;

/**
 * What kind of difference separates a quote from its source, since each is fixed differently.
 */
public enum DifferenceKind {
    /** The same text in another Unicode normalization form (NFC versus NFD). */
    NORMALIZATION("Unicode normalization"),
    /** Curly versus straight quotes and apostrophes, dashes, ellipsis, no-break and other spaces, zero-width characters. */
    TYPOGRAPHY("typography"),
    /** Line breaks versus spaces, doubled spaces. */
    WHITESPACE("whitespace"),
    /** Upper versus lower case. */
    LETTER_CASE("letter case"),
    /** A letter from another script that looks the same, such as Cyrillic о for Latin o. */
    LOOKALIKE("look-alike character"),
    /** Different letters, digits or words: a misspelled name, a changed number. */
    SUBSTANCE("substance");

    private final String label;

    DifferenceKind(String label) {
        this.label = label;
    }

    /** @return how messages name this kind */
    public String label() {
        return label;
    }
}
