package io.github.factmaven.validator.api;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The outcome of checking a dataset: one result per claim, the problems of whole files, and the
 * warnings about the dataset as a whole.
 *
 * <p>What every report and the console tell of the claims as a whole (the counts, the claims that
 * need attention, the counts per outlet and per claims file) is found in one pass over the claims,
 * the first time it is asked for, and kept: at a million claims each walk is a cost, and every
 * report asks. Instances are immutable and thread-safe.
 */
public final class CheckResult {

    private final List<ClaimResult> claims;
    private final List<Problem> fileErrors;
    private final List<Warning> warnings;
    private final int files;
    private final List<ClaimGroup> groups;
    /** The claims file by claims file, each checked now or kept from before; null for a result made of claims. */
    private final List<Part> parts;

    /** Found in one pass over the claims when first asked for; racing threads find the same. */
    private volatile Overview overview;

    /**
     * Makes immutable copies of the lists.
     *
     * @param claims     one result per claim entry, in file order, files in path order
     * @param fileErrors problems of the dataset's files as a whole: a claims file or the sources
     *                   registry that cannot be read, malformed JSON, an invalid registry entry, a
     *                   registered source that does not exist
     * @param warnings   doubts about the dataset beyond single claims: unregistered or unpinned
     *                   sources, spelling variants
     * @param files      how many claims files were read
     * @param groups     claims that share an id or a span, each group once with all its members;
     *                   each member's result names a few of the others
     */
    public CheckResult(
            List<ClaimResult> claims,
            List<Problem> fileErrors,
            List<Warning> warnings,
            int files,
            List<ClaimGroup> groups) {
        this.claims = List.copyOf(claims);
        this.fileErrors = List.copyOf(fileErrors);
        this.warnings = List.copyOf(warnings);
        this.files = files;
        this.groups = List.copyOf(groups);
        this.parts = null;
    }

    private CheckResult(
            int files, List<Part> parts, List<Problem> fileErrors, List<Warning> warnings, List<ClaimGroup> groups) {
        this.parts = List.copyOf(parts);
        this.claims = new PartedList(this.parts);
        this.fileErrors = List.copyOf(fileErrors);
        this.warnings = List.copyOf(warnings);
        this.files = files;
        this.groups = List.copyOf(groups);
    }

    /**
     * A result put together claims file by claims file, as an incremental check does: the files it
     * checked again and the files whose results it kept from the last check, which need not be read
     * until their claims are asked for. Its counts, the claims needing attention and the tallies
     * come from what each kept part keeps.
     *
     * @param parts      each claims file's part, in file order, files in path order
     * @param fileErrors problems of the dataset's files as a whole
     * @param warnings   doubts about the dataset beyond single claims
     * @param files      how many claims files were read
     * @param groups     claims that share an id or a span
     * @return the result
     */
    public static CheckResult ofParts(
            List<Part> parts, List<Problem> fileErrors, List<Warning> warnings, int files, List<ClaimGroup> groups) {
        return new CheckResult(files, parts, fileErrors, warnings, groups);
    }

    /**
     * A result in which no claims share an id or a span.
     *
     * @param claims     one result per claim entry, in file order, files in path order
     * @param fileErrors problems of the dataset's files as a whole
     * @param warnings   doubts about the dataset beyond single claims
     * @param files      how many claims files were read
     */
    public CheckResult(List<ClaimResult> claims, List<Problem> fileErrors, List<Warning> warnings, int files) {
        this(claims, fileErrors, warnings, files, List.of());
    }

    /** @return one result per claim entry, in file order, files in path order */
    public List<ClaimResult> claims() {
        return claims;
    }

    /**
     * @return problems of the dataset's files as a whole: a claims file or the sources registry that
     *     cannot be read, malformed JSON, an invalid registry entry, a registered source that does not exist
     */
    public List<Problem> fileErrors() {
        return fileErrors;
    }

    /** @return doubts about the dataset beyond single claims: unregistered or unpinned sources, spelling variants */
    public List<Warning> warnings() {
        return warnings;
    }

    /** @return how many claims files were read */
    public int files() {
        return files;
    }

    /**
     * @return claims that share an id or a span, each group once with all its members; each member's
     *     result names a few of the others
     */
    public List<ClaimGroup> groups() {
        return groups;
    }

    /**
     * The group each member claim belongs to, by the claim's location: a claim is in one group at
     * most (claims that share an id are not checked, so share no span).
     *
     * @return every group member's location with its group
     */
    public Map<Location, ClaimGroup> groupsByMember() {
        Map<Location, ClaimGroup> byMember = new HashMap<>();
        for (ClaimGroup group : groups) {
            group.members().forEach(member -> byMember.put(member.location(), group));
        }
        return byMember;
    }

