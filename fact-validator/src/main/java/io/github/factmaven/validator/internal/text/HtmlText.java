package io.github.factmaven.validator.internal.text;

import io.github.factmaven.model.InvalidUtf8Exception;
import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.model.Utf8Text;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.impl.Tokenizer;
import nu.validator.htmlparser.io.Driver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The text of an HTML page as a browser gives it, and as web annotation clients anchor in it:
 * {@code document.body.textContent} after the bytes are parsed by the HTML specification's tree
 * construction, with the scripting flag set (so {@code <noscript>} holds raw text) and no script
 * run. Script and style text is included, comments are not, nor the contents of {@code <template>}
 * (a browser keeps them apart from the document). Offsets into an HTML source count code points of
 * this text.
 *
 * <p>A page may nest elements {@value #MAX_DEPTH} deep, as deep as Chromium builds a page.
 *
 * <p>The encoding is the one the sources registry names for the page, else the byte-order mark's,
 * else the {@code <meta charset>} (or {@code http-equiv}) the page declares, else UTF-8 when the
 * bytes are valid UTF-8 (as a saved page usually is, and as browsers detect it), else windows-1252,
 * the specification's fallback. The registry may also ask for the whole document's text instead of
 * the body's ({@link Root}).
 *
 * <pre>{@code
 * String text = HtmlText.of(Files.readAllBytes(Path.of("sources/page.html")));
 * }</pre>
 */
public final class HtmlText {

    /** Where a page declares its encoding, if it does: in its first 1024 bytes, as the specification's prescan looks. */
    private static final Pattern DECLARED_CHARSET = Pattern.compile("<meta[^>]*charset\\s*=", Pattern.CASE_INSENSITIVE);

    static {
        // the parser's internal assertions misfire on an unknown named reference such as "&Foo;"
        // (htmlparser 1.4.16), which it parses right: a build run with -ea must not fail on them
        ClassLoader loader = Tokenizer.class.getClassLoader();
        if (loader != null) {
            loader.setPackageAssertionStatus("nu.validator.htmlparser", false);
        }
    }

    /** Elements a page may nest at most: as deep as Chromium builds a page, so that no page takes hours. */
    public static final int MAX_DEPTH = PageTree.MAX_DEPTH;

    private HtmlText() {}

    /**
     * @param html a page's bytes
     * @return the text of its body, empty if it has none
     * @throws IOException if the page nests elements more than 512 deep (see {@link #MAX_DEPTH})
     */
    public static String of(byte[] html) throws IOException {
        return of(html, Optional.empty(), Root.BODY);
    }

    /**
     * A page's text as its entry in the sources registry says to read it ({@code encoding},
     * {@code htmlRoot}), as the check reads it.
     *
     * @param html a page's bytes
     * @param entry its registry entry, if it has one
     * @return the text
     * @throws IOException if the page nests elements more than {@link #MAX_DEPTH} deep
     */
    public static String of(byte[] html, Optional<SourceEntry> entry) throws IOException {
        Root root =
                entry.flatMap(SourceEntry::htmlRoot).filter("document"::equals).isPresent() ? Root.DOCUMENT : Root.BODY;
        return of(html, entry.flatMap(SourceEntry::encoding), root);
    }

    /** Whose text a page's claims quote. */
    public enum Root {
        /** {@code document.body.textContent}: the text web annotation clients anchor in. */
        BODY,
        /** {@code document.documentElement.textContent}: the head's title, scripts and styles too. */
        DOCUMENT
    }

    /**
     * @param html a page's bytes
     * @param encoding the encoding to read them in, where the page does not declare the right one;
     *     empty to sniff it as the class comment says
     * @param root whose text to give
     * @return the text, empty if the page has no such element
     * @throws IOException if the page nests elements more than {@link #MAX_DEPTH} deep
     * @throws java.nio.charset.UnsupportedCharsetException if Java does not know the encoding
     */
    public static String of(byte[] html, Optional<String> encoding, Root root) throws IOException {
        PageTree tree = new PageTree();
        tree.setScriptingEnabled(true);
        Tokenizer tokenizer = new Tokenizer(tree);
        // the text as a browser has it: no character replaced or dropped to make the tree XML
        tokenizer.setCommentPolicy(XmlViolationPolicy.ALLOW);
        tokenizer.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
        tokenizer.setContentSpacePolicy(XmlViolationPolicy.ALLOW);
        tokenizer.setNamePolicy(XmlViolationPolicy.ALLOW);
        tokenizer.setXmlnsPolicy(XmlViolationPolicy.ALLOW);
        InputSource input = new InputSource(new ByteArrayInputStream(html));
        if (encoding.isPresent()) {
            input.setEncoding(Charset.forName(encoding.get()).name());
        } else if (!hasByteOrderMark(html) && !declaresCharset(html)) {
            input.setEncoding(isUtf8(html) ? "UTF-8" : "windows-1252");
        }
        try {
            new Driver(tokenizer).tokenize(input);
        } catch (SAXException e) {
            throw new IOException(e.getMessage(), e);
        }
        return root == Root.BODY ? tree.bodyText() : tree.documentText();
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                || bytes.length >= 2
                        && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    }

    private static boolean declaresCharset(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(1024, bytes.length), StandardCharsets.ISO_8859_1);
        return DECLARED_CHARSET.matcher(start).find();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            Utf8Text.decode(bytes);
            return true;
        } catch (InvalidUtf8Exception e) {
            return false;
        }
    }
}
