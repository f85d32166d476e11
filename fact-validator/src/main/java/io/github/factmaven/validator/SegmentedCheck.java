package io.github.factmaven.validator;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.internal.cache.InputManifest;
import io.github.factmaven.validator.internal.cache.KeptNames;
import io.github.factmaven.validator.internal.cache.Segments;
import io.github.factmaven.validator.internal.check.DuplicateSpans;
import io.github.factmaven.validator.internal.hash.LongSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * The check of {@link IncrementalCheck}, claims file by claims file. When only claims files and
 * source files changed since the last check (the settings and the registry are as they were), the
 * claims files that changed are checked, with the files that share an id or a span with them or
 * shared a group with a file no longer kept; of a file whose claims cite a changed source only
 * those claims are read and checked again (and those whose result names other sources); every
 * other file's part of the result is taken from the segments the last check kept, and its claims
 * are not even read. The dataset-wide checks come out as a check of every file would have them:
 * the duplicates are all among the files checked, the groups of kept files are kept in the order a
 * full check gives, and the spelling variants count the names of the other files' quotes from
 * their segments.
 *
 * <p>Otherwise every claims file is checked. Either way it returns the segments the next check
 * needs.
 */
final class SegmentedCheck {

    /** Results that depend on every source file, not only on the one a claim cites. */
    private static final Set<Status> SEARCH_OTHER_SOURCES =
            EnumSet.of(Status.NOT_FOUND, Status.IN_OTHER_SOURCE, Status.SOURCE_NOT_FOUND);

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
     * @param asBefore true if the result is the last check's, every part of it, so that the reports
     *                 the last check wrote stand
     */
    record Done(CheckResult result, Optional<Segments> segments, int kept, boolean asBefore) {}

