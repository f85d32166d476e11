package io.github.factmaven.validator.internal.annotation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.internal.AstralCharacters;
import io.github.factmaven.model.internal.MalformedJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A JSON value with the line and column where it starts, so that what cannot be imported is named
 * where it is written. Jackson's own tree forgets where its nodes were.
 *
 * @param value a {@code Map<String, LocatedJson>}, a {@code List<LocatedJson>}, a String, a Number, a
 *     Boolean or null
 * @param location where the value starts
 */
public record LocatedJson(Object value, Location location) {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** A document that is not well-formed JSON. */
    public static final class MalformedJsonException extends Exception {
        private final transient Location location;

        MalformedJsonException(Location location, String message) {
            super(message);
            this.location = location;
        }

        /** @return where the document stops being JSON */
        public Location location() {
            return location;
        }
    }

    /**
     * @param text a JSON document, a byte-order mark already removed
     * @param name the file's name as messages show it
     * @return the document's value with the place of each part
     * @throws MalformedJsonException if the text is not one well-formed JSON value, or nests deeper
     *     than Jackson's limit
     */
    public static LocatedJson parse(String text, String name) throws MalformedJsonException {
        // columns in code points, as everywhere else in messages
        AstralCharacters astral = AstralCharacters.of(text);
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new MalformedJsonException(new Location(name, 1, 1), "the file is empty");
            }
            LocatedJson root;
            try {
                root = read(parser, first, name, astral);
            } catch (StreamConstraintsException e) {
                // said where the parser stopped, not thrown: the exception knows no place
                throw new MalformedJsonException(
                        at(name, parser.currentTokenLocation(), astral),
                        "a value too large or too deeply nested to read: "
                                + e.getOriginalMessage().replaceAll(", from `[^`]*`", ""));
            }
            if (parser.nextToken() != null) {
                throw new MalformedJsonException(
                        at(name, parser.currentTokenLocation(), astral), "more than one JSON value");
            }
            return root;
        } catch (JsonProcessingException e) {
            MalformedJson.Explained slip = MalformedJson.explain(text, e);
            throw new MalformedJsonException(new Location(name, slip.line(), slip.column()), slip.message());
        } catch (IOException e) {
            // a String cannot fail to be read; anything else Jackson throws is a flaw of the text
            throw new MalformedJsonException(new Location(name, 1, 1), "malformed JSON: " + e.getMessage());
        }
    }

    private static LocatedJson read(JsonParser parser, JsonToken token, String name, AstralCharacters astral)
            throws IOException {
        Location location = at(name, parser.currentTokenLocation(), astral);
        switch (token) {
            case START_OBJECT -> {
                Map<String, LocatedJson> members = new LinkedHashMap<>();
                for (JsonToken next = parser.nextToken(); next == JsonToken.FIELD_NAME; next = parser.nextToken()) {
                    String member = parser.currentName();
                    members.putIfAbsent(member, read(parser, parser.nextToken(), name, astral));
                }
                return new LocatedJson(members, location);
            }
            case START_ARRAY -> {
                List<LocatedJson> items = new ArrayList<>();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    items.add(read(parser, next, name, astral));
                }
                return new LocatedJson(items, location);
            }
            case VALUE_STRING -> {
                return new LocatedJson(parser.getText(), location);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new LocatedJson(parser.getNumberValue(), location);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new LocatedJson(parser.getBooleanValue(), location);
            }
            default -> {
                return new LocatedJson(null, location);
            }
        }
    }

    private static Location at(String name, JsonLocation where, AstralCharacters astral) {
        return new Location(name, Math.max(1, where.getLineNr()), astral.column(where));
    }

    /** @return true if this is a JSON object */
    public boolean isObject() {
        return value instanceof Map;
    }

    /**
     * @param member a member's name; for {@code id} and {@code type}, JSON-LD's {@code @id} and
     *     {@code @type} are read too
     * @return the member's value, if this is an object that has it
     */
    public Optional<LocatedJson> get(String member) {
        if (!(value instanceof Map<?, ?> members)) {
            return Optional.empty();
        }
        Object found = members.get(member);
        if (found == null && (member.equals("id") || member.equals("type"))) {
            found = members.get("@" + member);
        }
        return Optional.ofNullable((LocatedJson) found);
    }

    /** @return the member's value if it is a string */
    public Optional<String> text(String member) {
        return get(member).flatMap(LocatedJson::text);
    }

    /** @return this value if it is a string */
    public Optional<String> text() {
        return value instanceof String string ? Optional.of(string) : Optional.empty();
    }

    /** @return this value if it is a whole number that fits a long */
    public OptionalLong whole() {
        if (value instanceof Integer || value instanceof Long) {
            return OptionalLong.of(((Number) value).longValue());
        }
        return OptionalLong.empty();
    }

    /** @return the items of this array, or this value alone: JSON-LD writes a one-item list either way */
    public List<LocatedJson> items() {
        if (value instanceof List<?> list) {
            return list.stream().map(LocatedJson.class::cast).toList();
        }
        return value == null ? List.of() : List.of(this);
    }

    /** @return the member's items, as {@link #items()}; none if there is no such member */
    public List<LocatedJson> items(String member) {
        return get(member).map(LocatedJson::items).orElse(List.of());
    }

    /**
     * @param type a JSON-LD type, such as {@code Annotation}
     * @return true if this object's {@code type} is it, or a list that holds it
     */
    public boolean hasType(String type) {
        return items("type").stream()
                .anyMatch(item -> item.text().filter(type::equals).isPresent());
    }
}
