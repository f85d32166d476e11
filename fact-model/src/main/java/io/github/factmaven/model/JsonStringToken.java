package io.github.factmaven.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A JSON string token as written in a file, escapes and all, so that a changed string keeps the
 * author's spelling of every character that did not change.
 */
final class JsonStringToken {

    /** One character of the string's value and how the file spells it ({@code "é"}, {@code "\u00e9"}). */
    private record Piece(char value, String raw) {}

    private JsonStringToken() {}

    /**
     * @param text  JSON text
     * @param start index of a string token's opening quote
     * @return the index just after its closing quote
     */
    static int end(String text, int start) {
        int i = start + 1;
        while (text.charAt(i) != '"') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }

    /**
     * Spells a new value for a string token: the characters it shares with the old value at the start
     * and at the end keep their old spelling, the rest is spelled by {@link #encode}.
     *
     * @param raw      the old token, quotes included
     * @param newValue the new value
     * @return the new token, quotes included
     */
    static String respell(String raw, String newValue) {
        List<Piece> pieces = pieces(raw);
        int common = 0;
        while (common < pieces.size()
                && common < newValue.length()
                && pieces.get(common).value() == newValue.charAt(common)) {
            common++;
        }
        if (common > 0 && common < newValue.length() && Character.isHighSurrogate(newValue.charAt(common - 1))) {
            common--; // never split a surrogate pair between old and new spelling
        }
        int commonEnd = 0;
        while (commonEnd < pieces.size() - common
                && commonEnd < newValue.length() - common
                && pieces.get(pieces.size() - 1 - commonEnd).value()
                        == newValue.charAt(newValue.length() - 1 - commonEnd)) {
            commonEnd++;
        }
        if (commonEnd > 0
                && commonEnd < newValue.length() - common
                && Character.isLowSurrogate(newValue.charAt(newValue.length() - commonEnd))) {
            commonEnd--;
        }
        StringBuilder token = new StringBuilder("\"");
        pieces.subList(0, common).forEach(piece -> token.append(piece.raw()));
        token.append(encode(newValue.substring(common, newValue.length() - commonEnd)));
        pieces.subList(pieces.size() - commonEnd, pieces.size()).forEach(piece -> token.append(piece.raw()));
        return token.append('"').toString();
    }

    /**
     * Spells a value the way a careful author would: characters as themselves, but quotes,
     * backslashes, control characters and invisible characters (no-break and other special spaces,
     * zero-width and other format characters, line and paragraph separators) as escapes, so a
     * reader of the file can see them.
     */
    static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || invisible(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean invisible(char c) {
        int type = Character.getType(c);
        return (type == Character.SPACE_SEPARATOR && c != ' ')
                || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static List<Piece> pieces(String raw) {
        List<Piece> pieces = new ArrayList<>(raw.length());
        int i = 1;
        int end = raw.length() - 1;
        while (i < end) {
            char c = raw.charAt(i);
            if (c != '\\') {
                pieces.add(new Piece(c, String.valueOf(c)));
                i++;
            } else if (raw.charAt(i + 1) == 'u') {
                pieces.add(new Piece(
                        (char) Integer.parseInt(raw.substring(i + 2, i + 6), 16), raw.substring(i, i + 6)));
                i += 6;
            } else {
                pieces.add(new Piece(unescape(raw.charAt(i + 1)), raw.substring(i, i + 2)));
                i += 2;
            }
        }
        return pieces;
    }

    private static char unescape(char escaped) {
        return switch (escaped) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'b' -> '\b';
            case 'f' -> '\f';
            default -> escaped; // \" \\ \/
        };
    }
}
