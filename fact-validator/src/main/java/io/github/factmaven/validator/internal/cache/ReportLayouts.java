package io.github.factmaven.validator.internal.cache;

import io.github.factmaven.validator.api.ReportLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Where each claims file's part is in the reports the last check wrote that list every claim, with
 * each report's state just after it was written: a report whose state is still that one can have
 * the parts of kept claims files copied from it. Bound to the segments of the same check, by its id.
 *
 * @param check   the id of the check, which its {@link Segments} carry too
 * @param reports each report, by its absolute path
 */
public record ReportLayouts(long check, Map<String, Report> reports) {

    private static final CheckedFile FILE =
            new CheckedFile("fact-maven report layouts 1", "a file of report layouts", 1 << 28);

    /**
     * Makes an immutable copy.
     *
     * @param check   the id of the check, which its {@link Segments} carry too
     * @param reports each report, by its absolute path
     */
    public ReportLayouts {
        reports = Map.copyOf(reports);
    }

    /**
     * A report written with a layout.
     *
     * @param state  its state just after it was written: another state means it changed since
     * @param layout where each claims file's part of it is
     */
    public record Report(InputManifest.FileState state, ReportLayout layout) {}

    /**
     * @param file      where they are kept
     * @param discarded told why, if the file is there but damaged
     * @return the layouts; empty if there are none, or of another version, or damaged
     */
    public static Optional<ReportLayouts> load(Path file, Consumer<String> discarded) {
        return FILE.read(file, discarded, in -> {
            long check = in.readLong();
            Map<String, Report> reports = new TreeMap<>();
            for (int i = CheckedFile.count(in); i > 0; i--) {
                String report = in.readUTF();
                InputManifest.FileState state = CheckedFile.state(in);
                Map<String, ReportLayout.Span> parts = new TreeMap<>();
                for (int k = CheckedFile.count(in); k > 0; k--) {
                    parts.put(
                            QuoteOutcomeFormat.readText(in),
                            new ReportLayout.Span(in.readLong(), in.readLong(), in.readLong()));
                }
                reports.put(report, new Report(state, new ReportLayout(parts)));
            }
            return new ReportLayouts(check, reports);
        });
    }

    /**
     * Keeps the layouts, replacing the file atomically.
     *
     * @param file where they are kept
     * @throws IOException if the file cannot be written
     */
    public void save(Path file) throws IOException {
        FILE.write(file, out -> {
            out.writeLong(check);
            out.writeInt(reports.size());
            for (Map.Entry<String, Report> report : new TreeMap<>(reports).entrySet()) {
                out.writeUTF(report.getKey());
                CheckedFile.state(out, report.getValue().state());
                Map<String, ReportLayout.Span> parts =
                        report.getValue().layout().parts();
                out.writeInt(parts.size());
                for (Map.Entry<String, ReportLayout.Span> part : new TreeMap<>(parts).entrySet()) {
                    QuoteOutcomeFormat.writeText(out, part.getKey());
                    out.writeLong(part.getValue().start());
                    out.writeLong(part.getValue().end());
                    out.writeLong(part.getValue().signature());
                }
            }
        });
    }
}
