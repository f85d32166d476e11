package io.github.factmaven.validator.api;

import java.util.Map;

/**
 * Where each claims file's part lies in a report that lists every claim ({@code report.json},
 * {@code TEST-claims.xml}), by the claims file's path as locations name it: the next report of an
 * incremental check copies the part of a claims file whose results it kept, byte for byte, instead
 * of rendering its claims again.
 *
 * @param parts each claims file's part, by its path
 */
public record ReportLayout(Map<String, Span> parts) {

    /** No report written before, or none whose parts can be copied: every part is rendered. */
    public static final ReportLayout NONE = new ReportLayout(Map.of());

    /**
     * Makes an immutable copy of the parts.
     *
     * @param parts each claims file's part, by its path
     */
    public ReportLayout {
        parts = Map.copyOf(parts);
    }

    /**
     * The bytes of one part.
     *
     * @param start     the offset of its first byte in the report
     * @param end       the offset just past its last byte
     * @param signature what decided the part's bytes beyond its claims' results, for a report that
     *                  lists some of a file's claims (which, and how): a part is copied only where
     *                  it would be written with the same; 0 where the claims' results decide all
     */
    public record Span(long start, long end, long signature) {

        /**
         * @param start     the offset of its first byte in the report
         * @param end       the offset just past its last byte
         * @param signature what decided the part's bytes beyond its claims' results
         */
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("a span from " + start + " to " + end);
            }
        }

        /**
         * The bytes of a part that its claims' results decide alone.
         *
         * @param start the offset of its first byte in the report
         * @param end   the offset just past its last byte
         */
        public Span(long start, long end) {
            this(start, end, 0);
        }
    }
}
