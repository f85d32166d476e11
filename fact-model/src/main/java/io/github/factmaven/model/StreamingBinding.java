package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * What the streaming binders of claims files and of the registry share: a document that is one
 * object with an optional {@code "$schema"} string and one array of entries, bound in one pass, or
 * given up at the first thing that is not plainly valid, so that the thorough way reads it instead.
 * Thread-safe.
 */
final class StreamingBinding {

    private static final JsonFactory FACTORY = new JsonFactory();

    private StreamingBinding() {}

    /**
     * Binds the entries of a document's array member.
     *
     * @param <T> the entries' type
     */
    @FunctionalInterface
    interface Entries<T> {
        /**
         * @param parser at the member's name
         * @return the entries, the parser at the array's end; null if they are not plainly valid
         * @throws IOException if the JSON is malformed or cannot be read
         */
        List<T> read(JsonParser parser) throws IOException;
    }

    /**
     * @param text    the document, decoded
     * @param member  the name of its array member
     * @param entries how to bind that array
     * @param <T>     the entries' type
     * @return the entries, or empty if the document is not plainly valid
     */
    static <T> Optional<List<T>> bind(String text, String member, Entries<T> entries) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return Optional.ofNullable(document(parser, member, entries));
        } catch (IOException e) {
            return Optional.empty(); // malformed: the thorough way says where and why
        }
    }

    /**
     * @param text    the document's UTF-8 bytes, checked as they are read; closed when done
     * @param member  the name of its array member
     * @param entries how to bind that array
     * @param <T>     the entries' type
     * @return the entries, or empty if the document is not plainly valid or its bytes are not strict UTF-8
     */
    static <T> Optional<List<T>> bind(InputStream text, String member, Entries<T> entries) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return Optional.ofNullable(document(parser, member, entries));
        } catch (IOException e) {
            return Optional.empty(); // malformed JSON or UTF-8: the thorough way says where and why
        }
    }

    private static <T> List<T> document(JsonParser parser, String member, Entries<T> entries) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return null;
        }
        List<T> bound = null;
        boolean schema = false;
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            if (name.equals(member) && bound == null) {
                bound = entries.read(parser);
                if (bound == null) {
                    return null;
                }
            } else if (name.equals("$schema") && !schema && parser.nextToken() == JsonToken.VALUE_STRING) {
                schema = true;
            } else {
                return null;
            }
        }
        if (bound == null || parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
            return null;
        }
        return bound;
    }
}
