package io.github.factmaven.validator;

import io.github.factmaven.validator.api.CheckDigest;
import io.github.factmaven.validator.api.CheckOutcome;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.ReportLayout;
import io.github.factmaven.validator.internal.cache.CheckCache;
import io.github.factmaven.validator.internal.cache.InputManifest;
import io.github.factmaven.validator.internal.cache.LastCheck;
import io.github.factmaven.validator.internal.cache.ReportLayouts;
import io.github.factmaven.validator.internal.cache.Segments;
import io.github.factmaven.validator.internal.cache.SegmentsFile;
import io.github.factmaven.validator.report.ConsoleReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * A check that redoes only what changed since the last one, in one call, as {@code fact:check}
 * runs it. When no claims file, source, registry entry, setting or report changed since the last
 * check, its result stands: nothing is parsed or read, and the reports are left as they are.
 * Otherwise the dataset is checked with what earlier checks found (a claim checked before against
 * the same source content is not checked again), the reports are written, and what this check
 * found is kept for the next one.
 *
 * <pre>{@code
 * Path report = Path.of("my-dataset/target/fact-check/report.json");
 * IncrementalCheck.Told told = new IncrementalCheck(new FactChecker(), Path.of("my-dataset/target/fact-cache/check.bin"))
 *         .check(Dataset.inDirectory(Path.of("my-dataset")), "my settings",
 *                 List.of(new IncrementalCheck.Report(report, result -> JsonReport.write(result, report))));
 * told.outcome().problemLines().forEach(System.err::println);   // this check's lines, or the last one's
 * told.result();                                                 // empty when the last result stands
 * }</pre>
 *
 * <p>What it keeps lives in two files side by side: the cache of what each claim's check found
 * (the file given) and the record of the last check ({@code last-check.bin} beside it). Either may
 * be missing, damaged or of another version of fact-maven: it is then not trusted, the check does
 * the work, and a notice says why. Keeping them is never a reason to fail: a file that cannot be
 * written is a notice, and costs the next check time.
 */
public final class IncrementalCheck {

    private final FactChecker checker;
    /** Where the cache is kept; none for a check from scratch, which keeps nothing. */
    private final Optional<Path> cacheFile;

    private final Consumer<String> notices;

    /**
     * @param checker   how each claim is checked
     * @param cacheFile where the cache is kept, for example {@code target/fact-cache/check.bin}; the
     *                  record of the last check is kept beside it
     */
    public IncrementalCheck(FactChecker checker, Path cacheFile) {
        this(checker, Optional.of(cacheFile), notice -> {});
    }

    private IncrementalCheck(FactChecker checker, Optional<Path> cacheFile, Consumer<String> notices) {
        this.checker = Objects.requireNonNull(checker);
        this.cacheFile = cacheFile;
        this.notices = Objects.requireNonNull(notices);
    }

    /**
     * @param checker how each claim is checked
     * @return a check that checks everything every time and keeps nothing, with the same result and
     *     reports as an incremental one
     */
    public static IncrementalCheck fromScratch(FactChecker checker) {
        return new IncrementalCheck(checker, Optional.empty(), notice -> {});
    }

    /**
     * @param notices told, in a sentence, of a cache or record that was discarded or could not be written
     * @return this check, telling them
     */
    public IncrementalCheck withNotices(Consumer<String> notices) {
        return new IncrementalCheck(checker, cacheFile, notices);
    }

    /** @return where the segments of the last check are kept: beside the cache; none for a check from scratch */
    private Optional<Path> segmentsFile() {
        return cacheFile.map(file -> file.resolveSibling("segments.bin"));
    }

    /** @return where the layouts of the last check's reports are kept: beside the cache; none for a check from scratch */
    private Optional<Path> layoutsFile() {
        return cacheFile.map(file -> file.resolveSibling("report-layouts.bin"));
    }

    /** @return where the record of the last check is kept: beside the cache; none for a check from scratch */
    public Optional<Path> recordFile() {
        return cacheFile.map(file -> file.resolveSibling("last-check.bin"));
    }

