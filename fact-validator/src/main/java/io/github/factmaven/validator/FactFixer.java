package io.github.factmaven.validator;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileEditor;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.EditedText;
import io.github.factmaven.model.InvalidUtf8Exception;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.Utf8Text;
import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimFix;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.FileFix;
import io.github.factmaven.validator.api.FixOutcome;
import io.github.factmaven.validator.api.FixResult;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.internal.check.SourceCheck;
import io.github.factmaven.validator.internal.fix.ClaimRepair;
import io.github.factmaven.validator.internal.fix.UnifiedDiff;
import io.github.factmaven.validator.internal.source.LoadedSource;
import io.github.factmaven.validator.internal.source.QuoteOccurrences;
import io.github.factmaven.validator.internal.source.SourceException;
import io.github.factmaven.validator.internal.source.SourceFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fills in missing offsets and repairs stale ones, so that authors write quotes and let the tool
 * count code points. Optionally, a quote that differs from its source only in typography or
 * invisible characters takes the source's exact text. Words are never changed, and nothing is
 * guessed: a claim no rule can settle is reported and left as it is.
 *
 * <p>Claims files are edited surgically: only an offset number, an added {@code "offset"} member or
 * a quote string changes, and every other byte stays as it was. {@link #fix} only computes the
 * changes; {@link FileFix#write()} writes a file atomically.
 *
 * <pre>{@code
 * FixResult result = FactFixer.offsetsOnly().fix(Dataset.inDirectory(Path.of("my-dataset")));
 * for (FileFix file : result.files()) {
 *     file.write();
 * }
 * }</pre>
 */
public final class FactFixer {

    /** Failures a rule may settle; the others need a person. */
    private static final Set<Status> REPAIRABLE =
            EnumSet.of(Status.MISSING_OFFSET, Status.OFFSET_MISMATCH, Status.CONTEXT_MISMATCH, Status.QUOTE_MISMATCH);

    private final ClaimsFileReader reader = new ClaimsFileReader();
    private final ClaimsFileEditor editor = new ClaimsFileEditor();
    private final boolean fixTypography;

    private FactFixer(boolean fixTypography) {
        this.fixTypography = fixTypography;
    }

    /** @return a fixer that changes offsets only */
    public static FactFixer offsetsOnly() {
        return new FactFixer(false);
    }

    /**
     * @return a fixer that also replaces a quote differing from its source only in typography or
     *         invisible characters (curly quotes, dashes, ellipsis, no-break and zero-width spaces,
     *         line breaks, Unicode normalization) by the source's text
     */
    public static FactFixer offsetsAndTypography() {
        return new FactFixer(true);
    }

    /**
     * Works out the fixes of a dataset, without writing anything.
     *
     * @param dataset where the claims and sources are
     * @return what would change, and what is left alone and why
     * @throws IOException if the claims directory cannot be listed or a claims file cannot be read
     */
    public FixResult fix(Dataset dataset) throws IOException {
        Dataset.ClaimsListing listing = dataset.listClaimsFiles();
        List<Path> paths = listing.files();
        Map<String, byte[]> contents = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        List<ClaimsFile> files = new ArrayList<>();
        for (Path path : paths) {
            String name = dataset.displayName(path);
            byte[] bytes = RegularFile.readAllBytes(path);
            contents.put(name, bytes);
            try {
                texts.put(name, Utf8Text.decode(bytes));
                files.add(reader.parse(texts.get(name), name));
            } catch (InvalidUtf8Exception e) {
                files.add(reader.read(path, name)); // reports the invalid byte; the file is not touched
            }
        }
        CheckResult check = new FactChecker().check(files, dataset);

        Map<Location, LocatedClaim> claims = new HashMap<>();
        files.forEach(file -> file.claims().forEach(claim -> claims.putIfAbsent(claim.location(), claim)));
        List<ClaimResult> failures = check.failures();
        Map<Location, ClaimRepair.Repair> repairs = repair(
                failures.stream()
                        .filter(result -> REPAIRABLE.contains(result.status()) && claims.containsKey(result.location()))
                        .toList(),
                claims,
                new SourceFiles(dataset));
        List<ClaimFix> fixes = new ArrayList<>();
        Map<Location, Claim> fixed = new HashMap<>();
        for (ClaimResult result : failures) {
            ClaimRepair.Repair repair = repairs.get(result.location());
            if (repair == null) {
                fixes.add(new ClaimFix(result.id(), result.primaryLocation(), FixOutcome.LEFT_ALONE, result.message()));
            } else {
                fixes.add(repair.fix());
                repair.fixed().ifPresent(claim -> fixed.put(result.location(), claim));
            }
        }

        List<FileFix> fileFixes = new ArrayList<>();
        for (Path path : paths) {
            String name = dataset.displayName(path);
            Map<Location, Claim> changes = fixed.entrySet().stream()
                    .filter(change -> change.getKey().file().equals(name))
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (!changes.isEmpty()) {
                EditedText edited = editor.apply(texts.get(name), name, changes);
                fileFixes.add(new FileFix(
                        path,
                        name,
                        contents.get(name),
                        edited.text(),
                        UnifiedDiff.of(name, texts.get(name), edited.changes())));
            }
        }
        // what could not be listed is said too: a claims file never drops out of a fix without a word
        List<Problem> fileErrors = new ArrayList<>(listing.problems());
        fileErrors.addAll(check.fileErrors());
        return new FixResult(fixes, fileFixes, fileErrors);
    }

    /** Repairs claims grouped by source, so each source is read and searched once, groups in parallel. */
    private Map<Location, ClaimRepair.Repair> repair(
            List<ClaimResult> results, Map<Location, LocatedClaim> claims, SourceFiles sources) {
        Map<String, List<ClaimResult>> bySource = results.stream()
                .collect(Collectors.groupingBy(
                        result -> claims.get(result.location()).claim().source(),
                        LinkedHashMap::new,
                        Collectors.toList()));
        return bySource.entrySet().parallelStream()
                .flatMap(group -> repairGroup(group.getKey(), group.getValue(), claims, sources).entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<Location, ClaimRepair.Repair> repairGroup(
            String source, List<ClaimResult> results, Map<Location, LocatedClaim> claims, SourceFiles sources) {
        Map<Location, ClaimRepair.Repair> repairs = new HashMap<>();
        LoadedSource loaded;
        try {
            loaded = sources.load(source);
        } catch (SourceException e) {
            // the check read it a moment ago; it changed meanwhile
            results.forEach(result -> repairs.put(
                    result.location(),
                    new ClaimRepair.Repair(
                            Optional.empty(),
                            new ClaimFix(result.id(), result.location(), FixOutcome.LEFT_ALONE, e.getMessage()))));
            return repairs;
        }
        List<LocatedClaim> located =
                results.stream().map(result -> claims.get(result.location())).toList();
        List<List<Integer>> occurrences = QuoteOccurrences.find(
                loaded.text(),
                located.stream().map(claim -> claim.claim().quote()).toList(),
                SourceCheck.OCCURRENCE_LIMIT + 1);
        for (int i = 0; i < results.size(); i++) {
            repairs.put(
                    results.get(i).location(),
                    ClaimRepair.repair(located.get(i), results.get(i), loaded, occurrences.get(i), fixTypography));
        }
        return repairs;
    }
}
