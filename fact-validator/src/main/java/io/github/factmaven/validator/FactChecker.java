package io.github.factmaven.validator;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckProgress;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.internal.cache.CheckCache;
import io.github.factmaven.validator.internal.cache.ClaimKey;
import io.github.factmaven.validator.internal.cache.InputManifest;
import io.github.factmaven.validator.internal.cache.KeptNames;
import io.github.factmaven.validator.internal.cache.Segments;
import io.github.factmaven.validator.internal.check.DuplicateSpans;
import io.github.factmaven.validator.internal.check.SourceInspection;
import io.github.factmaven.validator.internal.diagnosis.QuoteOutcome;
import io.github.factmaven.validator.internal.hash.LongSet;
import io.github.factmaven.validator.internal.names.DatasetNames;
import io.github.factmaven.validator.internal.names.MergedNames;
import io.github.factmaven.validator.internal.names.NameContribution;
import io.github.factmaven.validator.internal.names.NameIndex;
import io.github.factmaven.validator.internal.names.SpellingVariants;
import io.github.factmaven.validator.internal.provenance.OtherSources;
import io.github.factmaven.validator.internal.provenance.Provenance;
import io.github.factmaven.validator.internal.source.InMemorySources;
import io.github.factmaven.validator.internal.source.RawSource;
import io.github.factmaven.validator.internal.source.SourceException;
import io.github.factmaven.validator.internal.source.SourceFiles;
import io.github.factmaven.validator.internal.source.SourceStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Checks every claim of a dataset against its source. Nothing stops the check early: a file that
 * does not parse or a source that is missing fails its own claims, and every other claim is still
 * checked, so one run reports every problem of the dataset.
 *
 * <p>Each source file is read and decoded once, for all the claims that cite it, and sources are
 * processed in parallel. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * CheckResult result = new FactChecker().check(Dataset.inDirectory(Path.of("my-dataset")));
 * if (!result.passed()) {
 *     ConsoleReport.problemLines(result).forEach(System.err::println);
 * }
 * }</pre>
 */
public final class FactChecker {

    private final ClaimsFileReader reader;
    private final CheckProgress progress;
    private final List<Set<String>> acceptedVariants;
    private final Optional<CheckCache> cache;

    /** A checker that reports no progress, accepts no spelling variants and keeps no cache. */
    public FactChecker() {
        this(new ClaimsFileReader(), CheckProgress.NONE, List.of(), Optional.empty());
    }

    private FactChecker(
            ClaimsFileReader reader,
            CheckProgress progress,
            List<Set<String>> acceptedVariants,
            Optional<CheckCache> cache) {
        this.reader = reader;
        this.progress = progress;
        this.acceptedVariants = acceptedVariants;
        this.cache = cache;
    }

    /**
     * @param listener hears how far each check has come
     * @return a checker like this one that tells the listener
     */
    public FactChecker withProgress(CheckProgress listener) {
        return new FactChecker(reader, listener, acceptedVariants, cache);
    }

    /**
     * The check warns about names spelled in near-identical ways across the sources and quotes
     * ({@link WarningKind#SPELLING_VARIANTS}), such as "Koprikin" and "Kopyrkin"; accepted groups are
     * not reported.
     *
     * @param accepted groups of spellings known to be right, such as {@code Set.of("Kiev", "Kyiv")}; a
     *                 group found is still reported if it has a spelling outside every accepted group
     * @return a checker like this one that accepts these groups
     */
    public FactChecker withAcceptedVariants(Collection<? extends Collection<String>> accepted) {
        return new FactChecker(
                reader, progress, accepted.stream().map(Set::<String>copyOf).toList(), cache);
    }

