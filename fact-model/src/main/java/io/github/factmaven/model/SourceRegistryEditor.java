package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.factmaven.model.internal.AstralCharacters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records hashes in the sources registry's text without touching anything else: an entry's
 * {@code sha256} is replaced in place or added as its last member, spaced like the member before
 * it; a new entry is added at the end of the array, indented like the entry before it. The result
 * is parsed again to confirm that it holds exactly the intended entries. Immutable and thread-safe.
 */
public final class SourceRegistryEditor {

    /** The text of a registry with no entries, to which new entries are added. */
    public static final String EMPTY =
            "{\n  \"$schema\": \"https://factmaven.github.io/fact-maven/schemas/sources-1.schema.json\",\n"
                    + "  \"sources\": []\n}\n";

    private static final JsonFactory JSON = new JsonFactory();
    private static final String SHA256 = "sha256";

    private final SourceRegistryReader reader = new SourceRegistryReader();

    /** An entry object: where it starts and ends, and where its last member's key and value start. */
    private record EntrySpan(
            int start, int end, int lastKeyStart, int lastValueStart, Optional<Integer> hashValueStart) {}

    /** The array of entries: where its brackets are, and its entries by location. */
    private record ArraySpan(int open, int close, Map<Location, EntrySpan> entries, List<EntrySpan> inOrder) {}

    /**
     * Records hashes and adds entries.
     *
     * @param text       the registry's text (decoded, without byte-order mark); {@link #EMPTY} for a new registry
     * @param name       the registry's name as messages show it
     * @param hashes     for each well-formed entry to change, by the location of its opening brace
     *                   as {@link LocatedSourceEntry#location()} gives it, its new hash
     * @param newEntries entries to add at the end, for files the registry does not have
     * @return the edited text, and the changes made
     * @throws IllegalArgumentException if a location names no well-formed entry, or a new entry's
     *                                  file is registered already
     * @throws IllegalStateException    if the edited text would not read back as the intended
     *                                  entries, which would be a bug: nothing should then be written
     */
    public EditedText apply(String text, String name, Map<Location, String> hashes, List<SourceEntry> newEntries) {
        SourceRegistry before = reader.parse(text, name);
        Map<Location, SourceEntry> current = new HashMap<>();
        before.entries().forEach(entry -> current.put(entry.location(), entry.entry()));
        hashes.keySet().forEach(location -> {
            if (!current.containsKey(location)) {
                throw new IllegalArgumentException("no well-formed entry starts at " + location);
            }
        });
        newEntries.forEach(entry -> {
            if (before.registers(entry.file())) {
                throw new IllegalArgumentException(entry.file() + " is registered already");
            }
        });

        ArraySpan array = array(text, name);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<TextChange> changes = new ArrayList<>();
        hashes.forEach(
                (location, hash) -> changes.add(hashChange(text, array.entries().get(location), hash)));
        if (!newEntries.isEmpty()) {
            changes.add(append(text, array, newEntries, newline));
        }
        changes.sort(Comparator.comparingInt(TextChange::start));
        StringBuilder edited = new StringBuilder(text);
        for (int i = changes.size() - 1; i >= 0; i--) {
            TextChange change = changes.get(i);
            edited.replace(change.start(), change.end(), change.replacement());
        }
        String result = edited.toString();
        confirm(before, reader.parse(result, name), hashes, newEntries);
        return new EditedText(result, changes);
    }

    private static TextChange hashChange(String text, EntrySpan entry, String hash) {
        String token = "\"" + hash + "\"";
        if (entry.hashValueStart().isPresent()) {
            int start = entry.hashValueStart().get();
            return new TextChange(start, JsonStringToken.end(text, start), token);
        }
        int keyEnd = JsonStringToken.end(text, entry.lastKeyStart());
        String separator = text.substring(keyEnd, entry.lastValueStart());
        int valueEnd = entry.end() - 1;
        while (Character.isWhitespace(text.charAt(valueEnd - 1))) {
            valueEnd--;
        }
        String indentation = text.substring(whitespaceBefore(text, entry.lastKeyStart()), entry.lastKeyStart());
        return new TextChange(valueEnd, valueEnd, "," + indentation + "\"" + SHA256 + "\"" + separator + token);
    }

