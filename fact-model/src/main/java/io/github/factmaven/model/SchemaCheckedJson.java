package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;
import io.github.factmaven.model.internal.AstralCharacters;
import io.github.factmaven.model.internal.MalformedJson;
import io.github.factmaven.model.internal.Printable;
import io.github.factmaven.model.internal.RegularFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads a dataset file of the form {@code {"<items>": [ {...}, ... ]}} against its JSON Schema,
 * collecting every problem with its line and column, and sorting each problem to the entry of the
 * array it concerns or to the file as a whole. Claims files and the sources registry share it.
 *
 * <p>The text is parsed from a String so that columns count characters, not bytes. Immutable and
 * thread-safe.
 */
final class SchemaCheckedJson {

    static {
        QuietLogging.bind(); // before the validator's classes, which make their loggers as they load
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final NodeReader NODE_READER =
            NodeReader.builder().locationAware().jsonMapper(MAPPER).build();
    static final Comparator<Problem> BY_POSITION = Comparator.comparingInt(
                    (Problem problem) -> problem.location().line())
            .thenComparingInt(problem -> problem.location().column());

    private final Schema schema;
    private final String items;
    private final String itemMembers;
    private final String fileMembers;

    /**
     * @param schema      the file's schema
     * @param items       the name of the top-level array whose entries are checked one by one
     * @param itemMembers the members an entry may have, for messages about unknown members
     * @param fileMembers the members the top-level object may have
     */
    SchemaCheckedJson(Schema schema, String items, String itemMembers, String fileMembers) {
        this.schema = schema;
        this.items = items;
        this.itemMembers = itemMembers;
        this.fileMembers = fileMembers;
    }

    /**
     * What reading a file produced.
     *
     * @param document     the parsed tree with token locations; empty if the file could not be parsed
     * @param itemProblems the problems of each entry of the array, by index, each list in text order
     * @param fileProblems the problems of the file as a whole, in text order
     * @param astral       where the text's characters outside the Basic Multilingual Plane are, for
     *                     the columns of its nodes in code points
     */
    record Parsed(
            Optional<JsonNode> document,
            Map<Integer, List<Problem>> itemProblems,
            List<Problem> fileProblems,
            AstralCharacters astral) {

        static Parsed failed(Location location, String message) {
            return new Parsed(
                    Optional.empty(), Map.of(), List.of(new Problem(location, message)), AstralCharacters.of(""));
        }

        /**
         * @param name the file's path as shown to users
         * @param node a node of this tree
         * @return where the node starts, its column in code points
         */
        Location locationOf(String name, JsonNode node) {
            JsonLocation at = JsonNodes.tokenStreamLocationOf(node);
            return at == null ? new Location(name, 1, 1) : TokenLocations.of(name, at, astral);
        }

        /**
         * @param name  the file's path as shown to users
         * @param entry an object of this tree
         * @return where the value of each member starts, by member name, in text order
         */
        Map<String, Location> memberLocations(String name, JsonNode entry) {
            Map<String, Location> members = new LinkedHashMap<>();
            entry.fields()
                    .forEachRemaining(member -> members.put(member.getKey(), locationOf(name, member.getValue())));
            return members;
        }

        /** @return the entries of the array, or none if the document has no such array */
        List<JsonNode> entries(String items) {
            List<JsonNode> entries = new ArrayList<>();
            document.map(root -> root.path(items))
                    .filter(JsonNode::isArray)
                    .ifPresent(array -> array.forEach(entries::add));
            return entries;
        }
    }

    /** Loads a JSON Schema (draft 2020-12) from the class path, with JSON-pointer instance paths. */
    static Schema loadSchema(String resource) {
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, builder -> builder.schemaRegistryConfig(config));
        try (InputStream in = SchemaCheckedJson.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads a file as strict UTF-8 and parses it.
     *
     * @param file the file
     * @param name its path as shown to users
     * @return the parsed file, or a single problem if it cannot be read or decoded
     */
    Parsed read(Path file, String name) {
        return read(file, name, this::parse, failed -> failed);
    }

    /**
     * Reads a file as strict UTF-8 and hands its text on.
     *
     * @param file       the file
     * @param name       its path as shown to users
     * @param parse      what to make of the text and name
     * @param unreadable what to make of the single problem of a file that cannot be read or decoded
     * @param <T>        what the file is read into
     * @return the result of one of the two functions
     */
    static <T> T read(Path file, String name, BiFunction<String, String, T> parse, Function<Parsed, T> unreadable) {
        String text;
        try {
            text = Utf8Text.decode(RegularFile.readAllBytes(file));
        } catch (InvalidUtf8Exception e) {
            return unreadable.apply(Parsed.failed(new Location(name, e.line(), 1), e.getMessage()));
        } catch (RegularFile.NotRegularException e) {
            return unreadable.apply(Parsed.failed(new Location(name, 1, 1), "cannot read the file: " + e.reason()));
        } catch (IOException e) {
            return unreadable.apply(Parsed.failed(new Location(name, 1, 1), "cannot read the file: " + e));
        }
        return parse.apply(text, name);
    }

    /**
     * Parses text and validates it against the schema.
     *
     * @param text the file's content, decoded
     * @param name the file's path as shown to users
     * @return the tree and every problem found
     */
    Parsed parse(String text, String name) {
        Map<Integer, List<Problem>> itemProblems = new HashMap<>();
        List<Problem> fileProblems = new ArrayList<>();
        AstralCharacters astral = AstralCharacters.of(text);
        JsonNode document;
        try {
            findDuplicateKeys(text, name, astral, itemProblems, fileProblems);
            document = readTree(text);
        } catch (StreamConstraintsException e) {
            // a string or a number too long to be anything a dataset means: said, not thrown
            JsonLocation at = e.getLocation();
            return Parsed.failed(
                    at == null ? new Location(name, 1, 1) : TokenLocations.of(name, at, astral),
                    "a value too large to read: " + e.getOriginalMessage().replaceAll(", from `[^`]*`", ""));
        } catch (JsonProcessingException e) {
            MalformedJson.Explained slip = MalformedJson.explain(text, e);
            return Parsed.failed(new Location(name, slip.line(), slip.column()), slip.message());
        } catch (IOException e) {
            return Parsed.failed(new Location(name, 1, 1), "cannot parse the file: " + e);
        }
        if (document == null || document.isMissingNode()) {
            return Parsed.failed(new Location(name, 1, 1), "the file is empty: it must hold a JSON object");
        }
        Parsed parsed = new Parsed(Optional.of(document), itemProblems, fileProblems, astral);
        for (Error error : schema.validate(document)) {
            Problem problem = new Problem(parsed.locationOf(name, locatedNode(document, error)), describe(error));
            int index = itemIndex(error.getInstanceLocation());
            if (index < 0) {
                fileProblems.add(problem);
            } else {
                itemProblems.computeIfAbsent(index, i -> new ArrayList<>()).add(problem);
            }
        }
        itemProblems.values().forEach(problems -> problems.sort(BY_POSITION));
        fileProblems.sort(BY_POSITION);
        return parsed;
    }

    /** The networknt reader wraps Jackson's parse errors in an unchecked exception: unwrapped here. */
    private static JsonNode readTree(String text) throws IOException {
        try {
            return NODE_READER.readTree(text, InputFormat.JSON);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Jackson keeps the last of duplicate keys silently, and its strict mode stops at the first; this
     * pass reports every duplicate and lets the rest of the file be checked.
     */
    private void findDuplicateKeys(
            String text,
            String name,
            AstralCharacters astral,
            Map<Integer, List<Problem>> byItem,
            List<Problem> fileProblems)
            throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            Deque<Set<String>> objects = new ArrayDeque<>();
            int depth = 0;
            int rootValues = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (depth == 0 && rootValues++ == 1) {
                    // a second document would otherwise be ignored without a word, its claims unchecked
                    fileProblems.add(new Problem(
                            TokenLocations.of(name, parser.currentTokenLocation(), astral),
                            "content after the end of the JSON document: a file holds one JSON object"));
                    return;
                }
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                switch (token) {
                    case START_OBJECT -> objects.push(new HashSet<>());
                    case END_OBJECT -> objects.pop();
                    case FIELD_NAME -> {
                        String key = parser.currentName();
                        if (!objects.peek().add(key)) {
                            Problem problem = new Problem(
                                    TokenLocations.of(name, parser.currentTokenLocation(), astral),
                                    "duplicate member \"" + Printable.escape(key)
                                            + "\": each member may appear only once");
                            int index = itemIndex(parser.getParsingContext().pathAsPointer());
                            if (index < 0) {
                                fileProblems.add(problem);
                            } else {
                                byItem.computeIfAbsent(index, i -> new ArrayList<>())
                                        .add(problem);
                            }
                        }
                    }
                    default -> {}
                }
            }
        }
    }

    /** The index of the entry a JSON pointer points into, or -1 outside the array. */
    private int itemIndex(JsonPointer pointer) {
        if (items.equals(pointer.getMatchingProperty())) {
            return pointer.tail().getMatchingIndex();
        }
        return -1;
    }

    private int itemIndex(NodePath instance) {
        if (instance.getNameCount() >= 2
                && items.equals(instance.getName(0))
                && instance.getElement(1) instanceof Integer index) {
            return index;
        }
        return -1;
    }

    /** The node a message should point at: the offending member itself where there is one. */
    private static JsonNode locatedNode(JsonNode document, Error error) {
        JsonNode instance = JsonNodes.get(document, error.getInstanceLocation());
        if (instance == null) {
            return document;
        }
        if (error.getProperty() != null && instance.has(error.getProperty())) {
            return instance.get(error.getProperty());
        }
        return instance;
    }

    /** Networknt's messages, reworded to name the member they are about. */
    private String describe(Error error) {
        NodePath instance = error.getInstanceLocation();
        boolean inItem = itemIndex(instance) >= 0;
        return switch (error.getKeyword()) {
            case "required" -> "missing required member \"" + error.getProperty() + "\"";
            case "additionalProperties" ->
                "unknown member \"" + Printable.escape(error.getProperty()) + "\" (allowed: "
                        + (inItem ? itemMembers : fileMembers) + ")";
            default ->
                instance.getNameCount() == 0 || (inItem && instance.getNameCount() == 2)
                        ? error.getMessage()
                        : "\"" + instance.getName(instance.getNameCount() - 1) + "\": " + error.getMessage();
        };
    }
}