    /**
     * Checks a dataset, unless nothing changed since the last check, and writes its reports.
     *
     * @param dataset  the dataset
     * @param settings what else decides the result and the reports, such as a build's parameters:
     *                 first what decides the result, then what decides only the reports, on lines of
     *                 their own (see {@link #current})
     * @param reports  the reports to write, each by one thread, side by side with keeping the cache
     * @return what the check tells
     * @throws ReportNotWritten if a report cannot be written
     * @throws IOException      if the dataset cannot be checked
     */
    public Told check(Dataset dataset, String settings, List<Report> reports) throws IOException {
        Optional<LastCheck> last = recordFile()
                .flatMap(file -> LastCheck.load(
                        file,
                        why -> notices.accept("The record of the last fact check " + dataset.displayName(file)
                                + " was discarded (" + why + "): the dataset is checked again")));
        Optional<InputManifest> inputs = recordFile().flatMap(file -> capture(dataset, settings, last));
        if (last.isPresent() && inputs.isPresent() && last.get().standsFor(inputs.get())) {
            return stands(last.get());
        }
        // the segments are loaded on a thread of their own while this one loads the cache: the check
        // needs both, and at a million claims each is tens of megabytes to read and check
        Optional<SegmentsFile> keptSegments = segmentsFile().map(SegmentsFile::new);
        List<String> segmentsDiscarded = new ArrayList<>(1);
        CompletableFuture<Optional<Segments>> segmentsLoaded = CompletableFuture.supplyAsync(
                () -> keptSegments.flatMap(file -> file.load(segmentsDiscarded::add)), IncrementalCheck::onItsOwn);
        Optional<CheckCache> cache = cacheFile.map(file -> loadCache(dataset, file));
        FactChecker checking = cache.map(checker::withCache).orElse(checker);
        Optional<Segments> before = joined(segmentsLoaded)
                .filter(segments -> inputs.isPresent()
                        && segments.settings().equals(inputs.get().beyondClaimsAndSources()));
        segmentsDiscarded.forEach(why -> notices.accept("The segments of the last fact check "
                + dataset.displayName(segmentsFile().orElseThrow()) + " were discarded (" + why
                + "): every claims file is checked"));
        SegmentedCheck.Done done = cacheFile.isPresent()
                ? new SegmentedCheck(checking, dataset).check(inputs, before)
                : new SegmentedCheck.Done(checking.check(dataset), Optional.empty(), 0, false);
        CheckResult result = done.result();
        if (done.kept() > 0) {
            // what the other files' claims hold is still the dataset's
            cache.ifPresent(CheckCache::keepUnseen);
        }
        // a result as it was, to every claim, with the same settings: the reports written then stand,
        // as they do when nothing changed (a file saved again as it was, a branch checked out and back)
        boolean reportsStand = done.asBefore()
                && last.isPresent()
                && inputs.isPresent()
                && last.get().reportsStandFor(inputs.get());
        // the reports and the cache are written side by side: each is one thread's work, and at a
        // million claims the four reports alone take several seconds
        Optional<ReportLayouts> layoutsBefore = before.filter(segments -> !reportsStand)
                .flatMap(segments -> layoutsFile()
                        .flatMap(file -> ReportLayouts.load(file, why -> {}))
                        .filter(layouts -> layouts.check() == segments.check()));
        Map<Path, ReportLayout> layouts = new ConcurrentHashMap<>();
        List<Runnable> writes = new ArrayList<>();
        for (Report report : reportsStand ? List.<Report>of() : reports) {
            ReportLayout layoutBefore = layoutsBefore
                    .map(written -> layoutOf(written, report.file()))
                    .orElse(ReportLayout.NONE);
            writes.add(() -> {
                try {
                    layouts.put(report.file(), report.writer().write(result, layoutBefore));
                } catch (IOException e) {
                    throw new UncheckedIOException(new ReportNotWritten(report.file(), e));
                }
            });
        }
        cache.ifPresent(kept -> writes.add(() -> save(kept)));
        done.segments().ifPresent(segments -> writes.add(() -> keep(keptSegments.orElseThrow(), segments)));
        // what the console and a page of the result will tell is taken side by side with them too
        CheckOutcome[] outcome = new CheckOutcome[1];
        CheckDigest[] digest = new CheckDigest[1];
        writes.add(() -> outcome[0] = ConsoleReport.outcome(result));
        writes.add(() -> digest[0] = CheckDigest.of(result));
        List<IOException> failures = sideBySide(writes);
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        if (!reportsStand) {
            done.segments().ifPresent(segments -> keep(new ReportLayouts(segments.check(), written(layouts))));
        }
        inputs.ifPresent(now -> record(now.settled().withPins(dataset), outcome[0], digest[0], reports));
        return new Told(
                outcome[0],
                digest[0],
                Optional.of(result),
                done.kept() + cache.map(CheckCache::claimsReused).orElse(0),
                cache.map(CheckCache::sourcesRead).orElse(0));
    }

