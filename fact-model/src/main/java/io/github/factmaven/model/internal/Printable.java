package io.github.factmaven.model.internal;

/**
 * Text from a dataset made safe to print on one line of a log or a message. A claims file is input
 * like any other: an id holding a line feed would otherwise start a line of its own in the build
 * log (a forged {@code [INFO] BUILD SUCCESS}, or a {@code ::error} command that a CI system obeys).
 * Control characters, line and paragraph separators, the bidirectional controls that can make text
 * read other than it is, and unpaired surrogates (which no encoding can write) are shown as escapes
 * such as {@code \n} and {@code \u202E}; everything else is left as it is.
 */
public final class Printable {

    private Printable() {}

    /**
     * @param text any text
     * @return the text with every character that could break or disguise a line escaped; the text
     *         itself if it has none
     */
    public static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!unsafe(text, i)) {
                out.append(c);
                if (Character.isHighSurrogate(c)) {
                    out.append(text.charAt(++i)); // the pair's low half, which unsafe() saw
                }
                continue;
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    /**
     * @param text any text
     * @return the index of the first surrogate that is not half of a pair, or -1 if there is none
     */
    public static int unpairedSurrogate(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // the common case, printable ASCII, decided at once
            }
            if (unsafe(text, i)) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return -1;
    }

    private static boolean unsafe(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c)
                || Character.getType(c) == Character.CONTROL
                || c == '\u2028'
                || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E'
                || c == '\u200F'
                || c == '\u061C';
    }
}
