package io.github.factmaven.model;

import io.github.factmaven.model.internal.Printable;
import java.util.Locale;
import java.util.Optional;

/**
 * What a claim's strings must be beyond what its JSON Schema can say: Unicode text (JSON allows an
 * escaped unpaired surrogate such as {@code "\ud800"}, which is no character at all), an id that is
 * not blank (nothing but spaces, no-break spaces and zero-width characters), and a quote no longer than a limit, since a quote of megabytes is a
 * mistake, not a citation, and diagnosing it would cost time and memory without bound.
 */
final class ClaimRules {

    private ClaimRules() {}

    /**
     * @param member         the member's name
     * @param value          its string value
     * @param maxQuoteLength the most code points a quote may have
     * @return what is wrong with the value, if anything
     */
    static Optional<String> problem(String member, String value, int maxQuoteLength) {
        int surrogate = Printable.unpairedSurrogate(value);
        if (surrogate >= 0) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "\"%s\" holds an unpaired surrogate (\\u%04X) at character %d:"
                            + " it is not a Unicode character, so no source can contain it; write the character itself, or"
                            + " both halves of its surrogate pair",
                    member,
                    (int) value.charAt(surrogate),
                    surrogate + 1));
        }
        if (member.equals("id") && invisible(value)) {
            return Optional.of("\"id\" is blank: an id needs a visible character");
        }
        if (member.equals("quote") && value.length() > maxQuoteLength) {
            int length = value.codePointCount(0, value.length());
            if (length > maxQuoteLength) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "\"quote\" is %,d characters long, more than the %,d"
                                + " a quote may have (fact.maxQuoteLength): quote the passage that supports the statement,"
                                + " or raise the limit",
                        length,
                        maxQuoteLength));
            }
        }
        return Optional.empty();
    }

    /** Only white space, space separators (a no-break space) and format characters (a zero-width space). */
    private static boolean invisible(String value) {
        // a loop, not a stream: every id of a million-claim dataset passes here, and the first
        // character of nearly every one is visible
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && Character.getType(c) != Character.FORMAT) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