    /**
     * The result as a check would find it now, for a page of it, writing nothing: the last check's,
     * when the inputs and the settings that decide the result are as they were, whatever reports it
     * wrote; otherwise the dataset checked with what the last check kept.
     *
     * @param dataset        the dataset
     * @param resultSettings what else decides the result: the first lines of the settings {@link #check} was given
     * @return what the check tells
     * @throws IOException if the dataset cannot be checked
     */
    public Told current(Dataset dataset, String resultSettings) throws IOException {
        Optional<LastCheck> last = recordFile().flatMap(LastCheck::load);
        if (last.isPresent()) {
            Optional<InputManifest> now = capture(dataset, resultSettings, last);
            if (now.isPresent() && last.get().resultStandsFor(now.get())) {
                return stands(last.get());
            }
        }
        Optional<CheckCache> cache = cacheFile.map(file -> loadCache(dataset, file));
        CheckResult result = cache.map(checker::withCache).orElse(checker).check(dataset);
        return told(ConsoleReport.outcome(result), CheckDigest.of(result), result, cache);
    }

    /** The last check's result, which stands: every claim as it was, nothing read. */
    private static Told stands(LastCheck last) {
        return new Told(
                last.outcome(), last.digest(), Optional.empty(), last.outcome().claims(), 0);
    }

    private static Told told(CheckOutcome outcome, CheckDigest digest, CheckResult result, Optional<CheckCache> cache) {
        return new Told(
                outcome,
                digest,
                Optional.of(result),
                cache.map(CheckCache::claimsReused).orElse(0),
                cache.map(CheckCache::sourcesRead).orElse(0));
    }

