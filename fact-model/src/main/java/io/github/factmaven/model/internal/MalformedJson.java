package io.github.factmaven.model.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a JSON syntax error means to someone who edits the file by hand. The usual slips (a
 * trailing or missing comma, a member name without quotes, single quotes, a comment, a line break
 * inside a string, a bracket never closed) are named, at the character to fix; anything else is said
 * in the parser's words, without its notes about its own input ({@code [Source: REDACTED ...]}).
 */
public final class MalformedJson {

    private static final Pattern START_MARKER = Pattern.compile(
            "expected close marker for (Object|Array) \\(start marker at \\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]\\)");
    /** The parser's notes on where its input came from, which say nothing to a user. */
    private static final Pattern SOURCE_NOTE = Pattern.compile(
            "\\s*\\((?:for \\w+ starting at|start marker at) \\[Source: [^\\]]*\\]\\)|\\s*\\[Source: [^\\]]*\\]");

    private MalformedJson() {}

    /**
     * Where to fix a syntax error, and what to do.
     *
     * @param line    1-based line of the character to fix
     * @param column  1-based column of that character, in code points
     * @param message what is wrong and how to fix it
     */
    public record Explained(int line, int column, String message) {}

    /**
     * @param text  the text that failed to parse, as the parser read it
     * @param error what the parser said
     * @return the slip named at the place to fix it, or the parser's message where no slip is recognized
     */
    public static Explained explain(String text, JsonProcessingException error) {
        JsonLocation at = error.getLocation();
        String said = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        int offset = at == null ? -1 : (int) Math.min(at.getCharOffset(), text.length());
        if (offset < 0) {
            return new Explained(
                    at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "malformed JSON: " + withoutSourceNotes(said));
        }
        char found = offset < text.length() ? text.charAt(offset) : '\0';
        int before = previousNonSpace(text, offset);
        char previous = before < 0 ? '\0' : text.charAt(before);
        boolean expectingName = said.contains("was expecting double-quote to start field name");
        boolean expectingValue = said.contains("expected a valid value") || said.contains("expected a value");
        if (previous == ',' && (expectingName && found == '}' || expectingValue && found == ']')) {
            return at(
                    text,
                    before,
                    "trailing comma: remove this comma after the last "
                            + (found == '}' ? "member of the object" : "entry of the list"));
        }
        if (expectingValue && previous == ':') {
            return at(text, offset, "a member without a value: write its value after the colon");
        }
        if (found == ',' && previous == ',') {
            return at(text, offset, "a comma too many: remove this one");
        }
        if (expectingName && found == ']') {
            return at(
                    text,
                    offset,
                    "the object before this ] is not closed: "
                            + (previous == ',' ? "remove the comma after its last member and add }" : "add }"));
        }
        if (said.contains("was expecting comma to separate")) {
            return at(
                    text,
                    offset,
                    "missing comma: add a comma before this " + (said.contains("Object entries") ? "member" : "entry")
                            + ", after the one before it");
        }
        if (found == '\'') {
            return at(
                    text, offset, "single quotes: JSON takes double quotes around member names and strings (\"...\")");
        }
        if (found == '/' && offset + 1 < text.length() && "/*".indexOf(text.charAt(offset + 1)) >= 0) {
            return at(text, offset, "a comment: JSON has no comments, so remove it");
        }
        if (expectingName && Character.isJavaIdentifierStart(text.codePointAt(offset))) {
            int end = offset;
            while (end < text.length() && Character.isJavaIdentifierPart(text.charAt(end))) {
                end++;
            }
            String name = text.substring(offset, end);
            return at(text, offset, "member name " + name + " without quotes: write it \"" + name + "\"");
        }
        if (said.startsWith("Illegal unquoted character ((CTRL-CHAR, code ")) {
            int code = found;
            String what = code == '\n' || code == '\r'
                    ? "a line break inside a string: write it as \\n"
                    : code == '\t'
                            ? "a tab inside a string: write it as \\t"
                            : String.format(
                                    "the control character U+%04X inside a string: write it as \\u%04x", code, code);
            return at(text, offset, what);
        }
        Matcher unclosed = START_MARKER.matcher(said);
        if (said.startsWith("Unexpected end-of-input") && unclosed.find()) {
            boolean object = unclosed.group(1).equals("Object");
            return at(
                    text,
                    offset,
                    "the file ends before the " + (object ? "object" : "list") + " that starts at line "
                            + unclosed.group(2) + ", column " + unclosed.group(3) + " is closed: add "
                            + (object ? "}" : "]"));
        }
        return at(text, offset, "malformed JSON: " + withoutSourceNotes(said));
    }

    /** The parser's message without its notes on its own input. */
    public static String withoutSourceNotes(String said) {
        return SOURCE_NOTE.matcher(said).replaceAll("");
    }

    private static int previousNonSpace(String text, int offset) {
        int i = Math.min(offset, text.length()) - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }

    /** The line and code-point column of a character of the text, as an editor counts them. */
    private static Explained at(String text, int offset, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Explained(line, text.codePointCount(lineStart, offset) + 1, message);
    }
}
