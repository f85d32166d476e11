package io.github.factmaven.validator.report;

import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.validator.internal.text.HtmlText;
import io.github.factmaven.validator.internal.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A source as a report shows passages of it: its text, indexed by code point as the check indexes
 * it ({@link SourceText}), from which a passage's bytes are decoded where it is asked for. A report
 * shows a few passages of a source: decoding all of it to show them cost more than writing the
 * whole report.
 */
final class SourceBytes {

    private final SourceText text;

    private SourceBytes(SourceText text) {
        this.text = text;
    }

    /**
     * @param file a source file
     * @param entry its entry in the sources registry, if any: how to read an HTML page
     * @return its text; empty if it cannot be read or is no longer UTF-8, which the check has
     *     reported or will report on its next run
     */
    static Optional<SourceBytes> read(Path file, Optional<SourceEntry> entry) {
        try {
            byte[] bytes = RegularFile.readAllBytes(file);
            if (SourceEntry.isHtmlPage(file.getFileName().toString())) {
                // a page's passages are of its text, read as its registry entry says, as its claims are checked
                bytes = HtmlText.of(bytes, entry).getBytes(StandardCharsets.UTF_8);
            }
            return Optional.of(new SourceBytes(SourceText.ofUtf8(bytes)));
        } catch (IOException | OutOfMemoryError e) {
            return Optional.empty();
        }
    }

    /** @return the length of the text in code points */
    int length() {
        return text.length();
    }

    /**
     * @param from first code point, inclusive; an offset past the end (the file changed since the
     *             check) is the end
     * @param to   last code point, exclusive, likewise
     * @return the text in between
     */
    String slice(int from, int to) {
        int end = Math.min(to, text.length());
        return text.slice(Math.min(from, end), end);
    }
}