    /**
     * The state of the files the check reads, and of what else decides its result and reports;
     * none if a folder cannot be walked, and the check then runs in full and says what is wrong.
     */
    private static Optional<InputManifest> capture(Dataset dataset, String settings, Optional<LastCheck> last) {
        try {
            return Optional.of(InputManifest.capture(dataset, settings, last.map(LastCheck::inputs)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private CheckCache loadCache(Dataset dataset, Path file) {
        CheckCache cache = CheckCache.load(file);
        cache.discarded()
                .ifPresent(why -> notices.accept("The fact check cache " + dataset.displayName(file)
                        + " was discarded (" + why + "): every claim is checked, and a new cache kept"));
        return cache;
    }

    /** Runs a task on a thread of its own, which does not keep the JVM from ending. */
    private static void onItsOwn(Runnable task) {
        Thread thread = new Thread(task, "fact-check-load");
        thread.setDaemon(true);
        thread.start();
    }

    /** The value of a task that ran on another thread, its failure thrown as it was thrown there. */
    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Runs the writes side by side, each taken by the next thread free, in the order given (the
     * reports first: at a million claims the JSON report alone is most of the work, and a thread
     * that took it with others in a fixed share would finish long after the rest). Every write runs
     * to its end before a failure is told: none is left writing in the background.
     *
     * @return the writes' failures
     */
    private static List<IOException> sideBySide(List<Runnable> writes) throws IOException {
        ExecutorService threads = Executors.newFixedThreadPool(
                Math.min(writes.size(), Math.max(2, Runtime.getRuntime().availableProcessors())), write -> {
                    Thread thread = new Thread(write, "fact-check-write");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<?>> running =
                    writes.stream().<Future<?>>map(threads::submit).toList();
            List<IOException> failures = new ArrayList<>();
            for (Future<?> write : running) {
                try {
                    write.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof UncheckedIOException failure) {
                        failures.add(failure.getCause());
                    } else if (e.getCause() instanceof RuntimeException bug) {
                        throw bug;
                    } else if (e.getCause() instanceof Error error) {
                        throw error;
                    } else {
                        throw new IllegalStateException(e.getCause());
                    }
                }
            }
            return failures;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the reports were written", e);
        } finally {
            threads.shutdown();
        }
    }

    /** A cache that cannot be written costs the next check time, not this one its result. */
    private void save(CheckCache cache) {
        try {
            cache.save();
        } catch (IOException e) {
            notices.accept("Cannot write the fact check cache " + cacheFile.orElseThrow() + ": " + e.getMessage());
        }
    }

    /**
     * The layout of a report as the last check wrote it, if the report is still as it was written;
     * otherwise none, and the report is written whole.
     */
    private static ReportLayout layoutOf(ReportLayouts layouts, Path report) {
        ReportLayouts.Report written =
                layouts.reports().get(report.toAbsolutePath().normalize().toString());
        try {
            return written != null && InputManifest.FileState.of(report).equals(written.state())
                    ? written.layout()
                    : ReportLayout.NONE;
        } catch (IOException | RuntimeException e) {
            return ReportLayout.NONE;
        }
    }

    /** The reports written with a layout, each with its state now, just after it was written. */
    private static Map<String, ReportLayouts.Report> written(Map<Path, ReportLayout> layouts) {
        Map<String, ReportLayouts.Report> written = new HashMap<>();
        layouts.forEach((report, layout) -> {
            try {
                if (!layout.parts().isEmpty()) {
                    written.put(
                            report.toAbsolutePath().normalize().toString(),
                            new ReportLayouts.Report(InputManifest.FileState.of(report), layout));
                }
            } catch (IOException e) {
                // a report whose state cannot be taken is written whole next time
            }
        });
        return written;
    }

    /** Segments that cannot be written cost the next check time, not this one its result. */
    private void keep(SegmentsFile file, Segments segments) {
        try {
            file.save(segments);
        } catch (IOException e) {
            notices.accept("Cannot write the segments of the fact check "
                    + segmentsFile().orElseThrow() + ": " + e.getMessage());
        }
    }

    /** Layouts that cannot be written cost the next check time, not this one its result. */
    private void keep(ReportLayouts layouts) {
        Path file = layoutsFile().orElseThrow();
        try {
            layouts.save(file);
        } catch (IOException e) {
            notices.accept("Cannot write the report layouts of the fact check " + file + ": " + e.getMessage());
        }
    }

    /** A record that cannot be written costs the next check time, not this one its result. */
    private void record(InputManifest inputs, CheckOutcome outcome, CheckDigest digest, List<Report> reports) {
        Path file = recordFile().orElseThrow();
        try {
            LastCheck.save(
                    file,
                    inputs,
                    outcome,
                    digest,
                    reports.stream().map(Report::file).toList());
        } catch (IOException e) {
            notices.accept("Cannot write the record of the fact check " + file + ": " + e.getMessage());
        }
    }

    /**
     * A report of the check and how to write it.
     *
     * @param file   the file it is written to, whose state the record keeps
     * @param writer writes it, copying what it can of the report written before
     */
    public record Report(Path file, PartWriter writer) {

        /**
         * A report written whole each time.
         *
         * @param file   the file it is written to, whose state the record keeps
         * @param writer writes it
         */
        public Report(Path file, Writer writer) {
            this(file, (result, before) -> {
                writer.write(result);
                return ReportLayout.NONE;
            });
        }
    }

    /** Writes a report of a check's result. */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param result the check's result
         * @throws IOException if the report cannot be written
         */
        void write(CheckResult result) throws IOException;
    }

    /**
     * Writes a report that lists every claim, copying the parts of the claims files whose results
     * were kept from the report written before, as {@link
     * io.github.factmaven.validator.report.JsonReport#write(CheckResult, Path, ReportLayout)} does.
     */
    @FunctionalInterface
    public interface PartWriter {
        /**
         * @param result the check's result
         * @param before the layout of the report written before, if it is still as it was written;
         *               {@link ReportLayout#NONE} otherwise
         * @return the layout of the report written; {@link ReportLayout#NONE} for a report that keeps none
         * @throws IOException if the report cannot be written
         */
        ReportLayout write(CheckResult result, ReportLayout before) throws IOException;
    }

    /** A report that could not be written; the check's result is not recorded. */
    public static final class ReportNotWritten extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Path file;

        ReportNotWritten(Path file, IOException cause) {
            super("cannot write the report " + file + ": " + cause.getMessage(), cause);
            this.file = file;
        }

        /** @return the report's file */
        public Path file() {
            return file;
        }
    }

    /**
     * What a check tells.
     *
     * @param outcome      its lines and verdict: this check's, or the last one's if its result stands
     * @param digest       what a page of its result shows
     * @param result       the result, claim by claim; empty if the last check's result stands
     * @param claimsReused claims whose quote check was taken from what earlier checks found; all of
     *                     them when the last result stands
     * @param sourcesRead  source files read
     */
    public record Told(
            CheckOutcome outcome,
            CheckDigest digest,
            Optional<CheckResult> result,
            int claimsReused,
            int sourcesRead) {}
}
