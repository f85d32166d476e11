package io.github.factmaven.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.factmaven.model.internal.Printable;
import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.model.internal.Utf8Input;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * Reads claims files. Every problem of a file is collected, with its line and column, instead of
 * stopping at the first: a user fixes them all in one pass.
 *
 * <p>The file is decoded strictly as UTF-8 and parsed from the decoded characters, so columns
 * count characters, not bytes. A valid file is bound in one streaming pass as it is decoded; the
 * JSON Schema validator runs only on a file that pass cannot bind, to find and word its problems.
 * Instances are immutable and thread-safe.
 */
public final class ClaimsFileReader {

    /** The most code points a quote may have unless the reader is told otherwise. */
    public static final int DEFAULT_MAX_QUOTE_LENGTH = 10_000;

    private static final String CLAIMS = "claims";

    /**
     * The schema validator, loaded the first time a file does not bind: loading it costs more than
     * checking a small dataset, and a dataset whose files all bind never needs it.
     */
    private static final class Thorough {
        static final SchemaCheckedJson JSON = new SchemaCheckedJson(
                ClaimsSchema.SCHEMA,
                CLAIMS,
                "id, statement, quote, source, offset, outlet, prefix, suffix",
                "$schema, claims");
    }

    private final int maxQuoteLength;

    /** A reader that allows quotes of up to {@value #DEFAULT_MAX_QUOTE_LENGTH} code points. */
    public ClaimsFileReader() {
        this(DEFAULT_MAX_QUOTE_LENGTH);
    }