    /**
     * A quote longer than the limit makes its claim {@link Status#INVALID_CLAIM}, with the limit
     * named: a quote of megabytes is a mistake, and its diagnosis would cost time and memory
     * without bound. The default is {@value ClaimsFileReader#DEFAULT_MAX_QUOTE_LENGTH} code points.
     *
     * @param maxQuoteLength the most code points a quote may have
     * @return a checker like this one with that limit
     * @throws IllegalArgumentException if the limit is not positive
     */
    public FactChecker withMaxQuoteLength(int maxQuoteLength) {
        return new FactChecker(new ClaimsFileReader(maxQuoteLength), progress, acceptedVariants, cache);
    }

    /**
     * A check that reuses what earlier checks found and adds what it finds (see {@link CheckCache}):
     * claims checked before against the same source content are not checked again, and unchanged
     * sources are not read. Save the cache after the check to keep it for the next. The library's
     * way to this is {@link IncrementalCheck}.
     *
     * @param store the cache to read and add to
     * @return a checker like this one that uses the cache
     */
    FactChecker withCache(CheckCache store) {
        return new FactChecker(reader, progress, acceptedVariants, Optional.of(store));
    }

    /**
     * Reads and checks every claims file of a dataset.
     *
     * @param dataset where the claims and sources are
     * @return one result per claim, and the problems of whole files
     * @throws IOException if the claims directory cannot be listed
     */
    public CheckResult check(Dataset dataset) throws IOException {
        Dataset.ClaimsListing listing = dataset.listClaimsFiles();
        return check(read(dataset, listing.files()), listing.problems(), dataset);
    }

    /**
     * Checks claims files that were already read.
     *
     * @param files   the claims files, in the order results should follow
     * @param dataset where the sources are, and what paths in messages are relative to
     * @return one result per claim, and the problems of whole files
     */
    public CheckResult check(List<ClaimsFile> files, Dataset dataset) {
        return check(files, List.of(), dataset);
    }

    /**
     * Checks claims against sources the caller holds in memory (a web service, a notebook), with
     * the verdicts and diagnoses of a check on disk. There is no sources registry, so no pins and no
     * outlets to compare, and no cache; sources are named {@code sources/<path>} in messages.
     *
     * <pre>{@code
     * ClaimsFile claims = new ClaimsFileReader().parse(json, "claims/news.json");
     * CheckResult result = new FactChecker().check(List.of(claims),
     *         Map.of("2023/news.txt", articleText.getBytes(StandardCharsets.UTF_8)));
     * }</pre>
     *
     * @param files   the claims, as read from text or streams by {@link ClaimsFileReader}
     * @param sources each source's bytes (UTF-8, as a file would hold them) by the path its claims cite
     * @return one result per claim, and the problems of whole files
     */
    public CheckResult check(List<ClaimsFile> files, Map<String, byte[]> sources) {
        return check(files, List.of(), new InMemorySources(sources), Provenance.none(), Optional.empty());
    }

    private CheckResult check(List<ClaimsFile> files, List<Problem> unlisted, Dataset dataset) {
        SourceFiles sources = new SourceFiles(dataset);
        return check(
                files,
                unlisted,
                sources,
                Provenance.of(dataset, sources),
                Optional.of(dataset.displayName(dataset.claimsDirectory())));
    }

    /**
     * @param unlisted     what kept claims files from being listed: a claims file never drops out without a word
     * @param claimsFolder the folder the files were listed from, if they were
     */
    private CheckResult check(
            List<ClaimsFile> files,
            List<Problem> unlisted,
            SourceStore sources,
            Provenance provenance,
            Optional<String> claimsFolder) {
        Checked checked = check(files, sources, provenance, List.of(), List.of(), Optional.empty());
        List<ClaimResult> results = new ArrayList<>();
        checked.results().forEach(results::addAll);
        List<Problem> fileErrors = new ArrayList<>(unlisted);
        files.forEach(file -> fileErrors.addAll(file.problems()));
        fileErrors.addAll(provenance.errors());
        List<Warning> warnings = new ArrayList<>(provenance.warnings());
        if (files.isEmpty() && unlisted.isEmpty()) {
            claimsFolder.ifPresent(folder -> warnings.add(CheckInParts.noClaims(folder)));
        }
        warnings.addAll(checked.spellingVariants());
        return new CheckResult(results, fileErrors, warnings, files.size(), checked.groups());
    }

