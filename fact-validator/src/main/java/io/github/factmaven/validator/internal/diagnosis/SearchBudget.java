package io.github.factmaven.validator.internal.diagnosis;

/**
 * How much text the searches for a closest passage through a whole source may scan, for all the
 * failing quotes of one source checked together. Each such search reads the whole source, so a
 * hundred thousand failing quotes of a megabyte source would take hours: past the budget, a quote
 * that is not near its offset is reported without its closest passage. Not thread-safe; one per
 * source check.
 */
public final class SearchBudget {

    /** Code points scanned in all, about a second or two of work, whatever the source. */
    private static final long CODE_POINTS = 1_000_000_000L;

    private long left = CODE_POINTS;

    /** @return true if a search of this many code points fits, which is then counted */
    boolean take(int codePoints) {
        if (codePoints > left) {
            return false;
        }
        left -= codePoints;
        return true;
    }
}
