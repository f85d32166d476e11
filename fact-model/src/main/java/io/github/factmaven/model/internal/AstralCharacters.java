package io.github.factmaven.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.Arrays;

/**
 * Where the characters outside the Basic Multilingual Plane (emoji, mathematical letters) start in
 * a text, as Java char offsets: Jackson counts a column in chars, two for such a character, and
 * messages count columns in code points, as claims count offsets. Most texts have none, and their
 * columns need no change. Not thread-safe: one per parse.
 */
public final class AstralCharacters implements Columns {

    /** The char offset of each high surrogate, ascending. */
    private int[] starts = new int[8];

    private int count;

    private final Cursor lineStarts = new Cursor();
    private final Cursor tokens = new Cursor();

    /** @return the characters of a text that is held whole */
    public static AstralCharacters of(CharSequence text) {
        AstralCharacters found = new AstralCharacters();
        for (int i = 0; i < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i))) {
                found.add(i);
            }
        }
        return found;
    }

    /**
     * @param at where a parser of this text met a token
     * @return the token's column in code points, 1 at least
     */
    @Override
    public int column(JsonLocation at) {
        int chars = Math.max(1, at.getColumnNr());
        long offset = at.getCharOffset();
        if (count == 0 || offset < 0) {
            return chars;
        }
        long lineStart = offset - (chars - 1);
        return Math.max(1, chars - (tokens.before(this, offset) - lineStarts.before(this, lineStart)));
    }

    /** How many of the characters start before a char offset. */
    private int before(long offset) {
        int low = 0;
        int high = count;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (starts[middle] < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * How many of the characters start before an offset, asked in mostly ascending order (a parser
     * asks of its tokens, each of the start of its line and of itself): found from the last answer of
     * the same cursor, searched for when the offset is before it.
     */
    private static final class Cursor {
        private long offset;
        private int before;

        int before(AstralCharacters characters, long at) {
            if (at < offset) {
                before = characters.before(at);
            } else {
                while (before < characters.count && characters.starts[before] < at) {
                    before++;
                }
            }
            offset = at;
            return before;
        }
    }

    private void add(long offset) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, 2 * count);
        }
        starts[count++] = (int) offset;
    }
}