    /**
     * Checks some claims files of a dataset on disk, as an incremental check does with the files
     * it must check again.
     *
     * @param files      the claims files, in path order
     * @param dataset    where the sources are
     * @param otherQuotes the names in the quotes of the dataset's other claims files, which the
     *                   spelling variants count too
     * @param alsoCheck  claims of those other files to check again, whose sources changed: none of
     *                   them shares an id or a span with another claim
     * @param namesFound what a check found before of the dataset's names: its spelling variants
     *                   stand if the names are the same, and its names merged are brought up to date
     * @return what the check found
     */
    Checked check(
            List<ClaimsFile> files,
            Dataset dataset,
            Collection<KeptNames> otherQuotes,
            List<LocatedClaim> alsoCheck,
            NamesFound namesFound) {
        SourceFiles sources = new SourceFiles(dataset);
        return check(files, sources, Provenance.of(dataset, sources), otherQuotes, alsoCheck, Optional.of(namesFound));
    }

    /**
     * What the last check found of the dataset's names, which an incremental check keeps merged.
     *
     * @param digest   the {@linkplain Checked#namesDigest() digest} of the names and the accepted
     *                 variants it found its spelling variants in; none if there was no last check
     * @param variants the warnings about names spelled in near-identical ways
     * @param merged   the names it merged
     * @param quotes   the names of its claims files' quotes, some of which may have changed since:
     *                 with the sources' names the cache kept, what the names merged are brought up
     *                 to date from
     */
    record NamesFound(
            OptionalLong digest, List<Warning> variants, Optional<MergedNames> merged, Collection<KeptNames> quotes) {

        /** Nothing found before: the names are merged afresh. */
        static final NamesFound NONE = new NamesFound(OptionalLong.empty(), List.of(), Optional.empty(), List.of());
    }

    /**
     * @param dataset where the claims files are
     * @param files   the claims files, as the dataset lists them
     * @return each file read, in the same order
     */
    List<ClaimsFile> read(Dataset dataset, List<Path> files) {
        return files.parallelStream()
                .map(file -> reader.read(file, dataset.displayName(file)))
                .toList();
    }

    /**
     * @param file   a claims file, valid when last read
     * @param name   its path as messages show it
     * @param wanted which entries of its claims array to read
     * @return the claims wanted, in file order; empty if the file must be read whole
     */
    Optional<List<LocatedClaim>> readSome(Path file, String name, IntPredicate wanted) {
        return reader.readSome(file, name, wanted);
    }

    /**
     * @param file   a claims file, unchanged since it was last read
     * @param name   its path as messages show it
     * @param starts    where the entries to read start in its bytes, as that read found them, ascending
     * @param locations the location of each of them
     * @return the claims there, in file order; empty if the file must be read whole
     */
    Optional<List<LocatedClaim>> readAt(Path file, String name, long[] starts, List<Location> locations) {
        return reader.readAt(file, name, starts, locations);
    }

    /**
     * What a check of claims files found.
     *
     * @param results          each file's results, in the order of its entries
     * @param quoteNames       the names each file's quotes spell
     * @param groups           the claims that share an id or a span
     * @param provenance       how the sources registry judged the dataset: its errors and warnings
     * @param spellingVariants the warnings about names spelled in near-identical ways
     * @param alsoChecked      the results of the other files' claims checked again, in their order
     * @param namesDigest      the digest of the dataset's names and the accepted variants, of which
     *                         the spelling variants were found, for a later check's {@link NamesFound}
     * @param mergedNames      the dataset's names merged, where the check was given what was found
     *                         before, for a later check's {@link NamesFound}
     */
    record Checked(
            List<List<ClaimResult>> results,
            List<KeptNames> quoteNames,
            List<ClaimGroup> groups,
            Provenance provenance,
            List<Warning> spellingVariants,
            List<ClaimResult> alsoChecked,
            LongSupplier namesDigest,
            Optional<MergedNames> mergedNames) {}

