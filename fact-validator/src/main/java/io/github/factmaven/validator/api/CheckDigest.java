package io.github.factmaven.validator.api;

import io.github.factmaven.model.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a page of a check's result shows, such as the site's "Fact check" page: the counts per
 * outlet and per claims file, and every problem and warning with where it is. The claims that
 * passed are only counted, so a digest is small enough to keep with the record of the last check
 * and to show again without checking when nothing has changed.
 *
 * @param byOutlet   the claims of each outlet, counted, outlets in name order
 * @param byFile     the claims of each claims file, counted, files in name order
 * @param fileErrors the problems of whole files, in order
 * @param failures   the failed claims, in order
 * @param warnings   the dataset's warnings, then each claim's, in order
 */
public record CheckDigest(
        SortedMap<String, CheckResult.Tally> byOutlet,
        SortedMap<String, CheckResult.Tally> byFile,
        List<Entry> fileErrors,
        List<Entry> failures,
        List<Entry> warnings) {

    /** What the outlet table says of claims that could not be read, and so have no outlet. */
    public static final String NO_OUTLET = "(not read: an invalid claim)";

    /**
     * Makes immutable copies.
     *
     * @param byOutlet   the claims of each outlet, counted, outlets in name order
     * @param byFile     the claims of each claims file, counted, files in name order
     * @param fileErrors the problems of whole files, in order
     * @param failures   the failed claims, in order
     * @param warnings   the dataset's warnings, then each claim's, in order
     */
    public CheckDigest {
        byOutlet = Collections.unmodifiableSortedMap(new TreeMap<>(byOutlet));
        byFile = Collections.unmodifiableSortedMap(new TreeMap<>(byFile));
        fileErrors = List.copyOf(fileErrors);
        failures = List.copyOf(failures);
        warnings = List.copyOf(warnings);
    }

    /**
     * One line of the digest: a problem, a failed claim or a warning.
     *
     * @param claim   the claim's id, {@value #NO_ID} for a claim without one; empty for a file's
     *                problem or a dataset's warning
     * @param status  the failed claim's status, as {@link Status#label()} and its name in
     *                parentheses; empty for the others
     * @param where   where to look, as {@code path:line:column}
     * @param message what is wrong, as the console says it, but without the lines that show the quote
     *                beside its source ({@link Excerpt#lines()}), whose carets line up only in a
     *                fixed-width font
     */
    public record Entry(String claim, String status, String where, String message) {

        /** What stands for the id of a claim that has none. */
        public static final String NO_ID = "(no id)";
    }

    private static String withoutExcerpts(ClaimResult claim) {
        Set<String> excerpts = claim.diagnosis().map(Diagnosis::excerptLines).orElse(Set.of());
        return excerpts.isEmpty()
                ? claim.message()
                : claim.message()
                        .lines()
                        .filter(line -> !excerpts.contains(line))
                        .collect(Collectors.joining("\n"));
    }

    /**
     * Takes the digest of a check.
     *
     * @param result the check's result
     * @return what a page of it shows
     */
    public static CheckDigest of(CheckResult result) {
        List<Entry> fileErrors = new ArrayList<>();
        for (Problem problem : result.fileErrors()) {
            fileErrors.add(new Entry("", "", problem.location().toString(), problem.message()));
        }
        List<Entry> failures = new ArrayList<>();
        List<Entry> warnings = new ArrayList<>();
        for (Warning warning : result.warnings()) {
            warnings.add(new Entry("", "", warning.location().toString(), warning.message()));
        }
        for (ClaimResult claim : result.needingAttention()) {
            String id = claim.id().orElse(Entry.NO_ID);
            if (!claim.verified()) {
                failures.add(new Entry(
                        id,
                        claim.status().label() + " (" + claim.status().name() + ")",
                        claim.primaryLocation().toString(),
                        withoutExcerpts(claim)));
            }
            for (Warning warning : claim.warnings()) {
                warnings.add(new Entry(id, "", warning.location().toString(), warning.message()));
            }
        }
        return new CheckDigest(result.tallyByOutlet(), result.tallyByFile(), fileErrors, failures, warnings);
    }
}