    /** @return the counts of the check */
    public Summary summary() {
        return overview().summary;
    }

    /**
     * The claims a reader must look at: those that failed, and those verified with a warning. Every
     * other claim is verified without a doubt.
     *
     * @return the claims that failed or have a warning, in order
     */
    public List<ClaimResult> needingAttention() {
        return overview().attention;
    }

    /**
     * @return where each claim of {@link #needingAttention()} is in {@link #claims()}: its index
     *     there, in the same order
     */
    public int[] needingAttentionIndices() {
        return overview().attentionIndices.clone();
    }

    /**
     * The claims file by claims file, as reports that list every claim write them: a report can
     * copy a {@linkplain Part#kept() kept} part from the report it wrote before.
     *
     * @return the parts, in the order of the claims; for a result made of claims, each run of
     *     claims of one file is a part checked now
     */
    public List<Part> parts() {
        if (parts != null) {
            return parts;
        }
        List<Part> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= claims.size(); i++) {
            if (i == claims.size()
                    || !claims.get(i)
                            .location()
                            .file()
                            .equals(claims.get(start).location().file())) {
                runs.add(Part.checked(claims.get(start).location().file(), claims.subList(start, i)));
                start = i;
            }
        }
        return runs;
    }

    /** @return the claims that failed, in order */
    public List<ClaimResult> failures() {
        return needingAttention().stream().filter(claim -> !claim.verified()).toList();
    }

    /** @return the dataset's warnings, then every claim's, in order */
    public List<Warning> allWarnings() {
        List<Warning> all = new ArrayList<>(warnings);
        needingAttention().forEach(claim -> all.addAll(claim.warnings()));
        return all;
    }

    /** @return true if the dataset or some claim has a warning */
    public boolean hasWarnings() {
        return summary().warnings() > 0;
    }

    /** @return true if every claim is verified and no file has a problem */
    public boolean passed() {
        return fileErrors.isEmpty() && summary().failed() == 0;
    }

    /**
     * The counts per outlet, as the report page and the site page show them; claims that could not
     * be read have no outlet and are counted under {@value CheckDigest#NO_OUTLET}.
     *
     * @return the counts of each outlet, in name order
     */
    public SortedMap<String, Tally> tallyByOutlet() {
        return overview().byOutlet;
    }

    /** @return the counts of each claims file that has claims, in path order */
    public SortedMap<String, Tally> tallyByFile() {
        return overview().byFile;
    }

    /**
     * Counts claims per group, for tables such as "per outlet" or "per claims file".
     *
     * @param key the group of a claim
     * @return the counts of each group, groups in name order
     */
    public SortedMap<String, Tally> tallyBy(Function<ClaimResult, String> key) {
        // counted in a hash map and sorted once: a million claims fall in a few groups
        Map<String, int[]> counts = new HashMap<>();
        for (ClaimResult claim : claims) {
            Counting.count(counts.computeIfAbsent(key.apply(claim), group -> new int[2]), claim.verified() ? 1 : 0, 1);
        }
        return tallies(counts);
    }

    private Overview overview() {
        Overview found = overview;
        if (found == null) {
            found = parts == null ? Overview.of(this) : Overview.ofParts(this);
            overview = found;
        }
        return found;
    }

    /** What the one pass over the claims finds. */
    private record Overview(
            Summary summary,
            List<ClaimResult> attention,
            int[] attentionIndices,
            SortedMap<String, Tally> byOutlet,
            SortedMap<String, Tally> byFile) {

        static Overview of(CheckResult result) {
            Counting counting = new Counting(result.warnings.size());
            int index = 0;
            for (ClaimResult claim : result.claims) {
                counting.claim(index++, claim);
            }
            return counting.overview(result);
        }

        /** A part kept from before is counted from what it keeps, without its claims. */
        static Overview ofParts(CheckResult result) {
            Counting counting = new Counting(result.warnings.size());
            int offset = 0;
            for (Part part : result.parts) {
                counting.part(offset, part);
                offset += part.size();
            }
            return counting.overview(result);
        }
    }

    /** The counts of the one pass, claim by claim or a part at a time. */
    private static final class Counting {
        private final int[] byTrouble = new int[Status.Trouble.values().length];
        private int warnings;
        private int claims;
        private final List<ClaimResult> attention = new ArrayList<>();
        private int[] attentionIndices = new int[16];
        // counted in hash maps and sorted once: a million claims fall in a few outlets and files
        private final Map<String, int[]> outlets = new HashMap<>();
        private final Map<String, int[]> files = new HashMap<>();
        private int[] file;
        private String fileName;

        Counting(int datasetWarnings) {
            warnings = datasetWarnings;
        }

        void claim(int index, ClaimResult claim) {
            claims++;
            byTrouble[claim.status().trouble().ordinal()]++;
            warnings += claim.warnings().size();
            boolean verified = claim.verified();
            if (!verified || !claim.warnings().isEmpty()) {
                attend(index, claim);
            }
            count(
                    outlets.computeIfAbsent(
                            claim.claim().map(Claim::outlet).orElse(CheckDigest.NO_OUTLET), o -> new int[2]),
                    verified ? 1 : 0,
                    1);
            // a file's claims come one after another: its count is looked up once per run of them
            if (!claim.location().file().equals(fileName)) {
                fileName = claim.location().file();
                file = files.computeIfAbsent(fileName, f -> new int[2]);
            }
            count(file, verified ? 1 : 0, 1);
        }

        void part(int offset, Part part) {
            int failed = 0;
            Part.Counts counts = part.counts();
            int[] indices = counts.indices();
            for (int k = 0; k < indices.length; k++) {
                ClaimResult claim = counts.attention().get(k);
                byTrouble[claim.status().trouble().ordinal()]++;
                warnings += claim.warnings().size();
                failed += claim.verified() ? 0 : 1;
                attend(offset + indices[k], claim);
            }
            // the others are verified without a warning
            byTrouble[Status.Trouble.NONE.ordinal()] += part.size() - indices.length;
            claims += part.size();
            counts.byOutlet()
                    .forEach((outlet, tally) ->
                            count(outlets.computeIfAbsent(outlet, o -> new int[2]), tally.verified(), tally.claims()));
            if (part.size() > 0) {
                count(files.computeIfAbsent(part.file(), f -> new int[2]), part.size() - failed, part.size());
            }
            fileName = null;
        }

        private void attend(int index, ClaimResult claim) {
            if (attention.size() == attentionIndices.length) {
                attentionIndices = Arrays.copyOf(attentionIndices, attentionIndices.length * 2);
            }
            attentionIndices[attention.size()] = index;
            attention.add(claim);
        }

        private static void count(int[] tally, int verified, int claims) {
            tally[0] += claims;
            tally[1] += verified;
        }

        Overview overview(CheckResult result) {
            int verified = byTrouble[Status.Trouble.NONE.ordinal()];
            return new Overview(
                    new Summary(
                            claims,
                            verified,
                            claims - verified,
                            result.files,
                            result.fileErrors.size(),
                            warnings,
                            byTrouble[Status.Trouble.QUOTE.ordinal()],
                            byTrouble[Status.Trouble.COMPLETION.ordinal()],
                            byTrouble[Status.Trouble.UNCHECKABLE.ordinal()]),
                    List.copyOf(attention),
                    Arrays.copyOf(attentionIndices, attention.size()),
                    tallies(outlets),
                    tallies(files));
        }
    }

    private static SortedMap<String, Tally> tallies(Map<String, int[]> counts) {
        SortedMap<String, Tally> tallies = new TreeMap<>();
        counts.forEach((group, count) -> tallies.put(group, new Tally(count[0], count[1], count[0] - count[1])));
        return Collections.unmodifiableSortedMap(tallies);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CheckResult result
                && claims.equals(result.claims)
                && fileErrors.equals(result.fileErrors)
                && warnings.equals(result.warnings)
                && files == result.files
                && groups.equals(result.groups);
    }

    @Override
    public int hashCode() {
        return Objects.hash(claims, fileErrors, warnings, files, groups);
    }

    @Override
    public String toString() {
        return "CheckResult[claims=" + claims + ", fileErrors=" + fileErrors + ", warnings=" + warnings + ", files="
                + files + ", groups=" + groups + "]";
    }

    /**
     * The results of one claims file's claims: checked now, or kept from the last check, whose
     * report parts can be copied. A kept part holds what the counts need (its claims needing
     * attention and its tally per outlet) and reads its claims only when they are asked for.
     */
    public static final class Part {
        private final String file;
        private final int size;
        private final boolean kept;
        /** Its parts of the reports that list every claim are the last check's (it is kept, or reworded only). */
        private final boolean keptInLists;
        /** Of a part checked again claim by claim: the indices of the results that are not the last check's, ascending. */
        private final int[] changed;

        private final Supplier<List<ClaimResult>> read;
        private volatile List<ClaimResult> claims;
        /** Given for a kept part; found in one pass over the claims of a part checked now, when first asked for. */
        private volatile Counts counts;

        private Part(
                String file,
                int size,
                boolean kept,
                boolean keptInLists,
                int[] changed,
                Counts counts,
                Supplier<List<ClaimResult>> read,
                List<ClaimResult> claims) {
            this.file = Objects.requireNonNull(file);
            this.size = size;
            this.kept = kept;
            this.keptInLists = keptInLists;
            this.changed = changed;
            this.counts = counts;
            this.read = read;
            this.claims = claims;
        }

        /** What a result's counts take of a part: its claims needing attention, where they are, its counts per outlet. */
        record Counts(List<ClaimResult> attention, int[] indices, SortedMap<String, Tally> byOutlet) {

            static Counts of(List<ClaimResult> claims) {
                List<ClaimResult> attention = new ArrayList<>();
                int[] indices = new int[8];
                Map<String, int[]> outlets = new HashMap<>();
                int[] outlet = null;
                String outletName = null;
                for (int i = 0; i < claims.size(); i++) {
                    ClaimResult claim = claims.get(i);
                    boolean verified = claim.verified();
                    if (!verified || !claim.warnings().isEmpty()) {
                        if (attention.size() == indices.length) {
                            indices = Arrays.copyOf(indices, indices.length * 2);
                        }
                        indices[attention.size()] = i;
                        attention.add(claim);
                    }
                    String name = claim.claim().map(Claim::outlet).orElse(CheckDigest.NO_OUTLET);
                    // a file's claims are mostly of a few outlets, often one after another
                    if (!name.equals(outletName)) {
                        outletName = name;
                        outlet = outlets.computeIfAbsent(name, o -> new int[2]);
                    }
                    Counting.count(outlet, verified ? 1 : 0, 1);
                }
                return new Counts(List.copyOf(attention), Arrays.copyOf(indices, attention.size()), tallies(outlets));
            }
        }

        private Counts counts() {
            Counts found = counts;
            if (found == null) {
                found = Counts.of(claims());
                counts = found;
            }
            return found;
        }

        /**
         * @param file   the claims file, as locations name it
         * @param claims its results, in file order
         * @return the part of a claims file checked now
         */
        public static Part checked(String file, List<ClaimResult> claims) {
            return new Part(file, claims.size(), false, false, null, null, null, List.copyOf(claims));
        }

        /**
         * A part whose results, and all that the reports that list every claim ({@code
         * report.json}, {@code TEST-claims.xml}) wrote of them, are those of the last check, but
         * some of whose claims were reworded (a statement, say), which the page shows: those
         * reports copy its part, the page renders its cards.
         *
         * @param file   the claims file, as locations name it
         * @param claims its results, in file order
         * @return the part of a claims file whose claims were reworded only
         */
        public static Part reworded(String file, List<ClaimResult> claims) {
            return new Part(file, claims.size(), false, true, null, null, null, List.copyOf(claims));
        }

        /**
         * A part of a claims file as it was, some of whose claims were checked again (because a
         * source they cite changed): its results but those at {@code changed} are the last check's,
         * and so is all that reports wrote of them, which reports can copy in stretches ({@link
         * #keptBetween}).
         *
         * @param file    the claims file, as locations name it
         * @param claims  its results, in file order
         * @param changed the indices of the results that are not the last check's
         * @return the part of a claims file checked again in part
         */
        public static Part checkedAgain(String file, List<ClaimResult> claims, int[] changed) {
            int[] sorted = changed.clone();
            Arrays.sort(sorted);
            if (sorted.length > 0 && (sorted[0] < 0 || sorted[sorted.length - 1] >= claims.size())) {
                throw new IllegalArgumentException("an index past the part's " + claims.size() + " results");
            }
            return new Part(file, claims.size(), false, false, sorted, null, null, List.copyOf(claims));
        }

        /**
         * A part whose results, and all that reports write of them, are those of the last check:
         * reports copy its part of the report written before as it is, so a claims file whose
         * claims' groups moved in the list of groups (whose index a report writes with each
         * member) is not kept but checked.
         *
         * @param file             the claims file, as locations name it
         * @param size             how many results it has
         * @param needingAttention its results that failed or have a warning, in file order
         * @param indices          the index of each of them among the file's results
         * @param byOutlet         the counts of its claims per outlet
         * @param claims           reads every result of the file when asked: the ones needing
         *                         attention as given, the others verified without a warning
         * @return the part of a claims file whose results are those of the last check
         */
        public static Part kept(
                String file,
                int size,
                List<ClaimResult> needingAttention,
                int[] indices,
                SortedMap<String, Tally> byOutlet,
                Supplier<List<ClaimResult>> claims) {
            if (needingAttention.size() != indices.length) {
                throw new IllegalArgumentException("one index per claim needing attention");
            }
            return new Part(
                    file,
                    size,
                    true,
                    true,
                    null,
                    new Counts(
                            List.copyOf(needingAttention),
                            indices.clone(),
                            Collections.unmodifiableSortedMap(new TreeMap<>(byOutlet))),
                    Objects.requireNonNull(claims),
                    null);
        }

        /** @return the claims file, as locations name it */
        public String file() {
            return file;
        }

        /** @return how many results it has */
        public int size() {
            return size;
        }

        /** @return its results that failed or have a warning, in file order */
        public List<ClaimResult> needingAttention() {
            return counts().attention();
        }

        /** @return the index of each of {@link #needingAttention()} among its results */
        public int[] needingAttentionIndices() {
            return counts().indices().clone();
        }

        /** @return the counts of its claims per outlet */
        public SortedMap<String, Tally> tallyByOutlet() {
            return counts().byOutlet();
        }

        /** @return true if its results are those of the last check, false if checked now */
        public boolean kept() {
            return kept;
        }

        /**
         * @return true if what the reports that list every claim wrote of its results is the last
         *     check's: it is {@linkplain #kept() kept}, or {@linkplain #reworded reworded} only
         */
        public boolean keptInLists() {
            return keptInLists;
        }

        /**
         * @param from the index of the first result
         * @param to   the index just past the last
         * @return true if the results {@code from..to} are those of the last check: the part is
         *     {@linkplain #kept() kept}, or {@linkplain #checkedAgain checked again} without a
         *     change among them
         */
        public boolean keptBetween(int from, int to) {
            if (kept) {
                return true;
            }
            if (changed == null) {
                return false;
            }
            int at = Arrays.binarySearch(changed, from);
            int next = at >= 0 ? at : -at - 1;
            return next == changed.length || changed[next] >= to;
        }

        /** @return its results, in file order; a kept part reads them the first time */
        public List<ClaimResult> claims() {
            List<ClaimResult> read = claims;
            if (read == null) {
                synchronized (this) {
                    read = claims;
                    if (read == null) {
                        read = List.copyOf(this.read.get());
                        if (read.size() != size) {
                            throw new IllegalStateException(
                                    file + " holds " + read.size() + " claims where it held " + size);
                        }
                        claims = read;
                    }
                }
            }
            return read;
        }
    }

    /** The claims of parts, one after another; a part's claims are read when one of them is asked for. */
    private static final class PartedList extends AbstractList<ClaimResult> implements RandomAccess {
        private final List<Part> parts;
        private final int[] starts;

        PartedList(List<Part> parts) {
            this.parts = parts;
            this.starts = new int[parts.size() + 1];
            for (int i = 0; i < parts.size(); i++) {
                starts[i + 1] = starts[i] + parts.get(i).size();
            }
        }

        @Override
        public ClaimResult get(int index) {
            Objects.checkIndex(index, size());
            int found = Arrays.binarySearch(starts, index);
            // the first part that starts past it, less one; an empty part starts where the next does
            int part = found >= 0 ? found : -found - 2;
            while (parts.get(part).size() == 0) {
                part++;
            }
            return parts.get(part).claims().get(index - starts[part]);
        }

        @Override
        public int size() {
            return starts[parts.size()];
        }
    }

    /**
     * The counts of a group of claims.
     *
     * @param claims   claims in the group
     * @param verified claims verified
     * @param failed   claims failed
     */
    public record Tally(int claims, int verified, int failed) {}

    /**
     * The counts of a check.
     *
     * @param claims     claim entries checked
     * @param verified   claims whose quote the source has at the offset
     * @param failed     claims that failed
     * @param files      claims files read
     * @param fileErrors problems of whole files
     * @param warnings   doubts about the dataset and its claims, such as quotes that occur several
     *                   times in their source
     * @param quotes      failed claims whose quote differs from its source or is not in it ({@link Status.Trouble#QUOTE})
     * @param incomplete  failed claims that need their offset filled in or corrected ({@link Status.Trouble#COMPLETION})
     * @param uncheckable failed claims that cannot be checked as they are ({@link Status.Trouble#UNCHECKABLE})
     */
    public record Summary(
            int claims,
            int verified,
            int failed,
            int files,
            int fileErrors,
            int warnings,
            int quotes,
            int incomplete,
            int uncheckable) {}
}
