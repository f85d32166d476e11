package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.validator.api.CheckDigest;
import io.github.factmaven.validator.api.CheckOutcome;
import io.github.factmaven.validator.api.CheckResult;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The last complete check of a dataset: the state of every file it read ({@link InputManifest}),
 * the state of the reports it wrote, what it told its user ({@link CheckOutcome}) and what a page of
 * its result shows ({@link CheckDigest}). When the inputs and the settings are as they were and the
 * reports are still there as written, the last result stands: the check need not parse a claims
 * file or read a source, and its reports need not be written again. A page of the result, such as
 * the site's, needs only the inputs and the settings that decide the result ({@link
 * #resultStandsFor}).
 *
 * <pre>{@code
 * Optional<LastCheck> last = LastCheck.load(recordFile);
 * InputManifest now = InputManifest.capture(dataset, settings, last.map(LastCheck::inputs));
 * if (last.isPresent() && last.get().standsFor(now)) {
 *     return last.get().outcome();
 * }
 * // check, write the reports, then
 * LastCheck.save(recordFile, now.withPins(dataset), outcome, CheckDigest.of(result), reports);
 * }</pre>
 *
 * <p>The record is bound to this version of fact-maven and carries a checksum: a record written by
 * another version, cut short or altered is ignored, and the check then runs in full.
 */
public final class LastCheck {

    /**
     * No larger than 256 MB: a record holds the log lines of the problems, and a dataset with more
     * to tell than this is checked in full each time rather than held in memory.
     */
    private static final CheckedFile FILE = new CheckedFile("fact-maven last check 3", "a record of a check", 1 << 28);

    private final InputManifest inputs;
    private final Map<String, InputManifest.FileState> reports;
    private final CheckOutcome outcome;
    private final CheckDigest digest;

    private LastCheck(
            InputManifest inputs,
            Map<String, InputManifest.FileState> reports,
            CheckOutcome outcome,
            CheckDigest digest) {
        this.inputs = inputs;
        this.reports = Map.copyOf(reports);
        this.outcome = outcome;
        this.digest = digest;
    }

    /** @return the state of the inputs the last check read */
    public InputManifest inputs() {
        return inputs;
    }

    /** @return what the last check told its user */
    public CheckOutcome outcome() {
        return outcome;
    }

    /** @return what a page of the last check's result shows */
    public CheckDigest digest() {
        return digest;
    }

    /**
     * @param now the inputs as they are now, captured with this record's inputs as the previous ones
     * @return true if the inputs and settings are those of the last check and its reports are still
     *         as it wrote them
     */
    public boolean standsFor(InputManifest now) {
        return inputs.equals(now) && reportsAsWritten();
    }

    /**
     * Tells whether the reports the last check wrote are what a check that finds the same result now
     * would write: the settings are as they were, and no report was changed or removed since.
     *
     * @param now the inputs as they are now
     * @return true if the reports stand for a result as it was
     */
    public boolean reportsStandFor(InputManifest now) {
        return inputs.settings().equals(now.settings()) && reportsAsWritten();
    }

