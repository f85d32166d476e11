package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.factmaven.model.internal.AstralCharacters;
import io.github.factmaven.model.internal.Columns;
import io.github.factmaven.model.internal.Utf8Input;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntPredicate;

/**
 * The fast path of {@link ClaimsFileReader}: binds a claims file in one streaming pass, without a
 * tree and without the schema validator, and gives up at the first thing it is not sure the schema
 * accepts. The reader then reads the file the thorough way, which finds and words every problem.
 * So a valid file (the common case, and the one that matters at a million claims) costs one pass,
 * and an invalid one gets the same messages as ever. Thread-safe.
 */
final class ClaimsBinding {

    private static final List<String> MEMBERS = MemberLocations.MEMBERS;
    /** Parses single entries, where they start in a file's bytes. */
    private static final JsonFactory ENTRIES = new JsonFactory();
    /** How many bytes from an entry's start are looked at first: most entries are shorter. */
    private static final int FIRST_LOOK = 4096;

    private static final int OFFSET = MEMBERS.indexOf("offset");
    private static final int SOURCE = MEMBERS.indexOf("source");
    private static final int OUTLET = MEMBERS.indexOf("outlet");
    private static final int PREFIX = MEMBERS.indexOf("prefix");
    private static final int SUFFIX = MEMBERS.indexOf("suffix");
    private static final int REQUIRED = 0b101111; // every member but offset, prefix and suffix

    private ClaimsBinding() {}

    /**
     * @param text the file's content, decoded
     * @param name the file's path as shown to users
     * @param maxQuoteLength the most code points a quote may have
     * @return the claims, or empty if the file is not plainly valid and must be read the thorough way
     */
    static Optional<ClaimsFile> bind(String text, String name, int maxQuoteLength) {
        Shared shared = new Shared(maxQuoteLength, AstralCharacters.of(text));
        return StreamingBinding.bind(text, "claims", parser -> claims(parser, name, shared))
                .map(claims -> new ClaimsFile(name, claims, List.of(), List.of()));
    }

    /**
     * @param text the file's bytes, checked as they are read; closed when done
     * @param name the file's path as shown to users
     * @param maxQuoteLength the most code points a quote may have
     * @return the claims, or empty if the file is not plainly valid, or its text cannot be read,
     *         and it must be read the thorough way
     */
    static Optional<ClaimsFile> bind(Utf8Input text, String name, int maxQuoteLength) {
        Shared shared = new Shared(maxQuoteLength, text);
        return StreamingBinding.bind(text, "claims", parser -> claims(parser, name, shared))
                .map(claims -> new ClaimsFile(name, claims, List.of(), List.of()));
    }

    /**
     * @param text           the file's bytes, checked as they are read; closed when done
     * @param name           the file's path as shown to users
     * @param maxQuoteLength the most code points a quote may have
     * @param wanted         which entries of the claims array to bind, by their index; the others
     *                       are passed over unread
     * @return the claims wanted, in file order, or empty if the file is not plainly valid as far
     *         as it is read, or its text cannot be read
     */
    static Optional<List<LocatedClaim>> bindSome(Utf8Input text, String name, int maxQuoteLength, IntPredicate wanted) {
        Shared shared = new Shared(maxQuoteLength, text);
        return StreamingBinding.bind(text, "claims", parser -> some(parser, name, shared, wanted));
    }

    /**
     * @param file           a claims file that was valid when its entries' places were taken
     * @param name           the file's path as shown to users
     * @param maxQuoteLength the most code points a quote may have
     * @param starts         where the entries to bind start in the file's bytes, ascending
     * @param locations      the location of each of them
     * @return the claims there, in that order, with the locations a whole read gives them; empty if
     *         an entry is not a plainly valid claim there
     * @throws IOException if the file cannot be read
     */
    static Optional<List<LocatedClaim>> bindAt(
            FileChannel file, String name, int maxQuoteLength, long[] starts, List<Location> locations)
            throws IOException {
        List<LocatedClaim> claims = new ArrayList<>(starts.length);
        FileWindow window = new FileWindow(file);
        long last = -1;
        for (int k = 0; k < starts.length; k++) {
            long start = starts[k];
            if (start <= last || start >= window.size()) {
                return Optional.empty();
            }
            last = start;
            Location at = locations.get(k);
            // the entry's end is not known: a first look takes a little past its start, and a claim
            // not found whole in what was read is looked for in twice as much, up to the file's end
            LocatedClaim claim;
            long ahead = FIRST_LOOK;
            while (true) {
                window.cover(start, (int) Math.min(ahead, FileWindow.MOST));
                claim = claimAt(
                        new EntryPlaces(
                                window.bytes(),
                                window.at(start),
                                window.heldFrom(start),
                                start,
                                at.line(),
                                at.column()),
                        name,
                        maxQuoteLength);
                if (claim != null) {
                    break;
                }
                if (window.reachesEnd() || ahead >= FileWindow.MOST) {
                    return Optional.empty();
                }
                ahead = 2L * window.heldFrom(start);
            }
            claims.add(claim);
        }
        return Optional.of(claims);
    }