    private static TextChange append(String text, ArraySpan array, List<SourceEntry> entries, String newline) {
        StringBuilder rendered = new StringBuilder();
        if (array.inOrder().isEmpty()) {
            // an empty array holds only whitespace, which is replaced by the entries on lines of their own
            String arrayIndent = lineIndentation(text, array.open());
            for (SourceEntry entry : entries) {
                rendered.append(rendered.isEmpty() ? "" : ",")
                        .append(newline)
                        .append(render(entry, arrayIndent + "  ", newline));
            }
            return new TextChange(
                    array.open() + 1,
                    array.close(),
                    rendered.append(newline).append(arrayIndent).toString());
        }
        EntrySpan last = array.inOrder().get(array.inOrder().size() - 1);
        String entryIndent = lineIndentation(text, last.start());
        for (SourceEntry entry : entries) {
            rendered.append(",").append(newline).append(render(entry, entryIndent, newline));
        }
        return new TextChange(last.end(), last.end(), rendered.toString());
    }

    private static String render(SourceEntry entry, String indent, String newline) {
        String member = indent + "  ";
        return indent + "{" + newline
                + member + "\"file\": \"" + JsonStringToken.encode(entry.file()) + "\"," + newline
                + member + "\"outlet\": \"" + JsonStringToken.encode(entry.outlet()) + "\"," + newline
                + member + "\"" + SHA256 + "\": \"" + entry.sha256().orElseThrow() + "\"" + newline
                + indent + "}";
    }

    private static String lineIndentation(String text, int position) {
        int lineStart = position;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int end = lineStart;
        while (end < position && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(lineStart, end);
    }

    private static int whitespaceBefore(String text, int position) {
        int start = position;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static ArraySpan array(String text, String name) {
        // the entries' locations as the reader gives them, columns in code points, to be found by them
        AstralCharacters astral = AstralCharacters.of(text);
        Map<Location, EntrySpan> entries = new HashMap<>();
        List<EntrySpan> inOrder = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean isSources = "sources".equals(parser.currentName());
                if (parser.nextToken() != JsonToken.START_ARRAY || !isSources) {
                    parser.skipChildren();
                    continue;
                }
                int open = offset(parser.currentTokenLocation());
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonLocation at = parser.currentTokenLocation();
                    int start = offset(at);
                    int lastKey = -1;
                    int lastValue = -1;
                    Optional<Integer> hash = Optional.empty();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        lastKey = offset(parser.currentTokenLocation());
                        boolean isHash = SHA256.equals(parser.currentName());
                        parser.nextToken();
                        lastValue = offset(parser.currentTokenLocation());
                        if (isHash) {
                            hash = Optional.of(lastValue);
                        }
                        parser.skipChildren();
                    }
                    EntrySpan span =
                            new EntrySpan(start, offset(parser.currentTokenLocation()) + 1, lastKey, lastValue, hash);
                    entries.put(TokenLocations.of(name, at, astral), span);
                    inOrder.add(span);
                }
                return new ArraySpan(open, offset(parser.currentTokenLocation()), entries, inOrder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(name + " has no \"sources\" array");
    }

    private static int offset(JsonLocation location) {
        return (int) location.getCharOffset();
    }

    private static void confirm(
            SourceRegistry before, SourceRegistry after, Map<Location, String> hashes, List<SourceEntry> added) {
        List<SourceEntry> expected = new ArrayList<>();
        before.entries().forEach(entry -> {
            String hash = hashes.get(entry.location());
            expected.add(hash == null ? entry.entry() : entry.entry().withSha256(hash));
        });
        expected.addAll(added);
        List<SourceEntry> actual =
                after.entries().stream().map(LocatedSourceEntry::entry).toList();
        if (!expected.equals(actual)
                || before.invalidEntries().size() != after.invalidEntries().size()
                || !messages(before).equals(messages(after))) {
            throw new IllegalStateException("editing " + before.name() + " would change more than intended;"
                    + " the file is left as it is. Please report this as a bug.");
        }
    }

    private static List<String> messages(SourceRegistry registry) {
        return registry.problems().stream().map(Problem::message).toList();
    }
}
