package io.github.factmaven.validator.api;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

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
            Overview.count(counts.computeIfAbsent(key.apply(claim), group -> new int[2]), claim.verified());
        }
        return tallies(counts);
    }

    private Overview overview() {
        Overview found = overview;
        if (found == null) {
            found = Overview.of(this);
            overview = found;
        }
        return found;
    }

    /** What the one pass over the claims finds. */
    private record Overview(
            Summary summary,
            List<ClaimResult> attention,
            SortedMap<String, Tally> byOutlet,
            SortedMap<String, Tally> byFile) {

        static Overview of(CheckResult result) {
            int[] byTrouble = new int[Status.Trouble.values().length];
            int warnings = result.warnings.size();
            List<ClaimResult> attention = new ArrayList<>();
            // counted in hash maps and sorted once: a million claims fall in a few outlets and files
            Map<String, int[]> outlets = new HashMap<>();
            Map<String, int[]> files = new HashMap<>();
            int[] file = null;
            String fileName = null;
            for (ClaimResult claim : result.claims) {
                byTrouble[claim.status().trouble().ordinal()]++;
                warnings += claim.warnings().size();
                boolean verified = claim.verified();
                if (!verified || !claim.warnings().isEmpty()) {
                    attention.add(claim);
                }
                count(
                        outlets.computeIfAbsent(
                                claim.claim().map(Claim::outlet).orElse(CheckDigest.NO_OUTLET), o -> new int[2]),
                        verified);
                // a file's claims come one after another: its count is looked up once per run of them
                if (!claim.location().file().equals(fileName)) {
                    fileName = claim.location().file();
                    file = files.computeIfAbsent(fileName, f -> new int[2]);
                }
                count(file, verified);
            }
            int claims = result.claims.size();
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
                    tallies(outlets),
                    tallies(files));
        }

        private static void count(int[] tally, boolean verified) {
            tally[0]++;
            if (verified) {
                tally[1]++;
            }
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
