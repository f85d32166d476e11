package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.factmaven.model.internal.AstralCharacters;
import io.github.factmaven.model.internal.Columns;
import io.github.factmaven.model.internal.Utf8Input;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fast path of {@link SourceRegistryReader}, as {@link ClaimsBinding} is of claims files: binds
 * a registry in one streaming pass, without a tree and without the schema validator, and gives up
 * at the first thing it is not sure the schema and the reader's own rules accept. The reader then
 * reads the registry the thorough way, which finds and words every problem. Loading the schema
 * validator costs more than checking a small dataset; a valid registry never needs it. Thread-safe.
 */
final class SourceRegistryBinding {

    private static final Set<String> MEMBERS = Set.of(
            "file",
            "outlet",
            "title",
            "authors",
            "url",
            "published",
            "retrieved",
            "sha256",
            "notes",
            "encoding",
            "htmlRoot");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private SourceRegistryBinding() {}

    /**
     * @param text the registry's content, decoded
     * @param name its path as shown to users
     * @return the registry, or empty if it is not plainly valid and must be read the thorough way
     */
    static Optional<SourceRegistry> bind(String text, String name) {
        AstralCharacters astral = AstralCharacters.of(text);
        return StreamingBinding.bind(text, "sources", parser -> entries(parser, name, astral))
                .map(entries -> new SourceRegistry(name, entries, List.of(), List.of()));
    }

    /**
     * @param text the registry's bytes, checked as they are read; closed when done
     * @param name its path as shown to users
     * @return the registry, or empty if it is not plainly valid, or its bytes are not strict UTF-8,
     *         and it must be read the thorough way
     */
    static Optional<SourceRegistry> bind(Utf8Input text, String name) {
        return StreamingBinding.bind(text, "sources", parser -> entries(parser, name, text))
                .map(entries -> new SourceRegistry(name, entries, List.of(), List.of()));
    }

    private static List<LocatedSourceEntry> entries(JsonParser parser, String name, Columns columns)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<LocatedSourceEntry> entries = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            LocatedSourceEntry entry = token == JsonToken.START_OBJECT ? entry(parser, name, columns) : null;
            // a file registered twice is a problem the thorough way words
            if (entry == null || !files.add(entry.entry().file())) {
                return null;
            }
            entries.add(entry);
        }
        return entries;
    }

    private static LocatedSourceEntry entry(JsonParser parser, String name, Columns columns) throws IOException {
        Location location = TokenLocations.of(name, parser.currentTokenLocation(), columns);
        Map<String, String> values = new HashMap<>();
        Map<String, Location> members = new HashMap<>();
        List<String> authors = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String member = parser.currentName();
            if (!MEMBERS.contains(member) || members.containsKey(member)) {
                return null;
            }
            JsonToken value = parser.nextToken();
            members.put(member, TokenLocations.of(name, parser.currentTokenLocation(), columns));
            if (member.equals("authors")) {
                authors = authors(parser);
                if (authors == null) {
                    return null;
                }
            } else if (value != JsonToken.VALUE_STRING || !plainlyValid(member, parser.getText())) {
                return null;
            } else {
                values.put(member, parser.getText());
            }
        }
        if (!values.containsKey("file") || !values.containsKey("outlet")) {
            return null;
        }
        SourceEntry entry = new SourceEntry(
                values.get("file"),
                values.get("outlet"),
                Optional.ofNullable(values.get("title")),
                authors == null ? List.of() : authors,
                Optional.ofNullable(values.get("url")).map(URI::create),
                Optional.ofNullable(values.get("published")),
                Optional.ofNullable(values.get("retrieved")),
                Optional.ofNullable(values.get("sha256")),
                Optional.ofNullable(values.get("notes")),
                Optional.ofNullable(values.get("encoding")),
                Optional.ofNullable(values.get("htmlRoot")));
        // the HTML members on a text source, or an encoding Java lacks: the thorough way words it
        if (!SourceRegistryReader.htmlMembersProblem(entry).isEmpty()) {
            return null;
        }
        return new LocatedSourceEntry(entry, location, members);
    }

    private static List<String> authors(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<String> authors = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.VALUE_STRING || parser.getTextLength() == 0) {
                return null;
            }
            authors.add(parser.getText());
        }
        return authors;
    }

    private static boolean plainlyValid(String member, String value) {
        return switch (member) {
            case "file", "outlet", "title" -> !value.isEmpty();
            case "url" -> plainUrl(value);
            case "published", "retrieved" -> SourceRegistryReader.isDate(value);
            case "sha256" -> SHA256.matcher(value).matches();
            case "htmlRoot" -> value.equals("body") || value.equals("document");
            case "encoding" -> !value.isEmpty();
            default -> true; // notes: any text
        };
    }

    /**
     * An absolute http(s) URL with a host, in printable ASCII, whose query has no brackets: what
     * both the schema's "uri" format and the reader's rule accept, without asking where they differ.
     */
    private static boolean plainUrl(String value) {
        if (value.isEmpty() || !value.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute()
                    && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null
                    && (uri.getRawQuery() == null || uri.getRawQuery().chars().noneMatch(c -> c == '[' || c == ']'));
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