    /**
     * @param inputs the inputs as they are now, if they could be taken
     * @param before what the last check kept, if it is there and was made with the same settings
     *               and registry
     * @return what the check found
     * @throws IOException if the claims folder cannot be listed
     */
    Done check(Optional<InputManifest> inputs, Optional<Segments> before) throws IOException {
        Dataset.ClaimsListing listing = dataset.listClaimsFiles();
        if (inputs.isEmpty() || !listing.problems().isEmpty() || listing.files().isEmpty()) {
            // what is wrong is said by the check of the whole dataset, which keeps no segments
            return new Done(checker.check(dataset), Optional.empty(), 0, false);
        }
        Map<String, InputManifest.FileState> states = inputs.get().files();
        List<Path> paths = listing.files();
        List<String> names = paths.stream().map(dataset::displayName).toList();
        List<ClaimGroup> groupsBefore = before.map(Segments::groups).orElse(List.of());

        // the files as they were: kept whole, or some of their claims checked again if their
        // sources changed; every other file is checked whole
        Map<String, Segments.Segment> asTheyWere = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) {
            String key = InputManifest.claimsKey(dataset, paths.get(i));
            String name = names.get(i);
            Segments.Segment segment =
                    before.map(last -> last.files().get(name)).orElse(null);
            if (unchanged(segment, key, states)) {
                asTheyWere.put(name, segment);
            }
        }
        Map<String, ClaimsFile> whole = read(paths, names, asTheyWere::containsKey);
        ChangedSources changedSources = new ChangedSources(changedSources(before, inputs.get()));
        alsoCheckTheirDuplicates(whole.values(), asTheyWere, groupsBefore);
        Set<Location> members = new HashSet<>();
        groupsBefore.forEach(group -> group.members().forEach(member -> members.add(member.location())));
        Map<String, Recheck> rechecks = new LinkedHashMap<>();
        boolean escalated = false;
        // the files their sources touch, each read as far as it must be, side by side
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            Segments.Segment segment = asTheyWere.get(names.get(i));
            if (segment != null && changedSources.touch(segment)) {
                touched.add(i);
            }
        }
        List<Optional<Recheck>> readAgain = touched.parallelStream()
                .map(i -> recheck(paths.get(i), names.get(i), asTheyWere.get(names.get(i)), changedSources)
                        .filter(some -> some.claims().stream().noneMatch(claim -> members.contains(claim.location()))))
                .toList();
        for (int k = 0; k < touched.size(); k++) {
            String name = names.get(touched.get(k));
            if (readAgain.get(k).isPresent()) {
                rechecks.put(name, readAgain.get(k).get());
            } else {
                // checked whole: a claim to check again shares a span, or the file changed since its state was taken
                asTheyWere.remove(name);
                escalated = true;
            }
        }
        if (escalated) {
            alsoCheckTheirDuplicates(List.of(), asTheyWere, groupsBefore);
            rechecks.keySet().retainAll(asTheyWere.keySet());
        }
        whole.putAll(read(paths, names, name -> asTheyWere.containsKey(name) || whole.containsKey(name)));

        List<ClaimsFile> toCheck = new ArrayList<>();
        List<Integer> toCheckAt = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (whole.containsKey(names.get(i))) {
                toCheck.add(whole.get(names.get(i)));
                toCheckAt.add(i);
            }
        }
        List<LocatedClaim> alsoCheck = new ArrayList<>();
        rechecks.values().forEach(recheck -> alsoCheck.addAll(recheck.claims()));
        FactChecker.Checked checked = checker.check(
                toCheck,
                dataset,
                asTheyWere.values().stream().map(Segments.Segment::quoteNames).toList(),
                alsoCheck,
                before.map(last -> new FactChecker.NamesFound(
                                OptionalLong.of(last.namesDigest()),
                                last.warnings().stream()
                                        .filter(warning -> warning.kind() == WarningKind.SPELLING_VARIANTS)
                                        .toList(),
                                Optional.of(last.mergedNames()),
                                last.files().values().stream()
                                        .map(Segments.Segment::quoteNames)
                                        .toList()))
                        .orElse(FactChecker.NamesFound.NONE));
        List<ClaimGroup> groups = groups(names, groupsBefore, asTheyWere.keySet(), checked.groups());
        Set<String> moved = membersOfMovedGroups(groupsBefore, groups);

        // the segments of the files checked whole, side by side: at a million claims, a second of hashing ids and spans
        List<CheckedWhole> checkedWhole = IntStream.range(0, toCheck.size())
                .parallel()
                .mapToObj(k -> {
                    String key = InputManifest.claimsKey(dataset, paths.get(toCheckAt.get(k)));
                    CheckResult.Part part = CheckResult.Part.checked(
                            names.get(toCheckAt.get(k)), checked.results().get(k));
                    return new CheckedWhole(
                            part,
                            segment(
                                    key,
                                    states.get(key),
                                    toCheck.get(k),
                                    part,
                                    checked.quoteNames().get(k)));
                })
                .toList();
        List<CheckResult.Part> parts = new ArrayList<>();
        List<Problem> fileErrors = new ArrayList<>();
        Map<String, Segments.Segment> segments = new LinkedHashMap<>();
        Iterator<ClaimResult> rechecked = checked.alsoChecked().iterator();
        int checkedAt = 0;
        int keptClaims = 0;
        for (int i = 0; i < paths.size(); i++) {
            String name = names.get(i);
            String key = InputManifest.claimsKey(dataset, paths.get(i));
            Segments.Segment last =
                    before.map(lastCheck -> lastCheck.files().get(name)).orElse(null);
            Recheck recheck = rechecks.get(name);
            List<ClaimResult> found = recheck == null ? List.of() : recheck.found(rechecked);
            // kept whole, or every claim checked again found as it was: the file's part stands
            if (asTheyWere.containsKey(name) && (recheck == null || recheck.foundAsBefore(found))) {
                parts.add(keptPart(paths.get(i), name, last, moved.contains(name)));
                fileErrors.addAll(last.problems());
                keptClaims +=
                        last.size() - (recheck == null ? 0 : recheck.claims().size());
                segments.put(name, last);
                continue;
            }
            Segments.Segment segment;
            CheckResult.Part part;
            if (recheck != null) {
                keptClaims += last.size() - recheck.claims().size();
                Path path = paths.get(i);
                ClaimsFile file = recheck.file()
                        .orElseGet(() -> checker.read(dataset, List.of(path)).get(0));
                List<ClaimResult> results = recheck.results(file, last, found);
                // the others' parts of the reports stand, unless a group of theirs moved in the list
                part = moved.contains(name)
                        ? CheckResult.Part.checked(name, results)
                        : CheckResult.Part.checkedAgain(name, results, recheck.changed(found));
                segment = segment(key, states.get(key), file, part, last.quoteNames());
                fileErrors.addAll(segment.problems());
            } else {
                ClaimsFile file = toCheck.get(checkedAt);
                part = checkedWhole.get(checkedAt).part();
                segment = checkedWhole.get(checkedAt).segment();
                fileErrors.addAll(file.problems());
                checkedAt++;
            }
            segments.put(name, segment);
            // checked again and found as it was (saved again as it was, say): its parts of the
            // reports are as they were; reworded only, its parts of the lists are
            boolean stands = last != null && !moved.contains(name);
            if (stands && sameResults(last, segment)) {
                part = CheckResult.Part.kept(
                        name, segment.size(), segment.attention(), segment.indices(), segment.byOutlet(), part::claims);
            } else if (stands && sameInLists(last, segment)) {
                part = CheckResult.Part.reworded(name, part.claims());
            }
            parts.add(part);
        }
        fileErrors.addAll(checked.provenance().errors());
        List<Warning> warnings = new ArrayList<>(checked.provenance().warnings());
        warnings.addAll(checked.spellingVariants());
        boolean asBefore = before.isPresent()
                && parts.stream().allMatch(CheckResult.Part::kept)
                && before.get().files().keySet().stream().toList().equals(names)
                && before.get().groups().equals(groups)
                && before.get().fileErrors().equals(fileErrors)
                && before.get().warnings().equals(warnings);
        return new Done(
                CheckResult.ofParts(parts, fileErrors, warnings, paths.size(), groups),
                Optional.of(new Segments(
                        inputs.get().beyondClaimsAndSources(),
                        inputs.get().sources(),
                        segments,
                        groups,
                        fileErrors,
                        warnings,
                        checked.namesDigest().getAsLong(),
                        checked.mergedNames().orElseThrow(),
                        // the reports of a result as it was stay as they were written, with their layouts
                        asBefore
                                ? before.get().check()
                                : ThreadLocalRandom.current().nextLong())),
                keptClaims,
                asBefore);
    }

    /** A claims file checked whole: its part of the result, and what the next check keeps of it. */
    private record CheckedWhole(CheckResult.Part part, Segments.Segment segment) {}

    /**
     * Some claims of a file as it was: read where their entries start, when the segment knows
     * where, and otherwise picked out of a read of the file that binds only them.
     */
    private Optional<List<LocatedClaim>> readAgain(
            Path path, String name, Segments.Segment segment, List<Integer> wanted) {
        if (segment.starts().length == segment.size() && segment.places().length == segment.size()) {
            long[] starts = new long[wanted.size()];
            List<Location> locations = new ArrayList<>(wanted.size());
            for (int k = 0; k < starts.length; k++) {
                starts[k] = segment.starts()[wanted.get(k)];
                locations.add(Segments.location(name, segment.places()[wanted.get(k)]));
            }
            Optional<List<LocatedClaim>> claims = checker.readAt(path, name, starts, locations);
            if (claims.isPresent()) {
                return claims;
            }
        }
        Set<Integer> asked = new HashSet<>(wanted);
        return checker.readSome(path, name, asked::contains);
    }

    /**
     * The claims of an unchanged file to check again because sources changed, read alone where the
     * segment says which entries they are; otherwise read with the whole file.
     */
    private Optional<Recheck> recheck(Path path, String name, Segments.Segment segment, ChangedSources changed) {
        if (segment.claimSources().length == segment.size()) {
            Map<Integer, ClaimResult> attention = new HashMap<>();
            for (int k = 0; k < segment.indices().length; k++) {
                attention.put(segment.indices()[k], segment.attention().get(k));
            }
            List<Integer> wanted = new ArrayList<>();
            for (int i = 0; i < segment.size(); i++) {
                ClaimResult before = attention.get(i);
                if (Recheck.again(before, changed.cited(segment, i))) {
                    wanted.add(i);
                }
            }
            Optional<List<LocatedClaim>> claims =
                    wanted.isEmpty() ? Optional.of(List.of()) : readAgain(path, name, segment, wanted);
            if (claims.isPresent() && claims.get().size() == wanted.size()) {
                List<ClaimResult> before = new ArrayList<>(wanted.size());
                for (int k = 0; k < wanted.size(); k++) {
                    ClaimResult kept = attention.get(wanted.get(k));
                    before.add(
                            kept != null
                                    ? kept
                                    : ClaimResult.verified(claims.get().get(k), List.of()));
                }
                return Optional.of(new Recheck(
                        wanted.stream().mapToInt(Integer::intValue).toArray(), claims.get(), before, Optional.empty()));
            }
        }
        ClaimsFile file = checker.read(dataset, List.of(path)).get(0);
        return asKept(file, segment).map(results -> Recheck.of(file, results, changed));
    }

    /**
     * The claims of an unchanged file to check again because sources changed: those that cite a
     * changed source, or whose result named other sources, but not those whose id is shared (their
     * result does not depend on any source).
     *
     * @param indices the index of each among the file's results
     * @param claims  the claims to check again
     * @param before  their results as the last check found them
     * @param file    the whole file, if it was read whole
     */
    private record Recheck(
            int[] indices, List<LocatedClaim> claims, List<ClaimResult> before, Optional<ClaimsFile> file) {

        /** @return true if a claim with this result (null: verified without a warning) is checked again */
        static boolean again(ClaimResult before, boolean citesChangedSource) {
            if (before == null) {
                return citesChangedSource;
            }
            return before.status() != Status.DUPLICATE_ID
                    && (citesChangedSource || SEARCH_OTHER_SOURCES.contains(before.status()));
        }

        static Recheck of(ClaimsFile file, List<ClaimResult> results, ChangedSources changed) {
            List<Object> entries = entries(file);
            List<LocatedClaim> claims = new ArrayList<>();
            List<ClaimResult> before = new ArrayList<>();
            int[] indices = new int[entries.size()];
            for (int i = 0; i < entries.size(); i++) {
                ClaimResult result = results.get(i);
                if (entries.get(i) instanceof LocatedClaim claim
                        && again(result, changed.citedAs(claim.claim().source()))) {
                    indices[claims.size()] = i;
                    claims.add(claim);
                    before.add(result);
                }
            }
            return new Recheck(Arrays.copyOf(indices, claims.size()), claims, before, Optional.of(file));
        }

        /** @return the results of the claims checked again, taken from the check */
        List<ClaimResult> found(Iterator<ClaimResult> rechecked) {
            List<ClaimResult> found = new ArrayList<>(indices.length);
            for (int k = 0; k < indices.length; k++) {
                found.add(rechecked.next());
            }
            return found;
        }

        /** @return the indices among the file's results of the claims checked again whose result changed */
        int[] changed(List<ClaimResult> found) {
            int[] changed = new int[indices.length];
            int count = 0;
            for (int k = 0; k < indices.length; k++) {
                if (!found.get(k).equals(before.get(k))) {
                    changed[count++] = indices[k];
                }
            }
            return Arrays.copyOf(changed, count);
        }

        /** @return true if every claim checked again has the result it had */
        boolean foundAsBefore(List<ClaimResult> found) {
            return found.equals(before);
        }

        /** @return the file's results: those of the claims checked again as found, the others as kept */
        List<ClaimResult> results(ClaimsFile whole, Segments.Segment kept, List<ClaimResult> found) {
            List<ClaimResult> results = new ArrayList<>(asKept(whole, kept)
                    .orElseThrow(() -> new UncheckedIOException(
                            new IOException(whole.name() + " changed during the check: check again"))));
            for (int k = 0; k < indices.length; k++) {
                results.set(indices[k], found.get(k));
            }
            return results;
        }
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

    /** The files with a member of a group whose place in the list of groups is not what it was. */
    private static Set<String> membersOfMovedGroups(List<ClaimGroup> before, List<ClaimGroup> now) {
        Set<String> moved = new HashSet<>();
        for (int g = 0; g < Math.max(before.size(), now.size()); g++) {
            ClaimGroup was = g < before.size() ? before.get(g) : null;
            ClaimGroup is = g < now.size() ? now.get(g) : null;
            if (was == null || !was.equals(is)) {
                for (ClaimGroup group : Arrays.asList(was, is)) {
                    if (group != null) {
                        group.members()
                                .forEach(member -> moved.add(member.location().file()));
                    }
                }
            }
        }
        return moved;
    }

    /** @return true if the claims file is as it was when the segment was made */
    private static boolean unchanged(
            Segments.Segment segment, String key, Map<String, InputManifest.FileState> states) {
        return segment != null && segment.key().equals(key) && segment.state().sameFile(states.get(key));
    }

    /** Where each claim's entry starts in the file's bytes; none if one of them is not known. */
    private static long[] starts(ClaimsFile file) {
        long[] starts = new long[file.claims().size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = ClaimsFileReader.entryStart(file.claims().get(i));
            if (starts[i] < 0) {
                return new long[0];
            }
        }
        return starts;
    }

    /** @return true if the results a segment keeps are those of the other */
    private static boolean sameResults(Segments.Segment last, Segments.Segment now) {
        return sameInLists(last, now) && last.onPage() == now.onPage();
    }

    /** @return true if the reports that list every claim show the same of the segments' results */
    private static boolean sameInLists(Segments.Segment last, Segments.Segment now) {
        return last.key().equals(now.key())
                && last.size() == now.size()
                && last.shown() == now.shown()
                && Arrays.equals(last.indices(), now.indices())
                && last.attention().equals(now.attention())
                && last.byOutlet().equals(now.byOutlet())
                && last.problems().equals(now.problems());
    }

    /** The source files whose state is not what the last check read, added and removed ones among them. */
    private static Set<String> changedSources(Optional<Segments> before, InputManifest now) {
        if (before.isEmpty()) {
            return Set.of();
        }
        Map<String, InputManifest.FileState> was = before.get().sources();
        Map<String, InputManifest.FileState> is = now.sources();
        Set<String> changed = new HashSet<>();
        is.forEach((key, state) -> {
            if (!state.sameFile(was.get(key))) {
                changed.add(key);
            }
        });
        was.keySet().stream().filter(key -> !is.containsKey(key)).forEach(changed::add);
        return changed;
    }

    /** The source files that changed since the last check, and which names of sources claims cite are theirs. */
    private static final class ChangedSources {
        private final Set<String> keys;
        /** Asked by the threads that read the files the changed sources touch, side by side. */
        private final Map<String, Boolean> cited = new ConcurrentHashMap<>();

        ChangedSources(Set<String> keys) {
            this.keys = keys;
        }

        /** @return true if a claim that names its source so cites one of them; asked once per name */
        boolean citedAs(String source) {
            return !keys.isEmpty()
                    && cited.computeIfAbsent(
                            source,
                            name -> InputManifest.sourceKey(name)
                                    .filter(keys::contains)
                                    .isPresent());
        }

        /** @return true if the claim at this index of the segment's file cites one of them */
        boolean cited(Segments.Segment segment, int claim) {
            return citedAs(segment.sources().get(segment.claimSources()[claim]));
        }

        /**
         * @return true if their change may change a result of the claims file: a claim cites one,
         *     or a claim's result names other sources (a quote looked for in them, a missing
         *     source's closest name)
         */
        boolean touch(Segments.Segment segment) {
            return !keys.isEmpty()
                    && (segment.sources().stream().anyMatch(this::citedAs)
                            || segment.attention().stream()
                                    .map(ClaimResult::status)
                                    .anyMatch(SEARCH_OTHER_SOURCES::contains));
        }
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
        if (kept.isEmpty()) {
            // a first check: nothing kept to take out, and a million ids and spans not hashed for it
            return;
        }
        LongSet ids = new LongSet(1024);
        LongSet spans = new LongSet(1024);
        for (ClaimsFile file : changed) {
            for (long id : FactChecker.idHashes(file)) {
                ids.add(id);
            }
            for (long span : spans(file)) {
                spans.add(span);
            }
        }
        if (!ids.isEmpty() || !spans.isEmpty()) {
            // no claims file changed, as when only a source did: no kept file shares an id or span with one
            kept.values().removeIf(segment -> any(segment.ids(), ids) || any(segment.spans(), spans));
        }
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

    /**
     * @return the index among the sources of the source each claim cites, in file order; none for a
     *     file with invalid entries, whose claims are then read whole when their sources change
     */
    private static int[] claimSources(ClaimsFile file, List<String> sources) {
        if (!file.invalidClaims().isEmpty()) {
            return new int[0];
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            index.put(sources.get(i), i);
        }
        return file.claims().stream()
                .mapToInt(claim -> index.get(claim.claim().source()))
                .toArray();
    }

    private static long[] spans(ClaimsFile file) {
        return file.claims().stream()
                .filter(claim -> claim.claim().offset().isPresent())
                .mapToLong(claim -> DuplicateSpans.hash(claim.claim()))
                .toArray();
    }

    private static Segments.Segment segment(
            String key, InputManifest.FileState state, ClaimsFile file, CheckResult.Part part, KeptNames quoteNames) {
        List<String> sources = file.claims().stream()
                .map(claim -> claim.claim().source())
                .distinct()
                .toList();
        return new Segments.Segment(
                key,
                state,
                FactChecker.idHashes(file),
                spans(file),
                sources,
                claimSources(file, sources),
                starts(file),
                file.claims().stream()
                        .mapToLong(claim -> Segments.place(claim.location()))
                        .toArray(),
                file.problems(),
                part.size(),
                Segments.shown(part.claims()),
                Segments.onPage(part.claims()),
                part.needingAttention(),
                part.needingAttentionIndices(),
                part.tallyByOutlet(),
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
        return asKept(checker.read(dataset, List.of(path)).get(0), segment)
                .orElseThrow(() ->
                        new UncheckedIOException(new IOException(name + " changed during the check: check again")));
    }

    /**
     * @return the results of a file as its segment keeps them; empty if the file does not have the
     *     entries it had
     */
    private static Optional<List<ClaimResult>> asKept(ClaimsFile file, Segments.Segment segment) {
        List<Object> entries = entries(file);
        if (entries.size() != segment.size()) {
            return Optional.empty();
        }
        List<ClaimResult> results = new ArrayList<>(entries.size());
        int next = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (next < segment.indices().length && segment.indices()[next] == i) {
                ClaimResult kept = segment.attention().get(next++);
                if (!kept.location().equals(location(entries.get(i)))) {
                    return Optional.empty();
                }
                results.add(kept);
            } else if (entries.get(i) instanceof LocatedClaim claim) {
                results.add(ClaimResult.verified(claim, List.of()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(results);
    }

    /** @return a file's claims and invalid entries, in the order of their results */
    private static List<Object> entries(ClaimsFile file) {
        List<Object> entries = new ArrayList<>(file.claims());
        if (file.invalidClaims().isEmpty()) {
            return entries; // the claims are in the order they are written
        }
        entries.addAll(file.invalidClaims());
        entries.sort(Comparator.comparingInt((Object entry) -> location(entry).line())
                .thenComparingInt(entry -> location(entry).column()));
        return entries;
    }

    private static Location location(Object entry) {
        return entry instanceof LocatedClaim claim ? claim.location() : ((InvalidClaim) entry).location();
    }
}
