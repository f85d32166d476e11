package io.github.factmaven.model;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the sources registry records of one source file.
 *
 * @param file      the file's path relative to the sources directory, '/'-separated
 * @param outlet    the publication the text was taken from
 * @param title     the headline, if recorded
 * @param authors   the authors, in the order the source names them; empty if not recorded
 * @param url       where the source was retrieved, an absolute http(s) URL, if recorded
 * @param published when it was published, an ISO-8601 date or date-time as written, if recorded
 * @param retrieved when it was retrieved, an ISO-8601 date or date-time as written, if recorded
 * @param sha256    the SHA-256 of the file's bytes in lowercase hex, once pinned
 * @param notes     anything else an editor should know, if recorded
 * @param encoding  for an HTML page, the encoding to read its bytes in, where the page does not
 *                  declare the right one; a name Java knows, such as {@code windows-1251}
 * @param htmlRoot  for an HTML page, whose text claims quote: {@code body} (the default, as
 *                  annotation clients anchor) or {@code document} (the title and head included)
 */
public record SourceEntry(
        String file,
        String outlet,
        Optional<String> title,
        List<String> authors,
        Optional<URI> url,
        Optional<String> published,
        Optional<String> retrieved,
        Optional<String> sha256,
        Optional<String> notes,
        Optional<String> encoding,
        Optional<String> htmlRoot) {

    /**
     * Checks for nulls and makes an immutable copy of the authors.
     *
     * @param file the file's path relative to the sources directory, '/'-separated
     * @param outlet the publication the text was taken from
     * @param title the headline, if recorded
     * @param authors the authors, in the order the source names them; empty if not recorded
     * @param url where the source was retrieved, an absolute http(s) URL, if recorded
     * @param published when it was published, an ISO-8601 date or date-time as written, if recorded
     * @param retrieved when it was retrieved, an ISO-8601 date or date-time as written, if recorded
     * @param sha256 the SHA-256 of the file's bytes in lowercase hex, once pinned
     * @param notes anything else an editor should know, if recorded
     * @param encoding for an HTML page, the encoding to read its bytes in, if recorded
     * @param htmlRoot for an HTML page, {@code body} or {@code document}, if recorded
     */
    public SourceEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outlet, "outlet");
        authors = List.copyOf(authors);
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(htmlRoot, "htmlRoot");
    }

    /**
     * An entry without the HTML members, as most are.
     *
     * @param file the file's path relative to the sources directory, '/'-separated
     * @param outlet the publication the text was taken from
     * @param title the headline, if recorded
     * @param authors the authors, in the order the source names them; empty if not recorded
     * @param url where the source was retrieved, an absolute http(s) URL, if recorded
     * @param published when it was published, an ISO-8601 date or date-time as written, if recorded
     * @param retrieved when it was retrieved, an ISO-8601 date or date-time as written, if recorded
     * @param sha256 the SHA-256 of the file's bytes in lowercase hex, once pinned
     * @param notes anything else an editor should know, if recorded
     */
    public SourceEntry(
            String file,
            String outlet,
            Optional<String> title,
            List<String> authors,
            Optional<URI> url,
            Optional<String> published,
            Optional<String> retrieved,
            Optional<String> sha256,
            Optional<String> notes) {
        this(
                file,
                outlet,
                title,
                authors,
                url,
                published,
                retrieved,
                sha256,
                notes,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * @param file a source file's path
     * @return true if the file is an HTML page by its extension ({@code .html}, {@code .htm}): its
     *     claims quote its text as a browser gives it, and its entry may say how to read it
     */
    public static boolean isHtmlPage(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    /**
     * @param hash the SHA-256 of the file's bytes in lowercase hex
     * @return this entry with the hash recorded
     */
    public SourceEntry withSha256(String hash) {
        return new SourceEntry(
                file, outlet, title, authors, url, published, retrieved, Optional.of(hash), notes, encoding, htmlRoot);
    }

    /**
     * A new entry with only what pinning knows: the file, its outlet and its hash.
     *
     * @param file   the file's path relative to the sources directory
     * @param outlet the publication the text was taken from
     * @param sha256 the SHA-256 of the file's bytes in lowercase hex
     * @return the entry
     */
    public static SourceEntry pinned(String file, String outlet, String sha256) {
        return new SourceEntry(
                file,
                outlet,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(sha256),
                Optional.empty());
    }
}
