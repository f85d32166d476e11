package io.github.factmaven.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The parts of the check, put together as their Javadoc says (as an engine such as Spark puts them
 * together, here in plain Java), give what {@link FactChecker} gives: every result and warning.
 */
class CheckInPartsTest {

    private static final String ARTICLE = "Armenian Prime Minister Nikol Pashinyan met Vladimir Putin in Moscow.\n"
            + "Pashinian said the talks with Kopyrkin were \u201cfrank\u201d.\n"
            + "The ambassador, Sergei Kopyrkin, left.\u00a0Kopyrkin returned.\n";

    @Test
    void thePartsTogetherGiveTheCheck() {
        Map<String, byte[]> sources = new TreeMap<>();
        sources.put("a/plain.txt", utf8(ARTICLE));
        sources.put("crlf.txt", utf8(ARTICLE.replace("\n", "\r\n")));
        sources.put("other.txt", utf8("Nothing here but what the frank ambassador said."));
        sources.put("uncited.txt", utf8("Koprikin, not Kopyrkin, said the Koprikin family."));
        sources.put("latin1.txt", new byte[] {'K', 'o', 'p', (byte) 0xFF});
        ClaimsFileReader reader = new ClaimsFileReader();
        List<ClaimsFile> files = List.of(
                reader.parse(
                        claims(
                                claim("verified", "Nikol Pashinyan met Vladimir Putin", "a/plain.txt", 24),
                                claim("moved", "Nikol Pashinyan met Vladimir Putin", "a/plain.txt", 30),
                                claim("misspelled", "the talks with Koprikin were", "a/plain.txt", 81),
                                claim("crlf", "Pashinian said the talks", "crlf.txt", 71),
                                claim("missing", "anything", "gone.txt", 0),
                                claim("not-utf8", "Kop", "latin1.txt", 0),
                                claim("elsewhere", "the frank ambassador", "a/plain.txt", 3),
                                claim("span-1", "Vladimir Putin", "a/plain.txt", 44),
                                claim("span-2", "Vladimir Putin", "a/plain.txt", 44),
                                claim("same-id", "Moscow", "a/plain.txt", 62),
                                "{\"id\": \"no-quote\", \"statement\": \"s\", \"source\": \"x.txt\", \"outlet\": \"o\"}"),
                        "claims/a.json"),
                reader.parse(
                        claims(
                                claim("same-id", "Moscow", "a/plain.txt", 62),
                                "{\"id\": \"same-id\", \"statement\": 3}"),
                        "claims/b.json"));
        CheckResult expected = new FactChecker().check(files, sources);

        Parts parts = new Parts(files, sources);
        assertEquals(byPlace(expected.claims()), byPlace(parts.results));
        assertEquals(expected.warnings(), parts.variants);
        assertEquals(new HashSet<>(expected.groups()), new HashSet<>(parts.groups));
        assertTrue(parts.results.stream().anyMatch(r -> r.status() == Status.IN_OTHER_SOURCE));
        assertTrue(parts.groups.stream().anyMatch(g -> g.kind() == ClaimGroup.Kind.DUPLICATE_SPAN));
        assertTrue(!parts.variants.isEmpty());
    }

    /** The check assembled from its parts, in the order the class's Javadoc gives. */
    private static final class Parts {
        final List<ClaimResult> results = new ArrayList<>();
        final List<ClaimGroup> groups = new ArrayList<>();
        final List<Warning> variants;

        Parts(List<ClaimsFile> files, Map<String, byte[]> sources) {
            Map<String, List<Location>> uses = new HashMap<>();
            for (ClaimsFile file : files) {
                file.claims()
                        .forEach(c -> uses.computeIfAbsent(c.claim().id(), id -> new ArrayList<>())
                                .add(c.location()));
                for (InvalidClaim invalid : file.invalidClaims()) {
                    results.add(CheckInParts.invalid(invalid));
                    invalid.id()
                            .ifPresent(id -> uses.computeIfAbsent(id, k -> new ArrayList<>())
                                    .add(invalid.location()));
                }
            }
            Map<String, List<LocatedClaim>> bySource = new LinkedHashMap<>();
            sources.keySet().forEach(source -> bySource.put(source, new ArrayList<>()));
            for (ClaimsFile file : files) {
                for (LocatedClaim claim : file.claims()) {
                    List<Location> same = uses.get(claim.claim().id());
                    if (same.size() > 1) {
                        ClaimGroup group = CheckInParts.sameId(claim.claim().id(), same);
                        results.add(CheckInParts.duplicateId(claim, group));
                        if (!groups.contains(group)) {
                            groups.add(group);
                        }
                    } else {
                        bySource.computeIfAbsent(claim.claim().source(), s -> new ArrayList<>())
                                .add(claim);
                    }
                }
            }
            Map<String, CheckInParts.Name> names = new HashMap<>();
            Set<Long> lowercase = new HashSet<>();
            List<LocatedClaim> notFound = new ArrayList<>();
            List<ClaimResult> notFoundResults = new ArrayList<>();
            bySource.forEach((source, claims) -> {
                CheckInParts.SourceFindings found =
                        CheckInParts.checkSource(source, Optional.ofNullable(sources.get(source)), claims);
                for (int i = 0; i < claims.size(); i++) {
                    ClaimResult result = found.results().get(i);
                    if (result.status() == Status.NOT_FOUND) {
                        notFound.add(claims.get(i));
                        notFoundResults.add(result);
                    } else {
                        results.add(result);
                    }
                }
                groups.addAll(found.spans());
                found.names().forEach(name -> names.merge(name.spelling(), name, CheckInParts::merge));
                for (long hash : found.lowercase()) {
                    lowercase.add(hash);
                }
            });
            List<ClaimResult> relocated = new ArrayList<>(notFoundResults);
            // sources in path order, each claim told the first that holds its quote
            for (Map.Entry<String, byte[]> source : sources.entrySet()) {
                CheckInParts.searchOtherSource(
                                source.getKey(), source.getValue(), notFound, notFoundResults, Optional.empty())
                        .forEach((index, result) -> {
                            if (relocated.get(index).status() == Status.NOT_FOUND) {
                                relocated.set(index, result);
                            }
                        });
            }
            results.addAll(relocated);
            variants = CheckInParts.spellingVariants(
                    names.values().stream()
                            .filter(name -> !lowercase.contains(CheckInParts.lowerCaseHash(name.spelling())))
                            .toList(),
                    List.of());
        }
    }

    private static List<ClaimResult> byPlace(List<ClaimResult> results) {
        return results.stream()
                .sorted(Comparator.comparing((ClaimResult r) -> r.location().file())
                        .thenComparingInt(r -> r.location().line())
                        .thenComparingInt(r -> r.location().column()))
                .toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String claims(String... entries) {
        return "{\"claims\": [\n  " + String.join(",\n  ", entries) + "\n]}\n";
    }

    private static String claim(String id, String quote, String source, int offset) {
        return "{\"id\": \"" + id + "\", \"statement\": \"s\", \"quote\": \"" + quote + "\", \"source\": \"" + source
                + "\", \"offset\": " + offset + ", \"outlet\": \"o\"}";
    }
}
