package io.github.factmaven.validator;

import io.github.factmaven.model.LocatedClaim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Looks for quotes that their own source does not contain in the dataset's other sources: a claim
 * that cites the wrong file is a slip to fix, not a fabrication. Runs only when some quote was not
 * found, reading each other source once for all such quotes.
 */
final class OtherSources {

    private OtherSources() {
    }

    /**
     * @param claims  the claims checked
     * @param results their results, in the same order
     * @return the results, each quote not found in its own source but in another told so
     */
    static List<ClaimResult> relocate(List<LocatedClaim> claims, List<ClaimResult> results, SourceFiles sources) {
        List<Integer> notFound = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).status() == Status.NOT_FOUND) {
                notFound.add(i);
            }
        }
        if (notFound.isEmpty()) {
            return results;
        }
        List<ClaimResult> updated = new ArrayList<>(results);
        for (String file : sources.list()) {
            List<Integer> remaining = notFound.stream().filter(i -> updated.get(i).status() == Status.NOT_FOUND).toList();
            if (remaining.isEmpty()) {
                break;
            }
            List<Integer> candidates = remaining.stream()
                    .filter(i -> !sameFile(claims.get(i).claim().source(), file))
                    .toList();
            if (candidates.isEmpty()) {
                continue;
            }
            LoadedSource other;
            try {
                other = sources.load(file);
            } catch (SourceException e) {
                continue; // claims citing it report the problem; here it just cannot help
            }
            List<LocatedClaim> located = candidates.stream().map(claims::get).toList();
            List<List<Integer>> found = QuoteOccurrences.find(other.text(),
                    located.stream().map(claim -> claim.claim().quote()).toList(), 1);
            for (int k = 0; k < candidates.size(); k++) {
                if (!found.get(k).isEmpty()) {
                    updated.set(candidates.get(k), inOtherSource(located.get(k), results.get(candidates.get(k)),
                            other, found.get(k).get(0)));
                }
            }
        }
        return updated;
    }

    private static boolean sameFile(String source, String file) {
        return Path.of(source).normalize().equals(Path.of(file));
    }

    private static ClaimResult inOtherSource(LocatedClaim located, ClaimResult notFound, LoadedSource other,
                                             int offset) {
        SourcePosition at = SourcePosition.of(other.text(), offset);
        String own = notFound.diagnosis().map(Diagnosis::source).orElse(located.claim().source());
        String message = "quote is not in " + own + " but in " + other.name() + " at " + at.describe()
                + ": is the source or the quote from another article?";
        Diagnosis diagnosis = new Diagnosis(other.name(), located.claim().offset(), List.of(at),
                located.claim().quote().codePointCount(0, located.claim().quote().length()), Optional.empty(),
                List.of());
        return ClaimResult.failure(located, Status.IN_OTHER_SOURCE, "source", message, Optional.of(diagnosis));
    }
}
