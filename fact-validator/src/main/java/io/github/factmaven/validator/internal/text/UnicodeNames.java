package io.github.factmaven.validator.internal.text;

/**
 * How messages and reports show characters that cannot be seen: which ones they are, and their
 * Unicode names, so that a no-break space never passes for a space.
 */
public final class UnicodeNames {

    private UnicodeNames() {}

    /**
     * @param codePoint any code point
     * @return true for space separators (the plain space among them, which callers usually
     *         exempt), line and paragraph separators, control, format (zero-width), unassigned,
     *         private-use and surrogate code points
     */
    public static boolean invisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.SPACE_SEPARATOR,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.CONTROL,
                    Character.FORMAT,
                    Character.UNASSIGNED,
                    Character.PRIVATE_USE,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    /**
     * Names a code point as Unicode does, with the character itself when it can be seen.
     *
     * @param codePoint any code point
     * @return for example {@code U+00A0 NO-BREAK SPACE} or {@code U+043E CYRILLIC SMALL LETTER O "о"}
     */
    public static String name(int codePoint) {
        String name = Character.getName(codePoint);
        String named = String.format("U+%04X %s", codePoint, name == null ? "(unassigned)" : name);
        return invisible(codePoint) || codePoint == ' '
                ? named
                : named + " \"" + new String(Character.toChars(codePoint)) + "\"";
    }
}
