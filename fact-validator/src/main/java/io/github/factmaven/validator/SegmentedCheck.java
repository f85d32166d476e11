package io.github.factmaven.validator;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.internal.cache.InputManifest;
import io.github.factmaven.validator.internal.cache.Segments;
import io.github.factmaven.validator.internal.check.DuplicateSpans;
import io.github.factmaven.validator.internal.hash.LongSet;
import io.github.factmaven.validator.internal.names.NameIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The check of {@link IncrementalCheck}, claims file by claims file. When only claims files changed
 * since the last check (the settings and every file of the sources folder are as they were), the
 * files that changed are checked, with the files that share an id or a span with them or shared one
 * before; every other file's part of the result is taken from the segments the last check kept,
 * and its claims are not even read. The dataset-wide checks come out as a check of every file would
 * have them: the duplicates are all among the files checked, and the spelling variants count the
 * names of the other files' quotes from their segments.
 *
 * <p>Otherwise every claims file is checked. Either way it returns the segments the next check
 * needs.
 */
final class SegmentedCheck {

    private final FactChecker checker;
    private final Dataset dataset;

    SegmentedCheck(FactChecker checker, Dataset dataset) {
        this.checker = checker;
        this.dataset = dataset;
    }

    /**
     * What the check found.
     *
     * @param result   its result
     * @param segments what the next check needs of each claims file, without reports; empty where
     *                 the inputs could not be taken or the claims folder could not be listed
     * @param kept     claims whose results were kept from the last check
     */
    record Done(CheckResult result, Optional<Segments> segments, int kept) {}

    /**
     * @param inputs the inputs as they are now, if they could be taken
     * @param before what the last check kept, if it is there and was made with the same inputs
     *               but for the claims files
     * @return what the check found
     * @throws IOException if the claims folder cannot be listed
     */
    Done check(Optional<InputManifest> inputs, Optional<Segments> before) throws IOException {
        Dataset.ClaimsListing listing = dataset.listClaimsFiles();
        if (inputs.isEmpty() || !listing.problems().isEmpty() || listing.files().isEmpty()) {
            // what is wrong is said by the check of the whole dataset, which keeps no segments
            return new Done(checker.check(dataset), Optional.empty(), 0);
        }
        Map<String, InputManifest.FileState> states = inputs.get().files();
        List<Path> paths = listing.files();
        List<String> names = paths.stream().map(dataset::displayName).toList();
        Map<String, Segments.Segment> kept = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            String key = InputManifest.claimsKey(dataset, paths.get(i));
            String name = names.get(i);
            Segments.Segment segment =
                    before.map(segments -> segments.files().get(name)).orElse(null);
            if (segment != null && segment.key().equals(key) && segment.state().equals(states.get(key))) {
                kept.put(name, segment);
            }
        }
        Map<String, ClaimsFile> read = read(paths, names, kept::containsKey);
        List<ClaimGroup> groupsBefore = before.map(Segments::groups).orElse(List.of());
        alsoCheckTheirDuplicates(read.values(), kept, groupsBefore);
        read.putAll(read(paths, names, name -> kept.containsKey(name) || read.containsKey(name)));

        List<ClaimsFile> toCheck = new ArrayList<>();
        names.stream().filter(read::containsKey).forEach(name -> toCheck.add(read.get(name)));
        FactChecker.Checked checked = checker.check(
                toCheck,
                dataset,
                kept.values().stream().map(Segments.Segment::quoteNames).toList());
        List<ClaimGroup> groups = groups(names, groupsBefore, kept.keySet(), checked.groups());
        Set<String> moved = membersOfMovedGroups(groupsBefore, groups, kept.keySet());