    private Checked check(
            List<ClaimsFile> files,
            SourceStore sources,
            Provenance provenance,
            Collection<KeptNames> otherQuotes,
            List<LocatedClaim> alsoCheck,
            Optional<NamesFound> namesFound) {
        Map<String, ClaimGroup> duplicateIds = duplicateIds(files);
        List<LocatedClaim> toCheck = new ArrayList<>();
        List<List<LocatedClaim>> toCheckOfFile = new ArrayList<>(files.size());
        for (ClaimsFile file : files) {
            List<LocatedClaim> ofFile = new ArrayList<>(file.claims().size());
            for (LocatedClaim claim : file.claims()) {
                if (!duplicateIds.containsKey(claim.claim().id())) {
                    ofFile.add(claim);
                }
            }
            toCheckOfFile.add(ofFile);
            toCheck.addAll(ofFile);
        }
        // each file's quotes apart, so that an incremental check can keep them by file
        List<KeptNames> quoteNames = toCheckOfFile.parallelStream()
                .map(claims -> KeptNames.of(NameIndex.namesOfQuotes(claims)))
                .toList();
        DatasetNames names = new DatasetNames();
        quoteNames.forEach(names::addQuotes);
        otherQuotes.forEach(names::addQuotes);
        toCheck.addAll(alsoCheck);
        DuplicateSpans.Warned spans =
                DuplicateSpans.warn(toCheck, checkQuotes(toCheck, sources, provenance, names), sources::displayName);
        Iterator<ClaimResult> checked = spans.results().iterator();

        // each file's results in the order its entries are written
        List<List<ClaimResult>> results = new ArrayList<>(files.size());
        for (ClaimsFile file : files) {
            List<ClaimResult> ofFile =
                    new ArrayList<>(file.claims().size() + file.invalidClaims().size());
            for (InvalidClaim invalid : file.invalidClaims()) {
                ofFile.add(CheckInParts.invalid(invalid));
            }
            for (LocatedClaim claim : file.claims()) {
                ClaimGroup sameId = duplicateIds.get(claim.claim().id());
                ofFile.add(sameId != null ? duplicate(claim, sameId) : checked.next());
            }
            // a file read has its claims in the order of their entries, but invalid ones go between them
            if (!inEntryOrder(ofFile)) {
                ofFile.sort(
                        Comparator.comparingInt((ClaimResult r) -> r.location().line())
                                .thenComparingInt(r -> r.location().column()));
            }
            results.add(ofFile);
        }
        List<ClaimGroup> groups = new ArrayList<>(duplicateIds.values());
        groups.addAll(spans.groups());
        List<ClaimResult> alsoChecked = new ArrayList<>(alsoCheck.size());
        checked.forEachRemaining(alsoChecked::add);
        // the names as they were (a claims file saved again, a statement reworded): so are their
        // variants, and the names of every other text are not even read back
        LongSupplier namesDigest = () -> names.digest() * 31 + acceptedVariants.hashCode();
        SpellingVariants told = new SpellingVariants(acceptedVariants);
        Optional<DatasetNames.Variants> found = namesFound.map(before ->
                before.merged().isPresent() && before.digest().equals(OptionalLong.of(namesDigest.getAsLong()))
                        ? new DatasetNames.Variants(
                                before.variants(), before.merged().get())
                        : names.variants(told, before.merged(), namesBefore(before)));
        List<Warning> variants = found.map(DatasetNames.Variants::warnings).orElseGet(() -> names.variants(told));
        return new Checked(
                results,
                quoteNames,
                groups,
                provenance,
                variants,
                alsoChecked,
                namesDigest,
                found.map(DatasetNames.Variants::merged));
    }

    /** The names of every text the last check read, by digest: its quotes', and the sources' the cache kept. */
    private LongFunction<NameContribution> namesBefore(NamesFound before) {
        Map<Long, NameContribution> byDigest = new HashMap<>();
        before.quotes().forEach(names -> byDigest.put(names.digest(), names));
        cache.ifPresent(kept -> kept.namesKept().forEach(names -> byDigest.put(names.digest(), names)));
        return byDigest::get;
    }

