package io.github.factmaven.validator.internal.source;

import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.validator.internal.text.SourceText;

/**
 * A source file read and decoded once for all the claims that cite it.
 *
 * @param name   the file's path as messages show it
 * @param text   the decoded text
 * @param sha256 the SHA-256 of the file's bytes, in lowercase hex
 */
public record LoadedSource(String name, SourceText text, String sha256) {

    /**
     * @return how messages name the text that offsets, lines and columns count in: the file, or for an
     *     HTML page its text ({@code sources/page.html's text}), whose lines are not the markup's
     */
    public String textName() {
        return SourceEntry.isHtmlPage(name) ? name + "'s text" : name;
    }
}