        List<CheckResult.Part> parts = new ArrayList<>();
        List<Problem> fileErrors = new ArrayList<>();
        Map<String, Segments.Segment> segments = new LinkedHashMap<>();
        int checkedAt = 0;
        int keptClaims = 0;
        for (int i = 0; i < paths.size(); i++) {
            String name = names.get(i);
            Segments.Segment segment = kept.get(name);
            if (segment != null) {
                parts.add(keptPart(paths.get(i), name, segment, moved.contains(name)));
                fileErrors.addAll(segment.problems());
                keptClaims += segment.size();
            } else {
                ClaimsFile file = toCheck.get(checkedAt);
                List<ClaimResult> results = checked.results().get(checkedAt);
                parts.add(CheckResult.Part.checked(name, results));
                fileErrors.addAll(file.problems());
                String key = InputManifest.claimsKey(dataset, paths.get(i));
                segment = segment(
                        key,
                        states.get(key),
                        file,
                        results,
                        checked.quoteNames().get(checkedAt));
                checkedAt++;
            }
            segments.put(name, segment);
        }
        fileErrors.addAll(checked.provenance().errors());
        List<Warning> warnings = new ArrayList<>(checked.provenance().warnings());
        warnings.addAll(checked.spellingVariants());
        return new Done(
                CheckResult.ofParts(parts, fileErrors, warnings, paths.size(), groups),
                Optional.of(new Segments(inputs.get().beyondClaims(), segments, groups, Map.of())),
                keptClaims);
    }

    /** Reads the claims files, in parallel, but those left out; by name, in path order. */
    private Map<String, ClaimsFile> read(List<Path> paths, List<String> names, Predicate<String> leftOut) {
        List<Path> toRead = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            if (!leftOut.test(names.get(i))) {
                toRead.add(paths.get(i));
            }
        }
        Map<String, ClaimsFile> read = new LinkedHashMap<>();
        checker.read(dataset, toRead).forEach(file -> read.put(file.name(), file));
        return read;
    }

    /**
     * A kept file's part: its results as kept, read only if asked for; or, if a group of its claims
     * moved in the list of groups (whose place its claims' entries in a report name), its results
     * read again now, so that reports write them anew.
     */
    private CheckResult.Part keptPart(Path path, String name, Segments.Segment segment, boolean groupMoved) {
        if (groupMoved) {
            return CheckResult.Part.checked(name, readAgain(path, name, segment));
        }
        return CheckResult.Part.kept(
                name,
                segment.size(),
                segment.attention(),
                segment.indices(),
                segment.byOutlet(),
                () -> readAgain(path, name, segment));
    }

    /**
     * The groups of the whole dataset: those of the last check among kept files, which are as they
     * were, and those found among the files checked now, in the order a check of every file gives:
     * groups of ids by where their second member is, then groups of spans by where their first is.
     */
    private static List<ClaimGroup> groups(
            List<String> files, List<ClaimGroup> before, Set<String> kept, List<ClaimGroup> found) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            order.put(files.get(i), i);
        }
        List<ClaimGroup> groups = new ArrayList<>(found);
        before.stream().filter(group -> allIn(group, kept)).forEach(groups::add);
        Comparator<Location> where = Comparator.comparingInt((Location at) -> order.get(at.file()))
                .thenComparingInt(Location::line)
                .thenComparingInt(Location::column);
        groups.sort(Comparator.comparing(ClaimGroup::kind)
                .thenComparing(
                        group -> group.members()
                                .get(group.kind() == ClaimGroup.Kind.DUPLICATE_ID ? 1 : 0)
                                .location(),
                        where));
        return groups;
    }

    /** The kept files with a member of a group whose place in the list of groups changed. */
    private static Set<String> membersOfMovedGroups(List<ClaimGroup> before, List<ClaimGroup> now, Set<String> kept) {
        Set<String> moved = new HashSet<>();
        for (int g = 0; g < before.size(); g++) {
            ClaimGroup group = before.get(g);
            if (allIn(group, kept) && (g >= now.size() || !now.get(g).equals(group))) {
                group.members().forEach(member -> moved.add(member.location().file()));
            }
        }
        return moved;
    }

    private static boolean allIn(ClaimGroup group, Set<String> files) {
        return group.members().stream()
                .allMatch(member -> files.contains(member.location().file()));
    }

    /**
     * Takes out of the kept files, to check again, those that share an id or a span with a file
     * read, and those that shared one with a file no longer kept (the change may end it, and a
     * member's result names the others), until no group spans kept and other files.
     */
    private static void alsoCheckTheirDuplicates(
            Collection<ClaimsFile> changed, Map<String, Segments.Segment> kept, List<ClaimGroup> groups) {
        LongSet ids = new LongSet(1024);
        LongSet spans = new LongSet(1024);
        for (ClaimsFile file : changed) {
            for (long id : ids(file)) {
                ids.add(id);
            }
            for (long span : spans(file)) {
                spans.add(span);
            }
        }
        kept.values().removeIf(segment -> any(segment.ids(), ids) || any(segment.spans(), spans));
        for (boolean more = true; more; ) {
            more = false;
            for (ClaimGroup group : groups) {
                if (!allIn(group, kept.keySet())
                        && group.members().stream()
                                .anyMatch(member ->
                                        kept.containsKey(member.location().file()))) {
                    group.members()
                            .forEach(member -> kept.remove(member.location().file()));
                    more = true;
                }
            }
        }
    }

    private static boolean any(long[] hashes, LongSet in) {
        for (long hash : hashes) {
            if (in.contains(hash)) {
                return true;
            }
        }
        return false;
    }

    private static long[] ids(ClaimsFile file) {
        List<Long> ids = new ArrayList<>();
        file.claims().forEach(claim -> ids.add(Segments.idHash(claim.claim().id())));
        file.invalidClaims().forEach(invalid -> invalid.id().ifPresent(id -> ids.add(Segments.idHash(id))));
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] spans(ClaimsFile file) {
        return file.claims().stream()
                .filter(claim -> claim.claim().offset().isPresent())
                .mapToLong(claim -> DuplicateSpans.hash(claim.claim()))
                .toArray();
    }

    private static Segments.Segment segment(
            String key,
            InputManifest.FileState state,
            ClaimsFile file,
            List<ClaimResult> results,
            NameIndex.SourceNames quoteNames) {
        // the file's counts as a result of its claims alone finds them
        CheckResult alone = new CheckResult(results, List.of(), List.of(), 1);
        return new Segments.Segment(
                key,
                state,
                ids(file),
                spans(file),
                file.problems(),
                results.size(),
                alone.needingAttention(),
                alone.needingAttentionIndices(),
                alone.tallyByOutlet(),
                quoteNames);
    }

    /**
     * The results of a kept claims file, read again: those needing attention as kept, every other
     * claim verified without a warning. A file that changed since it was found unchanged is not
     * taken for the one it was.
     */
    private List<ClaimResult> readAgain(Path path, String name, Segments.Segment segment) {
        try {
            if (!InputManifest.FileState.of(path).equals(segment.state().withoutSha256())) {
                throw new IOException(name + " changed during the check: check again");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        ClaimsFile file = checker.read(dataset, List.of(path)).get(0);
        List<Object> entries = new ArrayList<>(file.claims());
        entries.addAll(file.invalidClaims());
        entries.sort(Comparator.comparingInt((Object entry) -> location(entry).line())
                .thenComparingInt(entry -> location(entry).column()));
        if (entries.size() != segment.size()) {
            throw new UncheckedIOException(new IOException(name + " changed during the check: check again"));
        }
        List<ClaimResult> results = new ArrayList<>(entries.size());
        int next = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (next < segment.indices().length && segment.indices()[next] == i) {
                results.add(segment.attention().get(next++));
            } else if (entries.get(i) instanceof LocatedClaim claim) {
                results.add(ClaimResult.verified(claim, List.of()));
            } else {
                throw new UncheckedIOException(new IOException(name + " changed during the check: check again"));
            }
        }
        return results;
    }

    private static Location location(Object entry) {
        return entry instanceof LocatedClaim claim ? claim.location() : ((InvalidClaim) entry).location();
    }
}