    /**
     * @param maxQuoteLength the most code points a quote may have; a longer quote makes its claim
     *                       invalid, with the limit named
     * @throws IllegalArgumentException if the limit is not positive
     */
    public ClaimsFileReader(int maxQuoteLength) {
        if (maxQuoteLength < 1) {
            throw new IllegalArgumentException("the longest quote allowed must be at least 1, not " + maxQuoteLength);
        }
        this.maxQuoteLength = maxQuoteLength;
    }

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
        // a valid file is bound as its bytes stream past, by Jackson's byte parser, with no copy of
        // its whole text: for a file of megabytes that copy is a "humongous" allocation, and G1 may
        // start a collection at each one; nor is it decoded into chars before the parser reads it
        return bound(() -> RegularFile.open(file), name)
                .orElseGet(() -> SchemaCheckedJson.read(
                        file, name, this::readThoroughly, unreadable -> claims(name, unreadable)));
    }

    /**
     * @param bytes opens the bytes of a claims file
     * @param name  the file's path as shown to users
     * @return its claims, bound from its bytes by Jackson's byte parser as they stream past; empty if
     *     the bytes are not plainly valid, or cannot be opened, and must be read thoroughly
     */
    private Optional<ClaimsFile> bound(Opening bytes, String name) {
        try {
            return ClaimsBinding.bind(Utf8Input.of(bytes.open()), name, maxQuoteLength);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Opens the bytes of a claims file. */
    private interface Opening {
        InputStream open() throws IOException;
    }

    /**
     * Reads some claims of a claims file that is known to be valid, such as one a check read
     * before and found unchanged since: the entries of its claims array at the indices wanted,
     * with the locations a whole read gives them; every other entry is passed over without being
     * bound. A file that turns out not to be plainly valid as far as it is read gives nothing:
     * read it whole then, which says what is wrong.
     *
     * @param file   the claims file
     * @param name   the file's path as shown to users
     * @param wanted which entries to read, by their index in the claims array
     * @return the claims wanted, in file order; empty if the file must be read whole
     */
    public Optional<List<LocatedClaim>> readSome(Path file, String name, IntPredicate wanted) {
        try {
            return ClaimsBinding.bindSome(Utf8Input.of(RegularFile.open(file)), name, maxQuoteLength, wanted);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads some claims of a claims file known to be valid, where their entries start: no other
     * byte is read. The starts and places are those a read of the same file gave ({@link
     * #entryStart}, and each claim's {@link LocatedClaim#location()}).
     *
     * @param file      the claims file, unchanged since its entries' places were taken
     * @param name      the file's path as shown to users
     * @param starts    where the entries to read start in the file's bytes, ascending
     * @param locations the location of each of them
     * @return the claims there, in that order, with the locations a whole read gives them; empty
     *     if the file must be read whole
     */
    public Optional<List<LocatedClaim>> readAt(Path file, String name, long[] starts, List<Location> locations) {
        try (FileChannel channel = RegularFile.channel(file)) {
            return ClaimsBinding.bindAt(channel, name, maxQuoteLength, starts, locations);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * @param claim a claim this reader read
     * @return where its entry starts in its file's bytes, a byte-order mark counted; -1 if it was
     *     read from text rather than bytes
     */
    public static long entryStart(LocatedClaim claim) {
        return claim.members() instanceof MemberLocations members ? members.entry() : -1;
    }

    /**
     * Reads a claims file from a stream, for callers that hold claims elsewhere than in a file:
     * decoded strictly as UTF-8 (a leading byte-order mark is not part of the text), as a file is.
     *
     * @param in   the claims file's bytes; read to the end, not closed
     * @param name the file's path as shown to users
     * @return the claims and problems of the file
     * @throws IOException if the stream cannot be read
     */
    public ClaimsFile read(InputStream in, String name) throws IOException {
        byte[] bytes = in.readAllBytes();
        // bound as a file is, and read thoroughly where that fails, as a file is
        Optional<ClaimsFile> bound = bound(() -> new ByteArrayInputStream(bytes), name);
        if (bound.isPresent()) {
            return bound.get();
        }
        try {
            return readThoroughly(Utf8Text.decode(bytes), name);
        } catch (InvalidUtf8Exception e) {
            return claims(name, SchemaCheckedJson.Parsed.failed(new Location(name, e.line(), 1), e.getMessage()));
        }
    }

    /**
     * Reads claims from text, for callers that hold the file's content.
     *
     * @param text the file's content
     * @param name the file's path as shown to users
     * @return the claims and problems of the text
     */
    public ClaimsFile parse(String text, String name) {
        return ClaimsBinding.bind(text, name, maxQuoteLength).orElseGet(() -> readThoroughly(text, name));
    }

    /** Parses into a tree and validates it against the schema: slower, but finds every problem. */
    ClaimsFile readThoroughly(String text, String name) {
        return claims(name, Thorough.JSON.parse(text, name));
    }

    private ClaimsFile claims(String name, SchemaCheckedJson.Parsed parsed) {
        List<LocatedClaim> claims = new ArrayList<>();
        List<InvalidClaim> invalidClaims = new ArrayList<>();
        List<JsonNode> entries = parsed.entries(CLAIMS);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            Location location = parsed.locationOf(name, entry);
            List<Problem> problems =
                    withRuleProblems(name, entry, parsed.itemProblems().get(i), parsed);
            if (problems == null) {
                claims.add(new LocatedClaim(toClaim(entry), location, parsed.memberLocations(name, entry)));
            } else {
                JsonNode id = entry.path("id");
                invalidClaims.add(new InvalidClaim(
                        id.isTextual() ? Optional.of(Printable.escape(id.textValue())) : Optional.empty(),
                        location,
                        problems));
            }
        }
        return new ClaimsFile(name, claims, invalidClaims, parsed.fileProblems());
    }

    /** An entry's schema problems and what {@link ClaimRules} finds in its strings, in text order; null if none. */
    private List<Problem> withRuleProblems(
            String name, JsonNode entry, List<Problem> schemaProblems, SchemaCheckedJson.Parsed parsed) {
        List<Problem> problems = schemaProblems == null ? new ArrayList<>() : new ArrayList<>(schemaProblems);
        if (entry.isObject()) {
            entry.fields().forEachRemaining(member -> {
                if (member.getValue().isTextual()) {
                    ClaimRules.problem(member.getKey(), member.getValue().textValue(), maxQuoteLength)
                            .ifPresent(message ->
                                    problems.add(new Problem(parsed.locationOf(name, member.getValue()), message)));
                }
            });
        }
        problems.sort(SchemaCheckedJson.BY_POSITION);
        return problems.isEmpty() ? null : problems;
    }

    private static Claim toClaim(JsonNode entry) {
        return new Claim(
                entry.get("id").textValue(),
                entry.get("statement").textValue(),
                entry.get("quote").textValue(),
                entry.get("source").textValue(),
                entry.has("offset") ? OptionalInt.of(entry.get("offset").intValue()) : OptionalInt.empty(),
                entry.get("outlet").textValue(),
                optionalText(entry, "prefix"),
                optionalText(entry, "suffix"));
    }

    private static Optional<String> optionalText(JsonNode entry, String member) {
        return Optional.ofNullable(entry.get(member)).map(JsonNode::textValue);
    }
}
