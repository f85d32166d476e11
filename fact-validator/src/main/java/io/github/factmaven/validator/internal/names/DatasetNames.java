package io.github.factmaven.validator.internal.names;

import io.github.factmaven.validator.api.Warning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The names of every text of a dataset, each source's and each claims file's quotes' as a
 * contribution of its own, read only when the spelling variants are asked for. Their {@linkplain
 * #digest() digest} tells whether they are the names a check found before, whose spelling variants
 * then stand: an incremental check that touched no name need not read back the names of every
 * other text. Contributions can be added from several threads.
 */
public final class DatasetNames {

    private final Map<String, NameContribution> sources = new LinkedHashMap<>();
    private final List<NameContribution> quotes = new ArrayList<>();

    /**
     * Adds a source's names.
     *
     * @param file  the source's file, as messages show it; a file added before is not added again
     * @param names the names, read only if the digest or the variants are asked for
     */
    public synchronized void addSource(String file, NameContribution names) {
        sources.putIfAbsent(file, names);
    }

    /**
     * Adds the names of some claims' quotes, such as a claims file's.
     *
     * @param names the names, read only if the digest or the variants are asked for
     */
    public synchronized void addQuotes(NameContribution names) {
        quotes.add(names);
    }

    /**
     * @return a digest of every contribution, which does not depend on the order they were added
     *     in: equal for the same names, spelled in the same places, whatever else changed
     */
    public synchronized long digest() {
        long sum = Digests.mix(Digests.START, sources.size() + quotes.size());
        for (NameContribution source : sources.values()) {
            sum += Digests.finish(source.digest());
        }
        for (NameContribution quote : quotes) {
            sum += Digests.finish(quote.digest() ^ 0x9E3779B97F4A7C15L);
        }
        return Digests.finish(sum);
    }

    /**
     * The spelling variants of every contribution, as {@link SpellingVariants#find} finds them in an
     * index of them all, from their names merged ({@link MergedNames}): each spelling's count and
     * each lower-case word's, then the places of the spellings that are variants. The places of
     * every name are not built.
     *
     * @param variants how variants are told
     * @return a warning per group of variants, groups in order of their most frequent spelling
     */
    public synchronized List<Warning> variants(SpellingVariants variants) {
        List<NameContribution> all = all();
        return warnings(variants.groups(MergedNames.of(all).nameCounts()), all);
    }

    /**
     * The spelling variants of every contribution, as {@link #variants(SpellingVariants)} finds them,
     * from the last check's names merged, brought up to date where they were kept.
     *
     * @param variants how variants are told
     * @param before   the names a check before merged, if kept
     * @param texts    the contributions that check merged, by digest: null for one not known
     * @return a warning per group of variants, groups in order of their most frequent spelling, and
     *     the names merged, for the next check
     */
    public synchronized Variants variants(
            SpellingVariants variants, Optional<MergedNames> before, LongFunction<? extends NameContribution> texts) {
        List<NameContribution> all = all();
        MergedNames merged = before.flatMap(last -> last.updated(all, texts)).orElseGet(() -> MergedNames.of(all));
        return new Variants(warnings(variants.groups(merged.nameCounts()), all), merged);
    }

    /**
     * @param warnings a warning per group of spelling variants
     * @param merged   the names they were found in, merged
     */
    public record Variants(List<Warning> warnings, MergedNames merged) {}

    private List<NameContribution> all() {
        List<NameContribution> all = new ArrayList<>(sources.values());
        all.addAll(quotes);
        return all;
    }

    /** The warnings of groups of variants, with the places of their spellings read from every contribution. */
    private static List<Warning> warnings(List<List<String>> groups, List<NameContribution> all) {
        if (groups.isEmpty()) {
            return List.of(); // no places to read
        }
        Set<String> grouped = new HashSet<>();
        groups.forEach(grouped::addAll);
        Map<String, NamePlaces> places = new HashMap<>();
        all.forEach(names -> names.places(
                grouped,
                (spelling, some) ->
                        places.computeIfAbsent(spelling, s -> new NamePlaces()).addAll(some)));
        return groups.stream()
                .map(group -> SpellingVariants.warning(group, places))
                .toList();
    }
}