    /**
     * @return the claim whose entry starts where the entry's places say, if the bytes held from
     *     there are enough to read it whole and it is plainly valid; null otherwise
     */
    private static LocatedClaim claimAt(EntryPlaces entry, String name, int maxQuoteLength) throws IOException {
        try (JsonParser parser = ENTRIES.createParser(entry.bytes(), entry.offset(), entry.length())) {
            return parser.nextToken() == JsonToken.START_OBJECT
                            && parser.currentTokenLocation().getByteOffset() == 0
                    ? claim(parser, name, new Shared(maxQuoteLength, entry))
                    : null;
        } catch (JsonProcessingException e) {
            return null; // cut short by the end of what was read, or not plainly valid
        }
    }

    private static List<LocatedClaim> some(JsonParser parser, String name, Shared shared, IntPredicate wanted)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<LocatedClaim> claims = new ArrayList<>();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token != JsonToken.START_OBJECT) {
                return null;
            }
            if (wanted.test(index++)) {
                LocatedClaim claim = claim(parser, name, shared);
                if (claim == null) {
                    return null;
                }
                claims.add(claim);
            } else {
                parser.skipChildren();
            }
        }
        return claims;
    }

    private static List<LocatedClaim> claims(JsonParser parser, String name, Shared shared) throws IOException {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
            return null;
        }
        List<LocatedClaim> claims = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            LocatedClaim claim = token == JsonToken.START_OBJECT ? claim(parser, name, shared) : null;
            if (claim == null) {
                return null;
            }
            claims.add(claim);
        }
        return claims;
    }

    private static LocatedClaim claim(JsonParser parser, String name, Shared shared) throws IOException {
        Location location = TokenLocations.of(name, parser.currentTokenLocation(), shared.columns);
        long entry = shared.columns.byteInFile(parser.currentTokenLocation());
        String[] values = new String[MEMBERS.size()];
        int offset = -1;
        int seen = 0;
        int[] positions = shared.block();
        int base = shared.take();
        for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
            int member = MEMBERS.indexOf(parser.currentName());
            if (member < 0 || (seen & 1 << member) != 0) {
                return null;
            }
            seen |= 1 << member;
            JsonToken value = parser.nextToken();
            Location at = TokenLocations.of(name, parser.currentTokenLocation(), shared.columns);
            positions[base + 2 * member] = at.line();
            positions[base + 2 * member + 1] = at.column();
            if (member == OFFSET) {
                if (value != JsonToken.VALUE_NUMBER_INT
                        || parser.getNumberType() != JsonParser.NumberType.INT
                        || parser.getIntValue() < 0) {
                    return null;
                }
                offset = parser.getIntValue();
            } else {
                // an empty prefix or suffix means no context; every other member needs a character
                if (value != JsonToken.VALUE_STRING
                        || (parser.getTextLength() == 0 && member != PREFIX && member != SUFFIX)) {
                    return null;
                }
                values[member] = parser.getText();
                if (ClaimRules.problem(MEMBERS.get(member), values[member], shared.maxQuoteLength)
                        .isPresent()) {
                    return null;
                }
            }
        }
        if ((seen & REQUIRED) != REQUIRED) {
            return null;
        }
        // every claim of a file names one of a few sources and outlets: keep one copy of each
        String source = shared.one(values[SOURCE]);
        String outlet = shared.one(values[OUTLET]);
        Claim claim = new Claim(
                values[0],
                values[1],
                values[2],
                source,
                offset < 0 ? OptionalInt.empty() : OptionalInt.of(offset),
                outlet,
                Optional.ofNullable(values[PREFIX]),
                Optional.ofNullable(values[SUFFIX]));
        return new LocatedClaim(claim, location, new MemberLocations(name, positions, base, entry));
    }

    /**
     * What the claims of one file share: one copy of each source and outlet, blocks of member
     * positions, and where the file's characters outside the Basic Multilingual Plane are.
     */
    private static final class Shared {
        /** Claims per block at most; blocks start small and double, so a short file takes little. */
        private static final int MOST_CLAIMS = 1024;

        private final int maxQuoteLength;
        /** How the file's columns are counted in code points. */
        private final Columns columns;

        private final Map<String, String> strings = new HashMap<>();
        private int[] block = new int[8 * MemberLocations.WIDTH];
        private int used;

        Shared(int maxQuoteLength, Columns columns) {
            this.maxQuoteLength = maxQuoteLength;
            this.columns = columns;
        }

        String one(String value) {
            return strings.computeIfAbsent(value, v -> v);
        }

        /** @return the block the next claim's positions go in, a new one if the last is full */
        int[] block() {
            if (used == block.length) {
                block = new int[Math.min(2 * block.length, MOST_CLAIMS * MemberLocations.WIDTH)];
                used = 0;
            }
            return block;
        }

        /** @return where in {@link #block()} the next claim's positions start */
        int take() {
            int base = used;
            used += MemberLocations.WIDTH;
            return base;
        }
    }
}
