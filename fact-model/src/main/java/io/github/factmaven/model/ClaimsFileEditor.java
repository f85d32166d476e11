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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Changes claims' offsets and quotes in a claims file's text without touching anything else:
 * formatting, indentation, member order, escapes, line endings and the final newline stay as they
 * were, byte for byte. Each value's span is found while stream-parsing, the new value is spliced
 * in, and the result is parsed again to confirm that it holds exactly the intended claims.
 *
 * <p>An added offset goes right after the claim's {@code source} member, spaced like the members
 * around it: the whitespace before the next member's key, and the source's key-value separator. Instances are immutable and thread-safe.
 */
public final class ClaimsFileEditor {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String OFFSET = "offset";
    private static final String QUOTE = "quote";
    /** Where an added offset goes: after the source, as in the canonical member order. */
    private static final String OFFSET_FOLLOWS = "source";

    private final ClaimsFileReader reader = new ClaimsFileReader();

    /** A member of a claim object: where its key and its value start in the text. */
    private record Member(int keyStart, int valueStart) {}

    /**
     * Applies changes to claims of a file.
     *
     * @param text    the claims file's text (decoded, without byte-order mark)
     * @param name    the file's name as messages show it
     * @param changes for each claim to change, by the location of its opening brace as
     *                {@link LocatedClaim#location()} gives it, the claim it should become; only the
     *                offset and the quote may differ
     * @return the edited text, and the changes made
     * @throws IllegalArgumentException if a change names no valid claim of the file, or changes
     *                                  another member than offset and quote
     * @throws IllegalStateException    if the edited text would not read back as the intended
     *                                  claims, which would be a bug: nothing should then be written
     */
    public EditedText apply(String text, String name, Map<Location, Claim> changes) {
        if (changes.isEmpty()) {
            return new EditedText(text, List.of()); // even a file that does not parse
        }
        ClaimsFile before = reader.parse(text, name);
        Map<Location, Claim> current = before.claims().stream()
                .collect(Collectors.toMap(LocatedClaim::location, LocatedClaim::claim, (a, b) -> a));
        changes.forEach((location, wanted) -> requireEditable(location, current.get(location), wanted));

        Map<Location, Map<String, Member>> members = members(text, name);
        List<TextChange> splices = new ArrayList<>();
        changes.forEach((location, wanted) -> {
            Claim old = current.get(location);
            Map<String, Member> claim = members.get(location);
            if (!old.quote().equals(wanted.quote())) {
                Member quote = claim.get(QUOTE);
                int end = JsonStringToken.end(text, quote.valueStart());
                splices.add(new TextChange(
                        quote.valueStart(),
                        end,
                        JsonStringToken.respell(text.substring(quote.valueStart(), end), wanted.quote())));
            }
            if (!old.offset().equals(wanted.offset())) {
                splices.add(offsetSplice(text, claim, wanted.offset().getAsInt()));
            }
        });
        splices.sort(Comparator.comparingInt(TextChange::start));
        // the text between splices copied once, in order: time linear in the file, however many claims change
        StringBuilder edited = new StringBuilder(text.length() + 16 * splices.size());
        int copied = 0;
        for (TextChange splice : splices) {
            edited.append(text, copied, splice.start()).append(splice.replacement());
            copied = splice.end();
        }
        String result = edited.append(text, copied, text.length()).toString();
        confirm(before, reader.parse(result, name), changes);
        return new EditedText(result, splices);
    }

    private static void requireEditable(Location location, Claim old, Claim wanted) {
        if (old == null) {
            throw new IllegalArgumentException("no valid claim starts at " + location);
        }
        if (wanted.offset().isEmpty() && old.offset().isPresent()) {
            throw new IllegalArgumentException("an offset is never removed: " + location);
        }
        if (!otherMembers(old).equals(otherMembers(wanted))) {
            throw new IllegalArgumentException("only the offset and the quote of a claim may change: " + location);
        }
    }

