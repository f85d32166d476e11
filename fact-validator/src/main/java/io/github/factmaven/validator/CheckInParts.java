package io.github.factmaven.validator;

import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.LocatedSourceEntry;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.model.SourceRegistry;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.internal.check.DuplicateSpans;
import io.github.factmaven.validator.internal.check.SourceInspection;
import io.github.factmaven.validator.internal.names.NameIndex;
import io.github.factmaven.validator.internal.names.NamePlaces;
import io.github.factmaven.validator.internal.names.SpellingVariants;
import io.github.factmaven.validator.internal.provenance.OtherSources;
import io.github.factmaven.validator.internal.provenance.Provenance;
import io.github.factmaven.validator.internal.source.InMemorySources;
import io.github.factmaven.validator.internal.source.RawSource;
import io.github.factmaven.validator.internal.source.SourceException;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The check of {@link FactChecker#check(List, Map)} taken apart, for engines that hold a dataset as
 * rows and run each part where its rows are: the module {@code fact-spark} runs them on Apache
 * Spark. Each part is a function of what it is given, reads no file and keeps nothing. Put together
 * as below, they give the results and warnings that {@code FactChecker} gives for the same claims
 * and sources in memory (sources named {@code sources/<path>}):
 *
 * <ol>
 *   <li>{@link #invalid}: an entry of a claims file that breaks the schema is
 *       {@link Status#INVALID_CLAIM};
 *   <li>{@link #duplicateId}: claims whose id other entries use too are {@link Status#DUPLICATE_ID}
 *       and are not checked further;
 *   <li>{@link #checkSource}: the other claims, grouped by the source they cite, are checked
 *       against its bytes; each source, cited or not, gives the names it spells;
 *   <li>{@link #searchOtherSource}: a quote {@link Status#NOT_FOUND} in its own source is searched
 *       in every other; the claim is told the first source, in path order, that holds it;
 *   <li>{@link #spellingVariants}: the names of every source and quote, summed by spelling with
 *       {@link #merge}, and rid of those written in lower case somewhere ({@link #lowerCaseHash}),
 *       give the spelling-variant warnings.
 * </ol>
 */
public final class CheckInParts {

    /** The sources registry's name, as messages show it. */
    public static final String REGISTRY = displayName(SourceRegistry.FILE_NAME);

    private CheckInParts() {}

    /**
     * What the check of one source found.
     *
     * @param results   each claim's result, in the order of the claims given, duplicate spans warned
     * @param spans     the claims of each span that more than one of them cites
     * @param names     the names the source and the claims' quotes spell
     * @param lowercase the hashes of the words the source and the quotes write in lower case
     */
    public record SourceFindings(
            List<ClaimResult> results, List<ClaimGroup> spans, List<Name> names, long[] lowercase) {}

    /**
     * A spelling of a name: how often it is written, and where first.
     *
     * @param spelling the capitalized word
     * @param count    how many times it is written
     * @param first    the first few places, in text order
     */
    public record Name(String spelling, int count, List<Location> first) {
        /**
         * Copies the places.
         *
         * @param spelling the capitalized word
         * @param count how many times it is written
         * @param first the first few places, in text order
         */
        public Name {
            first = List.copyOf(first);
        }
    }

    /**
     * @param source a source's path, as claims cite it
     * @return the source's name as messages show it, {@code sources/<path>}
     */
    public static String displayName(String source) {
        return "sources/" + source;
    }

    /**
     * @param invalid an entry of a claims file that breaks the schema
     * @return its result
     */
    public static ClaimResult invalid(InvalidClaim invalid) {
        return new ClaimResult(
                invalid.id(),
                invalid.location(),
                Status.INVALID_CLAIM,
                invalid.problems().stream()
                        .map(p -> new Diagnostic(p.location(), p.message()))
                        .toList());
    }

    /**
     * The entries that share an id, in the order {@link FactChecker} lists them: claims files in
     * path order, entries in file order.
     *
     * @param id      the id
     * @param members every entry with that id, valid or not, in any order; at least two
     * @return the group
     */
    public static ClaimGroup sameId(String id, Collection<Location> members) {
        return new ClaimGroup(
                ClaimGroup.Kind.DUPLICATE_ID,
                id,
                members.stream()
                        .sorted(Comparator.comparing(Location::file)
                                .thenComparingInt(Location::line)
                                .thenComparingInt(Location::column))
                        .map(location -> new ClaimGroup.Member(id, location))
                        .toList());
    }

    /**
     * @param claim  a claim whose id other entries use too
     * @param sameId the group of entries with its id, from {@link #sameId}
     * @return its result
     */
    public static ClaimResult duplicateId(LocatedClaim claim, ClaimGroup sameId) {
        return FactChecker.duplicate(claim, sameId);
    }

    /**
     * Checks the claims that cite one source against its bytes, and finds the names it spells.
     *
     * @param source the source's path, as the claims cite it
     * @param bytes  its bytes, UTF-8 as a file holds them, or empty if there is no such source
     * @param claims the claims that cite it, in dataset order (claims files in path order, entries
     *               in file order); possibly none
     * @return each claim's result, the spans cited more than once, and the names
     */
    public static SourceFindings checkSource(String source, Optional<byte[]> bytes, List<LocatedClaim> claims) {
        return checkSource(source, bytes, claims, true, Optional.empty());
    }

    /**
     * Checks some of the claims that cite one source, for an engine that splits a source cited by
     * very many claims among several tasks: each takes a share of the claims, every claim of a span
     * in the same share, and one of them the names of the source's own text. The sources registry,
     * where there is one, says how an HTML page is read, and judges each claim's outlet and the
     * source's pin.
     *
     * @param source      the source's path, as the claims cite it
     * @param bytes       its bytes, or empty if there is no such source
     * @param claims      claims that cite it, in dataset order, with every other claim of their spans
     * @param sourceNames whether to find the names of the source's text too, not only of the quotes
     * @param registry    the dataset's sources registry, if it has one, prepared once for every source
     * @return each claim's result, the spans cited more than once, and the names
     */
    public static SourceFindings checkSource(
            String source,
            Optional<byte[]> bytes,
            List<LocatedClaim> claims,
            boolean sourceNames,
            Optional<Registry> registry) {
        String name = displayName(source);
        NameIndex names = new NameIndex();
        names.addQuotes(claims);
        Provenance provenance = registry.map(Registry::provenance).orElse(Provenance.none());
        List<ClaimResult> results = new ArrayList<>(claims.size());
        try {
            SourceInspection.Findings found =
                    SourceInspection.inspect(raw(source, bytes, provenance), claims, sourceNames);
            found.names().ifPresent(spelled -> names.add(name, spelled));
            for (int i = 0; i < claims.size(); i++) {
                LocatedClaim claim = claims.get(i);
                results.add(
                        provenance.judge(claim, found.outcomes().get(i).resultFor(claim), Optional.of(found.sha256())));
            }
        } catch (SourceException e) {
            for (LocatedClaim claim : claims) {
                results.add(provenance.judge(
                        claim,
                        ClaimResult.failure(claim, e.status(), "source", e.getMessage(), Optional.empty()),
                        Optional.empty()));
            }
        }
        DuplicateSpans.Warned spans = DuplicateSpans.warn(claims, results, CheckInParts::displayName);
        List<Name> spelled = new ArrayList<>();
        names.names().forEach((spelling, places) -> spelled.add(new Name(spelling, places.count(), places.first())));
        return new SourceFindings(spans.results(), spans.groups(), spelled, names.lowercase());
    }

    /**
     * Searches a source for quotes that the sources their claims cite do not hold.
     *
     * @param source   the source's path
     * @param bytes    its bytes
     * @param claims   claims whose quotes are {@link Status#NOT_FOUND} in their own sources
     * @param notFound their results, in the same order
     * @param registry the dataset's sources registry, if it has one: it says how an HTML page is read
     * @return the new result of each claim whose quote this source holds, by its index in the list;
     *     nothing for a claim that cites this source, or if the source cannot be read
     */
    public static Map<Integer, ClaimResult> searchOtherSource(
            String source,
            byte[] bytes,
            List<LocatedClaim> claims,
            List<ClaimResult> notFound,
            Optional<Registry> registry) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!citesFile(claims.get(i).claim().source(), source)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return Map.of();
        }
        try {
            Provenance provenance = registry.map(Registry::provenance).orElse(Provenance.none());
            return OtherSources.search(
                    raw(source, Optional.of(bytes), provenance).decode(), candidates, claims, notFound, quote -> {});
        } catch (SourceException e) {
            return Map.of(); // the claims that cite it report the problem; here it just cannot help
        }
    }

    /**
     * A source's bytes with how to read them: for an HTML page, the encoding and root its registry
     * entry names, as a check on disk reads it.
     *
     * @throws SourceException worded as on disk, if there is no such source
     */
    private static RawSource raw(String source, Optional<byte[]> bytes, Provenance provenance) throws SourceException {
        if (bytes.isEmpty()) {
            return new InMemorySources(Map.of()).raw(source);
        }
        String name = displayName(source);
        return new RawSource(
                name,
                bytes.get(),
                SourceEntry.isHtmlPage(name)
                        ? provenance.entry(source).map(LocatedSourceEntry::entry)
                        : Optional.empty());
    }

    /**
     * A sources registry prepared to judge the claims of many sources: its entries found by file
     * once, not searched for each claim. Thread-safe.
     */
    public static final class Registry {

        private final Provenance provenance;

        private Registry(SourceRegistry registry) {
            this.provenance = Provenance.judging(registry);
        }

        /**
         * @param registry the dataset's sources registry
         * @return it, prepared
         */
        public static Registry of(SourceRegistry registry) {
            return new Registry(registry);
        }

        private Provenance provenance() {
            return provenance;
        }
    }

    /**
     * What the sources registry says of the dataset's files, besides what it does not register:
     * its own problems and invalid entries, registered files that do not exist, and registered
     * files without a pin.
     *
     * @param errors   the problems, as {@link io.github.factmaven.validator.api.CheckResult#fileErrors()} holds them
     * @param warnings the registered files without a pin
     */
    public record RegistryFindings(List<Problem> errors, List<Warning> warnings) {
        /**
         * Copies the lists.
         *
         * @param errors the problems
         * @param warnings the registered files without a pin
         */
        public RegistryFindings {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @param registry the dataset's sources registry
     * @param existing the files it registers that exist, by their paths as it writes them
     * @return what it says of the dataset's files, besides the files it does not register
     */
    public static RegistryFindings registryFindings(SourceRegistry registry, Set<String> existing) {
        Provenance provenance = Provenance.ofRegistry(registry, new Provenance.SourceFolder() {
            @Override
            public boolean exists(String file) {
                return existing.contains(file);
            }

            @Override
            public String displayName(String file) {
                return CheckInParts.displayName(file);
            }
        });
        return new RegistryFindings(provenance.errors(), provenance.warnings());
    }

    /**
     * @param folder the claims folder, as messages name it, such as {@code claims}
     * @return the warning of a dataset whose claims folder holds no claims file
     */
    public static Warning noClaims(String folder) {
        return new Warning(
                WarningKind.NO_CLAIMS,
                new Location(folder, 1, 1),
                folder + " holds no claims files (*.json): nothing was checked");
    }

    /**
     * @param firstFile the first source file in path order
     * @param files     how many source files there are; at least one
     * @return the warning of a dataset that has no sources registry
     */
    public static Warning noRegistry(String firstFile, int files) {
        return Provenance.noRegistry(REGISTRY, displayName(firstFile), files);
    }

    /**
     * @param file a source file that the registry does not register
     * @return the warning about it
     */
    public static Warning unregistered(String file) {
        return Provenance.unregistered(REGISTRY, displayName(file), file);
    }

    private static boolean citesFile(String cited, String file) {
        try {
            return OtherSources.sameFile(cited, file);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * @param word a word
     * @return the hash of its lower-case form, as {@link SourceFindings#lowercase()} holds them
     */
    public static long lowerCaseHash(String word) {
        return NameIndex.lowerCaseHash(word);
    }

    /**
     * @param one     a spelling's count and places in some sources
     * @param another the same spelling's in others
     * @return both together: the counts summed, the first places of both in text order
     */
    public static Name merge(Name one, Name another) {
        NamePlaces places = new NamePlaces(one.count(), one.first());
        places.addAll(new NamePlaces(another.count(), another.first()));
        return new Name(one.spelling(), places.count(), places.first());
    }

    /**
     * @param names    every spelling of the dataset that is not also written in lower case, each
     *                 once, with its count and places summed over the dataset
     * @param accepted groups of spellings known to be right, as {@link FactChecker#withAcceptedVariants} takes them
     * @return the spelling-variant warnings, in the order {@link FactChecker} gives them
     */
    public static List<Warning> spellingVariants(Collection<Name> names, List<Set<String>> accepted) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Name> bySpelling = new HashMap<>();
        names.forEach(name -> {
            counts.put(name.spelling(), name.count());
            bySpelling.put(name.spelling(), name);
        });
        return spellingVariantGroups(counts, accepted).stream()
                .map(group -> spellingVariantWarning(group, bySpelling))
                .toList();
    }

    /**
     * The groups of spelling variants, from the counts alone: for a dataset whose names are too many
     * to bring their places together, only the places of the names grouped are then needed.
     *
     * @param counts   how many times each spelling is written in the dataset, for every spelling not
     *                 also written in lower case
     * @param accepted groups of spellings known to be right
     * @return each group of variants, most frequent spelling first, in the order of the warnings
     */
    public static List<List<String>> spellingVariantGroups(Map<String, Integer> counts, List<Set<String>> accepted) {
        return new SpellingVariants(accepted).groups(counts);
    }

    /**
     * @param group a group of variants, as {@link #spellingVariantGroups} gives it
     * @param names at least the spellings of the group, with their counts and places summed over the dataset
     * @return the warning about the group
     */
    public static Warning spellingVariantWarning(List<String> group, Map<String, Name> names) {
        Map<String, NamePlaces> places = new HashMap<>();
        for (String spelling : group) {
            Name name = names.get(spelling);
            places.put(spelling, new NamePlaces(name.count(), name.first()));
        }
        return SpellingVariants.warning(group, places);
    }
}
