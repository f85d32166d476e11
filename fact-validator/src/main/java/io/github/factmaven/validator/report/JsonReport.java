package io.github.factmaven.validator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.CheckResult;
import io.github.factmaven.validator.ClaimResult;
import io.github.factmaven.validator.Diagnosis;
import io.github.factmaven.validator.Difference;
import io.github.factmaven.validator.SourcePosition;
import io.github.factmaven.validator.Warning;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;

/**
 * Renders a check as the machine-readable {@code report.json}:
 * <pre>{@code
 * {"summary": {"claims", "verified", "failed", "files", "fileErrors", "warnings"},
 *  "claims": [{"id", "file", "line", "column", "status", "message", "warnings", "details"}],
 *  "fileErrors": [{"file", "line", "column", "message"}],
 *  "warnings": [{"kind", "file", "line", "column", "message"}]}
 * }</pre>
 * {@code status} is {@code VERIFIED} or a failure code; a claim's location is where to fix it;
 * a claim's {@code warnings} list doubts about it even if verified, and the top-level ones doubts
 * about the dataset (unregistered sources, spelling variants), each with its {@link
 * io.github.factmaven.validator.WarningKind}; {@code details}, for a failed quote,
 * holds the facts behind the message (see {@link io.github.factmaven.validator.Diagnosis}).
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /**
     * @param result a check's result
     * @return the report's JSON text
     */
    public static String toJson(CheckResult result) {
        try {
            return MAPPER.writeValueAsString(Report.of(result)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("serializing records to memory cannot fail", e);
        }
    }

    /**
     * Writes the report, creating its directory.
     *
     * @param result a check's result
     * @param file   where to write, for example {@code target/fact-check/report.json}
     * @throws IOException if the file cannot be written
     */
    public static void write(CheckResult result, Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        // written as it is made: a report of a million claims is never held whole
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, Report.of(result));
            out.write("\n");
        }
    }

    private record Report(CheckResult.Summary summary, List<ClaimEntry> claims, List<FileError> fileErrors,
                          List<WarningEntry> warnings) {
        static Report of(CheckResult result) {
            return new Report(result.summary(),
                    new AbstractList<>() { // each entry made as it is written
                        @Override
                        public ClaimEntry get(int index) {
                            return ClaimEntry.of(result.claims().get(index));
                        }

                        @Override
                        public int size() {
                            return result.claims().size();
                        }
                    },
                    result.fileErrors().stream().map(FileError::of).toList(),
                    result.warnings().stream().map(WarningEntry::of).toList());
        }
    }

    private record WarningEntry(String kind, String file, int line, int column, String message) {
        static WarningEntry of(Warning warning) {
            Location at = warning.location();
            return new WarningEntry(warning.kind().name(), at.file(), at.line(), at.column(), warning.message());
        }
    }

    private record ClaimEntry(String id, String file, int line, int column, String status, String message,
                              List<WarningEntry> warnings, @JsonInclude(JsonInclude.Include.NON_NULL) Details details) {
        static ClaimEntry of(ClaimResult claim) {
            Location at = claim.primaryLocation();
            return new ClaimEntry(claim.id().orElse(null), at.file(), at.line(), at.column(),
                    claim.status().name(), claim.message(),
                    claim.warnings().stream().map(WarningEntry::of).toList(),
                    claim.diagnosis().map(Details::of).orElse(null));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Details(String source, Integer expectedOffset, List<SourcePosition> found, int passageLength,
                           String cause, List<Difference> differences) {
        static Details of(Diagnosis diagnosis) {
            Integer expected = diagnosis.expectedOffset().isPresent() ? diagnosis.expectedOffset().getAsInt() : null;
            return new Details(diagnosis.source(), expected, diagnosis.found(),
                    diagnosis.passageLength(), diagnosis.cause().orElse(null), diagnosis.differences());
        }
    }

    private record FileError(String file, int line, int column, String message) {
        static FileError of(Problem problem) {
            Location at = problem.location();
            return new FileError(at.file(), at.line(), at.column(), problem.message());
        }
    }
}
