package io.github.factmaven.validator.api;

import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The outcome of checking a dataset: one result per claim, the problems of whole files, and the
 * warnings about the dataset as a whole.
 *
 * @param claims     one result per claim entry, in file order, files in path order
 * @param fileErrors problems of the dataset's files as a whole: a claims file or the sources
 *                   registry that cannot be read, malformed JSON, an invalid registry entry, a
 *                   registered source that does not exist
 * @param warnings   doubts about the dataset beyond single claims: unregistered or unpinned sources,
 *                   spelling variants
 * @param files      how many claims files were read
 * @param groups     claims that share an id or a span, each group once with all its members; each
 *                   member's result names a few of the others
 */
public record CheckResult(
        List<ClaimResult> claims,
        List<Problem> fileErrors,
        List<Warning> warnings,
        int files,
        List<ClaimGroup> groups) {

    /**
     * Makes immutable copies of the lists.
     *
     * @param claims one result per claim entry, in file order, files in path order
     * @param fileErrors problems of the dataset's files as a whole: a claims file or the sources registry that cannot be read, malformed JSON, an invalid registry entry, a registered source that does not exist
     * @param warnings doubts about the dataset beyond single claims: unregistered or unpinned sources, spelling variants
     * @param files how many claims files were read
     * @param groups claims that share an id or a span, each group once with all its members
     */
    public CheckResult {
        claims = List.copyOf(claims);
        fileErrors = List.copyOf(fileErrors);
        warnings = List.copyOf(warnings);
        groups = List.copyOf(groups);
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
        int[] byTrouble = new int[Status.Trouble.values().length];
        int warnings = this.warnings.size();
        for (ClaimResult claim : claims) {
            byTrouble[claim.status().trouble().ordinal()]++;
            warnings += claim.warnings().size();
        }
        int verified = byTrouble[Status.Trouble.NONE.ordinal()];
        return new Summary(
                claims.size(),
                verified,
                claims.size() - verified,
                files,
                fileErrors.size(),
                warnings,
                byTrouble[Status.Trouble.QUOTE.ordinal()],
                byTrouble[Status.Trouble.COMPLETION.ordinal()],
                byTrouble[Status.Trouble.UNCHECKABLE.ordinal()]);
    }

    /** @return the claims that failed, in order */
    public List<ClaimResult> failures() {
        return claims.stream().filter(claim -> !claim.verified()).toList();
    }

    /** @return the dataset's warnings, then every claim's, in order */
    public List<Warning> allWarnings() {
        List<Warning> all = new ArrayList<>(warnings);
        claims.forEach(claim -> all.addAll(claim.warnings()));
        return all;
    }

    /** @return true if the dataset or some claim has a warning */
    public boolean hasWarnings() {
        return !warnings.isEmpty()
                || claims.stream().anyMatch(claim -> !claim.warnings().isEmpty());
    }

    /** @return true if every claim is verified and no file has a problem */
    public boolean passed() {
        return fileErrors.isEmpty() && claims.stream().allMatch(ClaimResult::verified);
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
            int[] count = counts.computeIfAbsent(key.apply(claim), group -> new int[2]);
            count[0]++;
            if (claim.verified()) {
                count[1]++;
            }
        }
        SortedMap<String, Tally> tallies = new TreeMap<>();
        counts.forEach((group, count) -> tallies.put(group, new Tally(count[0], count[1], count[0] - count[1])));
        return tallies;
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