    private boolean reportsAsWritten() {
        for (Map.Entry<String, InputManifest.FileState> report : reports.entrySet()) {
            try {
                if (!InputManifest.FileState.of(Path.of(report.getKey())).equals(report.getValue())) {
                    return false;
                }
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tells whether the last check's result is the one a check would find now, whatever reports it
     * wrote: for a page of the result, which needs no report of the check.
     *
     * @param now the inputs as they are now, captured with this record's inputs as the previous ones
     *            and with the settings that decide the result only; the last check's settings are
     *            these, followed by those of its reports on lines of their own
     * @return true if the inputs are those of the last check and its settings begin with these
     */
    public boolean resultStandsFor(InputManifest now) {
        return inputs.files().equals(now.files())
                && (inputs.settings().equals(now.settings())
                        || inputs.settings().startsWith(now.settings() + "\n"));
    }

    /**
     * Reads the record of the last check.
     *
     * @param file where the record is kept
     * @return the record; empty if there is none, or it was written by another version of
     *         fact-maven, or it is damaged
     */
    public static Optional<LastCheck> load(Path file) {
        return load(file, why -> {});
    }

    /**
     * Reads the record of the last check, and says why a record that is there cannot be used.
     *
     * @param file      where the record is kept
     * @param discarded told why, if the record is there but damaged (cut short, altered, not a
     *                  record); not told of a missing record or one of another version
     * @return the record; empty if there is none, or it was written by another version of
     *         fact-maven, or it is damaged
     */
    public static Optional<LastCheck> load(Path file, Consumer<String> discarded) {
        return FILE.read(file, discarded, bytes -> {
            Reader in = new Reader(bytes, bytes.available());
            String settings = in.string();
            Map<String, InputManifest.FileState> files = in.states();
            Map<String, InputManifest.FileState> reports = in.states();
            CheckOutcome outcome = new CheckOutcome(
                    in.strings(), in.strings(), in.string(), in.integer(), in.flag(), in.flag(), in.flag());
            CheckDigest digest = new CheckDigest(in.tallies(), in.tallies(), in.entries(), in.entries(), in.entries());
            return new LastCheck(new InputManifest(settings, files), reports, outcome, digest);
        });
    }

    /**
     * Records a complete check, replacing the file atomically. A record too large to keep (a
     * dataset with hundreds of megabytes of problems to tell) is not written and an old one is
     * removed: the next check then runs in full.
     *
     * @param file    where the record is kept
     * @param inputs  the inputs captured before the check read them, with their pins
     * @param outcome what the check told its user
     * @param digest  what a page of its result shows
     * @param reports the report files it wrote
     * @throws IOException if the record cannot be written or a report is gone
     */
    public static void save(
            Path file, InputManifest inputs, CheckOutcome outcome, CheckDigest digest, List<Path> reports)
            throws IOException {
        Map<String, InputManifest.FileState> reportStates = new TreeMap<>();
        for (Path report : reports) {
            reportStates.put(report.toAbsolutePath().normalize().toString(), InputManifest.FileState.of(report));
        }
        FILE.write(file, out -> {
            string(out, inputs.settings());
            states(out, inputs.files());
            states(out, reportStates);
            strings(out, outcome.problemLines());
            strings(out, outcome.warningLines());
            string(out, outcome.summary());
            out.writeInt(outcome.claims());
            out.writeBoolean(outcome.passed());
            out.writeBoolean(outcome.warned());
            out.writeBoolean(outcome.spellingVariants());
            tallies(out, digest.byOutlet());
            tallies(out, digest.byFile());
            entries(out, digest.fileErrors());
            entries(out, digest.failures());
            entries(out, digest.warnings());
        });
    }

    private static void states(DataOutputStream out, Map<String, InputManifest.FileState> states) throws IOException {
        out.writeInt(states.size());
        for (Map.Entry<String, InputManifest.FileState> entry : new TreeMap<>(states).entrySet()) {
            InputManifest.FileState state = entry.getValue();
            string(out, entry.getKey());
            out.writeLong(state.size());
            out.writeLong(state.modifiedNanos());
            out.writeLong(state.changedNanos());
            out.writeLong(state.fileNumber());
            string(out, state.sha256().orElse(""));
        }
    }

    private static void tallies(DataOutputStream out, SortedMap<String, CheckResult.Tally> tallies) throws IOException {
        out.writeInt(tallies.size());
        for (Map.Entry<String, CheckResult.Tally> tally : tallies.entrySet()) {
            string(out, tally.getKey());
            out.writeInt(tally.getValue().claims());
            out.writeInt(tally.getValue().verified());
            out.writeInt(tally.getValue().failed());
        }
    }

    private static void entries(DataOutputStream out, List<CheckDigest.Entry> entries) throws IOException {
        out.writeInt(entries.size());
        for (CheckDigest.Entry entry : entries) {
            string(out, entry.claim());
            string(out, entry.status());
            string(out, entry.where());
            string(out, entry.message());
        }
    }

    private static void strings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            string(out, string);
        }
    }

    private static void string(DataOutputStream out, String string) throws IOException {
        byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    /** Reads what {@link #save} wrote, every count bounded by the bytes left. */
    private static final class Reader {
        private final DataInputStream in;
        private int left;

        Reader(DataInputStream in, int length) {
            this.in = in;
            this.left = length;
        }

        int count() throws IOException {
            int count = in.readInt();
            left -= Integer.BYTES;
            if (count < 0 || count > left) {
                throw new IOException("damaged record: a count of " + count + " with " + left + " bytes left");
            }
            return count;
        }

        int integer() throws IOException {
            left -= Integer.BYTES;
            return in.readInt();
        }

        boolean flag() throws IOException {
            left--;
            return in.readBoolean();
        }

        long number() throws IOException {
            left -= Long.BYTES;
            return in.readLong();
        }

        String string() throws IOException {
            byte[] utf8 = new byte[count()];
            in.readFully(utf8);
            left -= utf8.length;
            return new String(utf8, StandardCharsets.UTF_8);
        }

        List<String> strings() throws IOException {
            List<String> strings = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                strings.add(string());
            }
            return strings;
        }

        SortedMap<String, CheckResult.Tally> tallies() throws IOException {
            SortedMap<String, CheckResult.Tally> tallies = new TreeMap<>();
            for (int i = count(); i > 0; i--) {
                tallies.put(string(), new CheckResult.Tally(integer(), integer(), integer()));
            }
            return tallies;
        }

        List<CheckDigest.Entry> entries() throws IOException {
            List<CheckDigest.Entry> entries = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                entries.add(new CheckDigest.Entry(string(), string(), string(), string()));
            }
            return entries;
        }

        Map<String, InputManifest.FileState> states() throws IOException {
            Map<String, InputManifest.FileState> states = new TreeMap<>();
            for (int i = count(); i > 0; i--) {
                String path = string();
                long size = number();
                long modified = number();
                long changed = number();
                long fileNumber = number();
                String sha256 = string();
                states.put(
                        path,
                        new InputManifest.FileState(
                                size,
                                modified,
                                changed,
                                fileNumber,
                                sha256.isEmpty() ? Optional.empty() : Optional.of(sha256)));
            }
            return states;
        }
    }
}