    /**
     * Checks claims grouped by source, so each source is read once, groups in parallel. Sources no
     * claim cites are read too, for the names they spell.
     *
     * @return the results in the order of the claims
     */
    private List<ClaimResult> checkQuotes(
            List<LocatedClaim> claims, SourceStore sources, Provenance provenance, DatasetNames names) {
        Map<String, List<Integer>> bySource = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            bySource.computeIfAbsent(claims.get(i).claim().source(), source -> new ArrayList<>())
                    .add(i);
        }
        sources.list().forEach(file -> bySource.putIfAbsent(file, List.of()));
        // sources and claims done, counted together so that each call tells a count both reached
        int[] done = new int[2];
        ClaimResult[] results = new ClaimResult[claims.size()];
        bySource.entrySet().parallelStream().forEach(group -> {
            List<Integer> indices = group.getValue();
            List<ClaimResult> checked =
                    checkGroup(group.getKey(), indices.stream().map(claims::get).toList(), sources, provenance, names);
            for (int k = 0; k < indices.size(); k++) {
                results[indices.get(k)] = checked.get(k);
            }
            synchronized (done) {
                done[0]++;
                done[1] += checked.size();
                progress.checked(done[0], bySource.size(), done[1]);
            }
        });
        OtherSources.Searched searched = cache.isPresent() && sources instanceof SourceFiles files
                ? new CachedSearches(cache.get(), files)
                : OtherSources.Searched.NOTHING;
        return OtherSources.relocate(claims, Arrays.asList(results), sources, searched);
    }

    private List<ClaimResult> checkGroup(
            String source, List<LocatedClaim> claims, SourceStore given, Provenance provenance, DatasetNames names) {
        try {
            // only files on disk have the sizes and times a cache keys on
            if (cache.isEmpty() || !(given instanceof SourceFiles sources)) {
                SourceInspection.Findings found = SourceInspection.inspect(given.raw(source), claims, true);
                NameIndex.SourceNames sourceNames = found.names().orElseThrow();
                names.addSource(given.displayName(source), sourceNames);
                return judged(claims, found.outcomes(), found.sha256(), provenance);
            }
            return checkWithCache(source, claims, sources, provenance, names);
        } catch (SourceException e) {
            List<ClaimResult> results = new ArrayList<>(claims.size());
            for (LocatedClaim claim : claims) {
                results.add(provenance.judge(
                        claim,
                        ClaimResult.failure(claim, e.status(), "source", e.getMessage(), Optional.empty()),
                        Optional.empty()));
            }
            return results;
        }
    }

    /**
     * Checks a source's claims with the cache: what it knows of this content is taken from it, the
     * source is read at most once, and only if something is not known, and what is found is kept.
     */
    private List<ClaimResult> checkWithCache(
            String source, List<LocatedClaim> claims, SourceFiles sources, Provenance provenance, DatasetNames names)
            throws SourceException {
        CheckCache store = cache.orElseThrow();
        Path real = sources.locate(source);
        String name = sources.displayName(source);
        // outcomes and names are of the text: an HTML page's also depends on how the registry says to read it
        String settings = sources.textSettings(source);
        // a pin is a promise about the bytes: a pinned source is read to be hashed, whatever the cache says
        Optional<RawSource> pinned =
                provenance.pinned(source) ? Optional.of(sources.read(source, real)) : Optional.empty();
        Optional<String> known = pinned.isPresent() ? Optional.of(pinned.get().sha256()) : store.knownSha256(real);
        List<ClaimKey> keys =
                known.map(sha256 -> keys(claims, sha256 + settings)).orElse(null);
        Optional<List<QuoteOutcome>> reused =
                known.flatMap(sha256 -> reuse(name, claims, sha256 + settings, keys, names));
        if (reused.isPresent()) {
            return judged(claims, reused.get(), known.get(), provenance);
        }
        InputManifest.FileState state = stateOf(real);
        RawSource raw = pinned.isPresent() ? pinned.get() : sources.read(source, real);
        String sha256 = raw.sha256();
        List<ClaimKey> readKeys = known.equals(Optional.of(sha256)) ? keys : keys(claims, sha256 + settings);
        Optional<KeptNames> knownNames = store.knownNames(name, sha256 + settings);
        List<QuoteOutcome> outcomes = new ArrayList<>(claims.size());
        List<LocatedClaim> toCheck = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            Optional<QuoteOutcome> before = store.knownOutcome(readKeys.get(i));
            if (before.isEmpty()) {
                toCheck.add(claims.get(i));
            }
            outcomes.add(before.orElse(null));
        }
        SourceInspection.Findings found = SourceInspection.inspect(raw, toCheck, knownNames.isEmpty());
        KeptNames sourceNames =
                knownNames.orElseGet(() -> KeptNames.of(found.names().orElseThrow()));
        names.addSource(name, sourceNames);
        store.recordRead(real, state, sha256);
        store.recordNames(name, sha256 + settings, sourceNames);
        Iterator<QuoteOutcome> checked = found.outcomes().iterator();
        for (int i = 0; i < claims.size(); i++) {
            if (outcomes.get(i) == null) {
                outcomes.set(i, checked.next());
            }
        }
        store.recordOutcomes(readKeys, outcomes, claims.size() - toCheck.size());
        return judged(claims, outcomes, sha256, provenance);
    }

    /** The keys of claims that all cite one source, whose text has this key (the bytes' hash and how they are read). */
    private static List<ClaimKey> keys(List<LocatedClaim> claims, String sha256) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Function<Claim, ClaimKey> key = ClaimKey.ofSource(claims.get(0).claim().source(), sha256);
        return claims.stream().map(claim -> key.apply(claim.claim())).toList();
    }

    /** The results of claims whose quotes were checked against a source with this hash, registry judged. */
    private static List<ClaimResult> judged(
            List<LocatedClaim> claims, List<QuoteOutcome> outcomes, String sha256, Provenance provenance) {
        List<ClaimResult> results = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            results.add(provenance.judge(claims.get(i), outcomes.get(i).resultFor(claims.get(i)), Optional.of(sha256)));
        }
        return results;
    }

    /**
     * The outcomes of a source's claims without reading it, if the cache knows the source's names and
     * the outcome of every claim checked against this content.
     */
    private Optional<List<QuoteOutcome>> reuse(
            String name, List<LocatedClaim> claims, String sha256, List<ClaimKey> keys, DatasetNames names) {
        CheckCache store = cache.orElseThrow();
        List<QuoteOutcome> outcomes = new ArrayList<>(claims.size());
        for (ClaimKey key : keys) {
            Optional<QuoteOutcome> known = store.knownOutcome(key);
            if (known.isEmpty()) {
                return Optional.empty();
            }
            outcomes.add(known.get());
        }
        Optional<KeptNames> known = store.knownNames(name, sha256);
        if (known.isEmpty()) {
            return Optional.empty();
        }
        names.addSource(name, known.get());
        store.recordOutcomes(keys, outcomes, keys.size());
        return Optional.of(outcomes);
    }

    private static InputManifest.FileState stateOf(Path real) throws SourceException {
        try {
            return InputManifest.FileState.of(real);
        } catch (IOException e) {
            throw new SourceException(Status.SOURCE_UNREADABLE, "cannot read source file " + real + ": " + e);
        }
    }

    /** The ids used more than once, each with every claim that uses it, in file order; groups in order of first use. */
    private static Map<String, ClaimGroup> duplicateIds(List<ClaimsFile> files) {
        // ids hashed side by side, then counted: only those whose hash is seen twice are grouped
        // by their text, so that a million ids used once each are not a million map entries
        List<long[]> hashes = files.parallelStream().map(FactChecker::idHashes).toList();
        LongSet seen = new LongSet(1024);
        LongSet twice = new LongSet(16);
        for (long[] ofFile : hashes) {
            for (long hash : ofFile) {
                if (!seen.add(hash)) {
                    twice.add(hash);
                }
            }
        }
        Map<String, Location> first = new HashMap<>();
        Map<String, List<ClaimGroup.Member>> duplicates = new LinkedHashMap<>();
        for (int f = 0; f < files.size(); f++) {
            ClaimsFile file = files.get(f);
            long[] ofFile = hashes.get(f);
            // members in the order of the file's entries, as results are
            List<Map.Entry<String, Location>> uses = new ArrayList<>();
            int k = 0;
            for (LocatedClaim claim : file.claims()) {
                if (twice.contains(ofFile[k++])) {
                    uses.add(Map.entry(claim.claim().id(), claim.location()));
                }
            }
            for (InvalidClaim invalid : file.invalidClaims()) {
                if (invalid.id().isPresent() && twice.contains(ofFile[k++])) {
                    uses.add(Map.entry(invalid.id().get(), invalid.location()));
                }
            }
            uses.sort(Map.Entry.comparingByValue(
                    Comparator.comparingInt(Location::line).thenComparingInt(Location::column)));
            for (Map.Entry<String, Location> use : uses) {
                Location earlier = first.putIfAbsent(use.getKey(), use.getValue());
                if (earlier != null) {
                    duplicates
                            .computeIfAbsent(
                                    use.getKey(), id -> new ArrayList<>(List.of(new ClaimGroup.Member(id, earlier))))
                            .add(new ClaimGroup.Member(use.getKey(), use.getValue()));
                }
            }
        }
        Map<String, ClaimGroup> groups = new LinkedHashMap<>();
        duplicates.forEach((id, members) -> groups.put(id, new ClaimGroup(ClaimGroup.Kind.DUPLICATE_ID, id, members)));
        return groups;
    }

    private static boolean inEntryOrder(List<ClaimResult> results) {
        for (int i = 1; i < results.size(); i++) {
            Location before = results.get(i - 1).location();
            Location after = results.get(i).location();
            if (before.line() > after.line() || before.line() == after.line() && before.column() > after.column()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param file a claims file
     * @return the {@linkplain Segments#idHash hash} of each id its entries give: its claims', then
     *     those of its invalid entries that have one
     */
    static long[] idHashes(ClaimsFile file) {
        long[] hashes = new long[file.claims().size() + file.invalidClaims().size()];
        int k = 0;
        for (LocatedClaim claim : file.claims()) {
            hashes[k++] = Segments.idHash(claim.claim().id());
        }
        for (InvalidClaim invalid : file.invalidClaims()) {
            if (invalid.id().isPresent()) {
                hashes[k++] = Segments.idHash(invalid.id().get());
            }
        }
        return k == hashes.length ? hashes : Arrays.copyOf(hashes, k);
    }

    static ClaimResult duplicate(LocatedClaim claim, ClaimGroup sameId) {
        return ClaimResult.failure(
                claim,
                Status.DUPLICATE_ID,
                "id",
                "id \"" + claim.claim().id() + "\" is also used at "
                        + sameId.others(
                                claim.location(), member -> member.location().toString(), "other place"),
                Optional.empty());
    }

    /**
     * What the other-source search found before, kept in the cache: a source is known by the hash
     * recorded for its size, times and file number, so a source that held none of the quotes is
     * not read again for them.
     */
    private record CachedSearches(CheckCache cache, SourceFiles sources) implements OtherSources.Searched {

        @Override
        public Optional<String> contentOf(String file) {
            try {
                return cache.knownSha256(sources.locate(file)).map(sha256 -> sha256 + sources.textSettings(file));
            } catch (SourceException e) {
                return Optional.empty();
            }
        }

        @Override
        public boolean knownAbsent(String content, String quote) {
            return cache.knownAbsent(content, quote);
        }

        @Override
        public void searched(String content, List<String> absent) {
            cache.searched(content, absent);
        }
    }
}
