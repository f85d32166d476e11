package io.github.factmaven.validator.internal.provenance;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.diagnosis.Passages;
import io.github.factmaven.validator.internal.source.LoadedSource;
import io.github.factmaven.validator.internal.source.QuoteOccurrences;
import io.github.factmaven.validator.internal.source.RawSource;
import io.github.factmaven.validator.internal.source.SourceException;
import io.github.factmaven.validator.internal.source.SourceStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Looks for quotes that their own source does not contain in the dataset's other sources: a claim
 * that cites the wrong file is a slip to fix, not a fabrication. Runs only when some quote was not
 * found, reading each other source once for all such quotes, a few sources at a time in parallel;
 * a source that earlier searches found holds none of them ({@link Searched}) is not read at all.
 */
public final class OtherSources {

    /**
     * What earlier searches found: which quotes a source of a given content does not hold. A check
     * after an edit then reads no other source for a quote it could not find before.
     */
    public interface Searched {

        /** Remembers nothing: every other source is read. */
        Searched NOTHING = new Searched() {
            @Override
            public Optional<String> contentOf(String file) {
                return Optional.empty();
            }

            @Override
            public boolean knownAbsent(String content, String quote) {
                return false;
            }

            @Override
            public void searched(String content, List<String> absent) {}
        };

        /**
         * @param file a source, as the dataset lists it
         * @return what decides its text (its bytes' hash and how they are read), if known without
         *     reading it
         */
        Optional<String> contentOf(String file);

        /** @return true if the quote was searched for in a source with this content and not found */
        boolean knownAbsent(String content, String quote);

        /**
         * Keeps what a search of a source found.
         *
         * @param content what decides the source's text, as {@link #contentOf} gives it
         * @param absent  the quotes it does not hold
         */
        void searched(String content, List<String> absent);
    }

    /**
     * Sources searched at once. A quote is told the first source in listing order that has it, and
     * the search stops once every quote is placed, so sources are taken in order, a batch at a time.
     */
    private static final int BATCH = Math.max(2, Runtime.getRuntime().availableProcessors());

    private OtherSources() {}

    /**
     * @param claims   the claims checked
     * @param results  their results, in the same order
     * @param sources  the dataset's sources
     * @param searched what earlier searches found, and where this one's findings are kept
     * @return the results, each quote not found in its own source but in another told so
     */
    public static List<ClaimResult> relocate(
            List<LocatedClaim> claims, List<ClaimResult> results, SourceStore sources, Searched searched) {
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
        List<String> files = sources.list();
        for (int from = 0; from < files.size(); from += BATCH) {
            List<Integer> remaining = notFound.stream()
                    .filter(i -> updated.get(i).status() == Status.NOT_FOUND)
                    .toList();
            if (remaining.isEmpty()) {
                break;
            }
            List<Map<Integer, ClaimResult>> batch =
                    files.subList(from, Math.min(files.size(), from + BATCH)).parallelStream()
                            .map(file -> foundIn(file, remaining, claims, results, sources, searched))
                            .toList();
            for (Map<Integer, ClaimResult> inFile : batch) {
                inFile.forEach((index, result) -> {
                    if (updated.get(index).status() == Status.NOT_FOUND) {
                        updated.set(index, result);
                    }
                });
            }
        }
        return updated;
    }

    /** The new results of the claims among these whose quote is in this other source, by claim index. */
    private static Map<Integer, ClaimResult> foundIn(
            String file,
            List<Integer> notFound,
            List<LocatedClaim> claims,
            List<ClaimResult> results,
            SourceStore sources,
            Searched searched) {
        Optional<String> known = searched.contentOf(file);
        List<Integer> candidates = notFound.stream()
                .filter(i -> !sameFile(claims.get(i).claim().source(), file))
                .filter(i -> known.isEmpty()
                        || !searched.knownAbsent(
                                known.get(), claims.get(i).claim().quote()))
                .toList();
        if (candidates.isEmpty()) {
            return Map.of();
        }
        LoadedSource other;
        String content;
        try {
            RawSource raw = sources.raw(file);
            other = raw.decode();
            content = raw.sha256() + sources.textSettings(file);
        } catch (SourceException e) {
            return Map.of(); // claims citing it report the problem; here it just cannot help
        }
        List<String> absent = new ArrayList<>();
        Map<Integer, ClaimResult> relocated = search(other, candidates, claims, results, absent::add);
        searched.searched(content, absent);
        return relocated;
    }

    /**
     * Searches one other source for quotes that their own sources lack.
     *
     * @param other      the source searched, decoded
     * @param candidates the indices of the claims whose quotes to search for, none of them citing
     *                   this source
     * @param claims     the claims checked
     * @param results    their results, in the same order; those of the candidates {@link Status#NOT_FOUND}
     * @param absent     told each candidate's quote that the source does not hold
     * @return the new result of each candidate whose quote the source holds, by its index
     */
    public static Map<Integer, ClaimResult> search(
            LoadedSource other,
            List<Integer> candidates,
            List<LocatedClaim> claims,
            List<ClaimResult> results,
            Consumer<String> absent) {
        List<LocatedClaim> located = candidates.stream().map(claims::get).toList();
        List<String> quotes =
                located.stream().map(claim -> claim.claim().quote()).toList();
        List<List<Integer>> found = QuoteOccurrences.find(other.text(), quotes, 1);
        Map<Integer, ClaimResult> relocated = new HashMap<>();
        for (int k = 0; k < candidates.size(); k++) {
            if (found.get(k).isEmpty()) {
                absent.accept(quotes.get(k));
            } else {
                relocated.put(
                        candidates.get(k),
                        inOtherSource(
                                located.get(k),
                                results.get(candidates.get(k)),
                                other,
                                found.get(k).get(0)));
            }
        }
        return relocated;
    }

    /**
     * @param source a claim's source, as the claim writes it
     * @param file   a source's path, as the dataset lists it
     * @return true if the claim cites that file
     */
    public static boolean sameFile(String source, String file) {
        return Path.of(source).normalize().equals(Path.of(file));
    }

    private static ClaimResult inOtherSource(
            LocatedClaim located, ClaimResult notFound, LoadedSource other, int offset) {
        SourcePosition at = other.text().positionOf(offset);
        String own = notFound.diagnosis()
                .map(Diagnosis::source)
                .orElse(located.claim().source());
        String message = "quote is not in " + own + " but in " + other.textName() + " at " + at.describe()
                + ": is the source or the quote from another article?";
        int quoteLength = located.claim()
                .quote()
                .codePointCount(0, located.claim().quote().length());
        Diagnosis diagnosis = Passages.attach(
                new Diagnosis(
                        other.name(), located.claim().offset(), List.of(at), quoteLength, Optional.empty(), List.of()),
                other.text(),
                quoteLength,
                false);
        // what the registry found wrong with the claim, and its warnings, still hold
        return notFound.withFirstCause(
                Status.IN_OTHER_SOURCE, new Diagnostic(located.locationOf("source"), message), Optional.of(diagnosis));
    }
}
