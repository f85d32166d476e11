package io.github.factmaven.validator.internal.source;

import io.github.factmaven.model.InvalidUtf8Exception;
import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.text.HtmlText;
import io.github.factmaven.validator.internal.text.SourceText;
import java.io.IOException;
import java.util.Optional;

/**
 * A source's bytes as read, once, with how to read them: everything the check of a source needs,
 * from a file, from memory or from a table, so that the check itself touches no file.
 */
public final class RawSource {

    private final String name;
    private final byte[] bytes;
    private final Optional<SourceEntry> entry;
    private String sha256;

    /**
     * @param name  the source's name as messages show it, such as {@code sources/a.txt}
     * @param bytes its bytes, not copied: not to be changed
     * @param entry its registry entry, which says how an HTML page is read; none for a text source
     *              or one the registry does not name
     */
    public RawSource(String name, byte[] bytes, Optional<SourceEntry> entry) {
        this.name = name;
        this.bytes = bytes;
        this.entry = entry;
    }

    /** @return the source's name as messages show it */
    public String name() {
        return name;
    }

    /** @return the SHA-256 of the bytes in lowercase hex, computed once */
    public synchronized String sha256() {
        if (sha256 == null) {
            sha256 = SourceFiles.sha256(bytes);
        }
        return sha256;
    }

    /**
     * @return the decoded text (for an HTML page, its text as a browser gives it) and the SHA-256 of
     *     the bytes
     * @throws SourceException if the bytes are not valid UTF-8, or not an HTML page that can be read
     */
    public LoadedSource decode() throws SourceException {
        if (SourceEntry.isHtmlPage(name)) {
            try {
                // the page's text, as a browser's document.body.textContent: what claims quote and count in
                return new LoadedSource(name, SourceText.of(HtmlText.of(bytes, entry)), sha256());
            } catch (IOException e) {
                throw new SourceException(
                        Status.SOURCE_UNREADABLE,
                        "source file " + name + " cannot be parsed as" + " HTML: " + e.getMessage());
            }
        }
        try {
            return new LoadedSource(name, SourceText.ofUtf8(bytes), sha256());
        } catch (InvalidUtf8Exception e) {
            throw new SourceException(
                    Status.SOURCE_INVALID_UTF8,
                    "source file " + name + (e.recognized() ? " is not UTF-8 text: " : " is not valid UTF-8: ")
                            + e.getMessage());
        }
    }
}
