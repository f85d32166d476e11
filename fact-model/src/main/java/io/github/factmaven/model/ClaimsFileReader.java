package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.serialization.NodeReader;
import com.networknt.schema.utils.JsonNodes;

import java.io.IOException;
import java.nio.file.Files;
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
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads claims files. Every problem of a file is collected, with its line and column, instead of
 * stopping at the first: a user fixes them all in one pass.
 *
 * <p>The file is decoded strictly as UTF-8 and parsed from the decoded text, so columns count
 * characters, not bytes. Instances are immutable and thread-safe.
 */
public final class ClaimsFileReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final NodeReader NODE_READER = NodeReader.builder()
            .locationAware()
            .jsonMapper(MAPPER)
            .build();
    private static final String CLAIMS = "claims";
    private static final Comparator<Problem> BY_POSITION = Comparator
            .comparingInt((Problem problem) -> problem.location().line())
            .thenComparingInt(problem -> problem.location().column());
    private static final String CLAIM_MEMBERS = "id, statement, quote, source, offset, outlet, prefix, suffix";
    private static final String FILE_MEMBERS = "$schema, claims";

    /**
     * Reads a claims file, naming it by its path.
     *
     * @param file the claims file
     * @return the claims and problems of the file
     */
    public ClaimsFile read(Path file) {
        return read(file, file.toString().replace('\\', '/'));
    }

    /**
     * Reads a claims file.
     *
     * @param file the claims file
     * @param name the file's path as shown to users, for example relative to the project
     * @return the claims and problems of the file
     */
    public ClaimsFile read(Path file, String name) {
        String text;
        try {
            text = Utf8Text.decode(Files.readAllBytes(file));
        } catch (InvalidUtf8Exception e) {
            return fileProblem(name, new Location(name, e.line(), 1), e.getMessage());
        } catch (IOException e) {
            return fileProblem(name, new Location(name, 1, 1), "cannot read the file: " + e);
        }
        return parse(text, name);
    }

    /**
     * Reads claims from text, for callers that hold the file's content.
     *
     * @param text the file's content
     * @param name the file's path as shown to users
     * @return the claims and problems of the text
     */
    public ClaimsFile parse(String text, String name) {
        Map<Integer, List<Problem>> duplicateKeys = new HashMap<>();
        List<Problem> fileProblems = new ArrayList<>();
        JsonNode document;
        try {
            findDuplicateKeys(text, name, duplicateKeys, fileProblems);
            document = NODE_READER.readTree(text, InputFormat.JSON);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Location location = at == null ? new Location(name, 1, 1) : locationOf(name, at);
            return fileProblem(name, location, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return fileProblem(name, new Location(name, 1, 1), "cannot parse the file: " + e);
        }

        Map<Integer, List<Problem>> claimProblems = new HashMap<>(duplicateKeys);
        for (Error error : ClaimsSchema.validate(document)) {
            Problem problem = new Problem(locationOf(name, locatedNode(document, error)), describe(error));
            int index = claimIndex(error.getInstanceLocation());
            if (index < 0) {
                fileProblems.add(problem);
            } else {
                claimProblems.computeIfAbsent(index, i -> new ArrayList<>()).add(problem);
            }
        }

        claimProblems.values().forEach(problems -> problems.sort(BY_POSITION));
        fileProblems.sort(BY_POSITION);
        List<LocatedClaim> claims = new ArrayList<>();
        List<InvalidClaim> invalidClaims = new ArrayList<>();
        JsonNode entries = document.path(CLAIMS);
        if (entries.isArray()) {
            for (int i = 0; i < entries.size(); i++) {
                JsonNode entry = entries.get(i);
                Location location = locationOf(name, entry);
                List<Problem> problems = claimProblems.get(i);
                if (problems == null) {
                    claims.add(new LocatedClaim(toClaim(entry), location, memberLocations(name, entry)));
                } else {
                    JsonNode id = entry.path("id");
                    invalidClaims.add(new InvalidClaim(
                            id.isTextual() ? Optional.of(id.textValue()) : Optional.empty(), location, problems));
                }
            }
        }
        return new ClaimsFile(name, claims, invalidClaims, fileProblems);
    }

    private static ClaimsFile fileProblem(String name, Location location, String message) {
        return new ClaimsFile(name, List.of(), List.of(), List.of(new Problem(location, message)));
    }

    private static Claim toClaim(JsonNode entry) {
        return new Claim(entry.get("id").textValue(), entry.get("statement").textValue(),
                entry.get("quote").textValue(), entry.get("source").textValue(),
                entry.has("offset") ? OptionalInt.of(entry.get("offset").intValue()) : OptionalInt.empty(),
                entry.get("outlet").textValue(),
                optionalText(entry, "prefix"), optionalText(entry, "suffix"));
    }

    private static Optional<String> optionalText(JsonNode entry, String member) {
        return Optional.ofNullable(entry.get(member)).map(JsonNode::textValue);
    }

    private static Map<String, Location> memberLocations(String name, JsonNode entry) {
        Map<String, Location> members = new LinkedHashMap<>();
        entry.fields().forEachRemaining(member -> members.put(member.getKey(), locationOf(name, member.getValue())));
        return members;
    }

    /**
     * Jackson keeps the last of duplicate keys silently, and its strict mode stops at the first; this
     * pass reports every duplicate and lets the rest of the file be checked.
     */
    private static void findDuplicateKeys(String text, String name, Map<Integer, List<Problem>> byClaim,
                                          List<Problem> fileProblems) throws IOException {
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            Deque<Set<String>> objects = new ArrayDeque<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> objects.push(new HashSet<>());
                    case END_OBJECT -> objects.pop();
                    case FIELD_NAME -> {
                        String key = parser.currentName();
                        if (!objects.peek().add(key)) {
                            Problem problem = new Problem(locationOf(name, parser.currentTokenLocation()),
                                    "duplicate member \"" + key + "\": each member may appear only once");
                            int index = claimIndex(parser.getParsingContext().pathAsPointer());
                            if (index < 0) {
                                fileProblems.add(problem);
                            } else {
                                byClaim.computeIfAbsent(index, i -> new ArrayList<>()).add(problem);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }

    /** The index of the claim a JSON pointer points into, or -1 outside the claims array. */
    private static int claimIndex(JsonPointer pointer) {
        if (CLAIMS.equals(pointer.getMatchingProperty())) {
            return pointer.tail().getMatchingIndex();
        }
        return -1;
    }

    private static int claimIndex(NodePath instance) {
        if (instance.getNameCount() >= 2 && CLAIMS.equals(instance.getName(0))
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
    private static String describe(Error error) {
        NodePath instance = error.getInstanceLocation();
        boolean inClaim = claimIndex(instance) >= 0;
        return switch (error.getKeyword()) {
            case "required" -> "missing required member \"" + error.getProperty() + "\"";
            case "additionalProperties" -> "unknown member \"" + error.getProperty() + "\" (allowed: "
                    + (inClaim ? CLAIM_MEMBERS : FILE_MEMBERS) + ")";
            default -> instance.getNameCount() == 0 || (inClaim && instance.getNameCount() == 2)
                    ? error.getMessage()
                    : "\"" + instance.getName(instance.getNameCount() - 1) + "\": " + error.getMessage();
        };
    }

    private static Location locationOf(String name, JsonNode node) {
        JsonLocation at = JsonNodes.tokenStreamLocationOf(node);
        return at == null ? new Location(name, 1, 1) : locationOf(name, at);
    }

    private static Location locationOf(String name, JsonLocation at) {
        return new Location(name, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()));
    }
}