    private static Claim otherMembers(Claim claim) {
        return new Claim(
                claim.id(),
                claim.statement(),
                "",
                claim.source(),
                OptionalInt.empty(),
                claim.outlet(),
                claim.prefix(),
                claim.suffix());
    }

    private static TextChange offsetSplice(String text, Map<String, Member> claim, int offset) {
        Member existing = claim.get(OFFSET);
        if (existing != null) {
            int end = existing.valueStart();
            while (end < text.length() && "+-0123456789.eE".indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            return new TextChange(existing.valueStart(), end, Integer.toString(offset));
        }
        Member anchor = claim.containsKey(OFFSET_FOLLOWS)
                ? claim.get(OFFSET_FOLLOWS)
                : claim.values().stream().reduce((first, second) -> second).orElseThrow();
        int keyEnd = JsonStringToken.end(text, anchor.keyStart());
        String separator = text.substring(keyEnd, anchor.valueStart());
        // the new member sits between the anchor and the next member, spaced as they are
        List<Member> order = new ArrayList<>(claim.values());
        int next = order.indexOf(anchor) + 1;
        int keyStart = next < order.size() ? order.get(next).keyStart() : anchor.keyStart();
        int indentStart = keyStart;
        while (indentStart > 0 && " \t\r\n".indexOf(text.charAt(indentStart - 1)) >= 0) {
            indentStart--;
        }
        String indentation = text.substring(indentStart, keyStart);
        int valueEnd = JsonStringToken.end(text, anchor.valueStart());
        return new TextChange(valueEnd, valueEnd, "," + indentation + "\"" + OFFSET + "\"" + separator + offset);
    }

    /** The members of each claim object, by the location of its opening brace. */
    private static Map<Location, Map<String, Member>> members(String text, String name) {
        // the claims' locations as the reader gives them, columns in code points, to be found by them
        AstralCharacters astral = AstralCharacters.of(text);
        Map<Location, Map<String, Member>> claims = new HashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return claims;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean isClaims = "claims".equals(parser.currentName());
                if (parser.nextToken() != JsonToken.START_ARRAY || !isClaims) {
                    parser.skipChildren();
                    continue;
                }
                for (JsonToken entry = parser.nextToken();
                        entry != null && entry != JsonToken.END_ARRAY;
                        entry = parser.nextToken()) {
                    if (entry != JsonToken.START_OBJECT) {
                        parser.skipChildren(); // not a claim: the reader said so, and nothing here changes it
                        continue;
                    }
                    JsonLocation at = parser.currentTokenLocation();
                    Location location = TokenLocations.of(name, at, astral);
                    Map<String, Member> members = new LinkedHashMap<>();
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String key = parser.currentName();
                        int keyStart = (int) parser.currentTokenLocation().getCharOffset();
                        parser.nextToken();
                        members.putIfAbsent(key, new Member(keyStart, (int)
                                parser.currentTokenLocation().getCharOffset()));
                        parser.skipChildren();
                    }
                    claims.put(location, members);
                }
            }
        } catch (IOException e) {
            // a file that does not parse has no valid claims, and requireEditable refused it already
            throw new UncheckedIOException(e);
        }
        return claims;
    }

    private static void confirm(ClaimsFile before, ClaimsFile after, Map<Location, Claim> changes) {
        List<Claim> expected = before.claims().stream()
                .map(claim -> changes.getOrDefault(claim.location(), claim.claim()))
                .toList();
        List<Claim> actual = after.claims().stream().map(LocatedClaim::claim).toList();
        boolean same = expected.equals(actual)
                && before.invalidClaims().size() == after.invalidClaims().size()
                && messages(before).equals(messages(after));
        if (!same) {
            throw new IllegalStateException("editing " + before.name() + " would change more than intended;"
                    + " the file is left as it is. Please report this as a bug.");
        }
    }

    private static List<String> messages(ClaimsFile file) {
        return file.problems().stream().map(Problem::message).toList();
    }
}
