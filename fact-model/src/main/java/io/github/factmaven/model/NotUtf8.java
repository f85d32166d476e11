package io.github.factmaven.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a file that is not UTF-8 is instead, where its bytes say so: a text in UTF-16 or UTF-32 (what
 * PowerShell and Notepad's "Unicode" write), a document or an image saved where text was meant, or
 * text in windows-1252. A user told "byte 0xFF at byte position 0 is not valid UTF-8" has to guess;
 * told "UTF-16 text", they know what to do.
 */
final class NotUtf8 {

    /** A file kind by the bytes it begins with. */
    private record Signature(byte[] start, String kind) {
        Signature(String start, String kind) {
            this(start.getBytes(StandardCharsets.ISO_8859_1), kind);
        }

        boolean begins(byte[] bytes) {
            return bytes.length >= start.length && Arrays.equals(bytes, 0, start.length, start, 0, start.length);
        }
    }

    private static final String SAVE_AS_UTF8 = ": save it as UTF-8";
    private static final String NOT_TEXT =
            ", not text: save the article's text as a UTF-8 .txt file, or the web page as .html";

    /** Longer signatures first where one begins another (UTF-32 LE begins like UTF-16 LE). */
    private static final List<Signature> SIGNATURES = List.of(
            new Signature(
                    "\u00FF\u00FE\u0000\u0000",
                    "the file is UTF-32 text (it begins with a UTF-32 byte-order mark)" + SAVE_AS_UTF8),
            new Signature(
                    "\u0000\u0000\u00FE\u00FF",
                    "the file is UTF-32 text (it begins with a UTF-32 byte-order mark)" + SAVE_AS_UTF8),
            new Signature(
                    "\u00FF\u00FE", "the file is UTF-16 text (it begins with a UTF-16 byte-order mark)" + SAVE_AS_UTF8),
            new Signature(
                    "\u00FE\u00FF", "the file is UTF-16 text (it begins with a UTF-16 byte-order mark)" + SAVE_AS_UTF8),
            new Signature("%PDF-", "the file is a PDF document" + NOT_TEXT),
            new Signature(
                    "PK\u0003\u0004",
                    "the file is a ZIP archive, as a Word .docx or an OpenDocument file is" + NOT_TEXT),
            new Signature(
                    "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1",
                    "the file is a Microsoft Office document" + " (.doc, .xls, .ppt)" + NOT_TEXT),
            new Signature("\u0089PNG", "the file is a PNG image" + NOT_TEXT),
            new Signature("\u00FF\u00D8\u00FF", "the file is a JPEG image" + NOT_TEXT),
            new Signature("GIF8", "the file is a GIF image" + NOT_TEXT),
            new Signature("\u001F\u008B", "the file is compressed with gzip" + NOT_TEXT));

    private NotUtf8() {}

    /**
     * @param bytes a file's bytes, which are not valid UTF-8
     * @return what the file is, and what to do, if its first bytes say
     */
    static Optional<String> kindOf(byte[] bytes) {
        return SIGNATURES.stream()
                .filter(signature -> signature.begins(bytes))
                .map(Signature::kind)
                .findFirst();
    }

    /**
     * A lone byte of 0x80 to 0xFF between plain ASCII is how windows-1252 (and Latin-1) writes "é",
     * "’" or "—"; in UTF-8 such a character takes two or three bytes.
     *
     * @param bytes    a file's bytes
     * @param position the first byte that is not valid UTF-8
     * @return true if that byte stands alone among ASCII
     */
    static boolean looksLikeWindows1252(byte[] bytes, int position) {
        boolean asciiBefore = position == 0 || (bytes[position - 1] & 0x80) == 0;
        boolean asciiAfter = position + 1 >= bytes.length || (bytes[position + 1] & 0x80) == 0;
        // 0xFF, "ÿ", is rare in text and common in binary data
        int invalid = bytes[position] & 0xFF;
        return invalid >= 0x80 && invalid != 0xFF && asciiBefore && asciiAfter;
    }
}
