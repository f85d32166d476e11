package io.github.factmaven.validator.internal.names;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The names of every text of a dataset, each source's and each claims file's quotes' as a
 * contribution of its own, merged only when asked. Their {@linkplain #digest() digest} tells whether
 * they are the names a check found before, whose spelling variants then stand: an incremental check
 * that touched no name need not read back, let alone merge, the names of every other text.
 * Contributions can be added from several threads.
 */
public final class DatasetNames {

    /** A text's names: their digest at once, the names themselves when a merge needs them. */
    private record Contribution(LongSupplier digest, Supplier<NameIndex.SourceNames> names) {}

    private final Map<String, Contribution> sources = new LinkedHashMap<>();
    private final List<Contribution> quotes = new ArrayList<>();

    /**
     * Adds a source's names.
     *
     * @param file   the source's file, as messages show it; a file added before is not added again
     * @param digest the names' {@linkplain NameIndex.SourceNames#digest() digest}, asked for only if
     *               the {@link #digest()} of all is
     * @param names  the names, asked for only if the names are merged
     */
    public synchronized void addSource(String file, LongSupplier digest, Supplier<NameIndex.SourceNames> names) {
        sources.putIfAbsent(file, new Contribution(digest, names));
    }

    /**
     * Adds the names of some claims' quotes, such as a claims file's.
     *
     * @param digest the names' {@linkplain NameIndex.SourceNames#digest() digest}, asked for only if
     *               the {@link #digest()} of all is
     * @param names  the names, asked for only if the names are merged
     */
    public synchronized void addQuotes(LongSupplier digest, Supplier<NameIndex.SourceNames> names) {
        quotes.add(new Contribution(digest, names));
    }

    /**
     * @return a digest of every contribution, which does not depend on the order they were added
     *     in: equal for the same names, spelled in the same places, whatever else changed
     */
    public synchronized long digest() {
        long sum = Digests.mix(Digests.START, sources.size() + quotes.size());
        for (Contribution source : sources.values()) {
            sum += Digests.finish(source.digest().getAsLong());
        }
        for (Contribution quote : quotes) {
            sum += Digests.finish(quote.digest().getAsLong() ^ 0x9E3779B97F4A7C15L);
        }
        return Digests.finish(sum);
    }

    /** @return every contribution merged into one index */
    public synchronized NameIndex index() {
        NameIndex index = new NameIndex();
        sources.forEach((file, source) -> index.add(file, source.names().get()));
        quotes.forEach(quote -> index.addQuoteNames(quote.names().get()));
        return index;
    }
}
