package io.github.factmaven.validator.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.factmaven.model.AtomicFile;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Printable;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.CheckResult;
import io.github.factmaven.validator.ClaimResult;
import io.github.factmaven.validator.Diagnosis;
import io.github.factmaven.validator.SourcePosition;
import io.github.factmaven.validator.Status;
import io.github.factmaven.validator.Warning;
import io.github.factmaven.validator.WarningKind;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Renders a check as SARIF 2.1.0 ({@code report.sarif}), the format of GitHub code scanning and
 * of SARIF viewers in IDEs: one run of the tool {@code fact-maven-plugin}, a rule per failure code,
 * a result per failing claim, per warning and per file error, located in the file to fix,
 * with the quote's place in its source as a related location. Paths are relative to the project
 * directory, under the base id {@value #BASE_ID}.
 */
public final class SarifReport {

    /** The {@code uriBaseId} of every path: the project directory. */
    public static final String BASE_ID = "%SRCROOT%";
    private static final String FILE_ERROR = "FILE_ERROR";
    private static final String INFORMATION_URI = "https://github.com/factmaven/fact-maven";
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final List<Rule> RULES = rules();

    private SarifReport() {
    }

    /**
     * @param result           a check's result
     * @param projectDirectory the directory paths in the result are relative to
     * @param toolVersion      the version of the tool, as the report names it
     * @return the SARIF log's JSON text
     */
    public static String toJson(CheckResult result, Path projectDirectory, String toolVersion) {
        StringWriter out = new StringWriter();
        try {
            render(result, projectDirectory, toolVersion, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /**
     * Writes the report, creating its directory.
     *
     * @param result           a check's result
     * @param projectDirectory the directory paths in the result are relative to
     * @param toolVersion      the version of the tool
     * @param file             where to write, for example {@code target/fact-check/report.sarif}
     * @throws IOException if the file cannot be written
     */
    public static void write(CheckResult result, Path projectDirectory, String toolVersion, Path file)
            throws IOException {
        AtomicFile.write(file, out -> render(result, projectDirectory, toolVersion, out));
    }

    /**
     * Streams the log, member by member: a generator, not an object mapper, whose setup costs more
     * than the whole log of a small dataset.
     */
    private static void render(CheckResult result, Path projectDirectory, String toolVersion, Writer out)
            throws IOException {
        List<String> ids = RULES.stream().map(Rule::id).toList();
        String root = projectDirectory.toAbsolutePath().normalize().toUri().toString();
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeObjectFieldStart("driver");
            json.writeStringField("name", "fact-maven-plugin");
            json.writeStringField("version", toolVersion);
            json.writeStringField("informationUri", INFORMATION_URI);
            json.writeArrayFieldStart("rules");
            for (Rule rule : RULES) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("name", name(rule.id()));
                message(json, "shortDescription", rule.description());
                message(json, "help", rule.help());
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", rule.level());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(BASE_ID);
            json.writeStringField("uri", root.endsWith("/") ? root : root + "/");
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "unicodeCodePoints");
            json.writeArrayFieldStart("results");
            for (Problem problem : result.fileErrors()) {
                result(json, FILE_ERROR, ids, "error", problem.message(), problem.location());
                json.writeEndObject();
            }
            for (Warning warning : result.warnings()) {
                warning(json, warning, "", ids);
            }
            for (ClaimResult claim : result.claims()) {
                String id = "[" + Printable.escape(claim.id().orElse("no id")) + "] ";
                if (!claim.verified()) {
                    result(json, claim.status().name(), ids, "error", id + claim.message(), claim.primaryLocation());
                    related(json, claim);
                    json.writeEndObject();
                }
                for (Warning warning : claim.warnings()) {
                    warning(json, warning, id, ids);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void warning(JsonGenerator json, Warning warning, String id, List<String> ids) throws IOException {
        result(json, warning.kind().name(), ids, "warning", id + warning.message(), warning.location());
        json.writeEndObject();
    }

    /** Starts a result and writes it up to its locations; the caller may add more, then ends it. */
    private static void result(JsonGenerator json, String rule, List<String> ids, String level, String message,
                               Location location) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", rule);
        json.writeNumberField("ruleIndex", ids.indexOf(rule));
        json.writeStringField("level", level);
        message(json, "message", message);
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        physicalLocation(json, location.file(), location.line(), location.column());
        json.writeEndObject();
        json.writeEndArray();
    }

    private static List<Rule> rules() {
        Stream<Rule> failures = Arrays.stream(Status.values())
                .filter(status -> status != Status.VERIFIED)
                .map(status -> new Rule(status.name(), status.description(), status.help(), "error"));
        Stream<Rule> fileErrors = Stream.of(new Rule(FILE_ERROR, "a claims file or the sources registry cannot be used:"
                + " unreadable, not UTF-8, malformed JSON, an invalid entry, or a registered source that does not exist",
                "Fix the file as the message says; its claims are checked once it reads.", "error"));
        Stream<Rule> warnings = Arrays.stream(WarningKind.values())
                .map(kind -> new Rule(kind.name(), kind.description(), kind.help(), "warning"));
        return Stream.of(failures, fileErrors, warnings).flatMap(rules -> rules).toList();
    }

    /** QUOTE_MISMATCH becomes QuoteMismatch, as SARIF rule names are written. */
    private static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /** The quote's place in its source, if the diagnosis found one. */
    private static void related(JsonGenerator json, ClaimResult claim) throws IOException {
        if (claim.diagnosis().isEmpty() || claim.diagnosis().get().found().isEmpty()) {
            return;
        }
        Diagnosis diagnosis = claim.diagnosis().get();
        SourcePosition found = diagnosis.found().get(0);
        String what = claim.status() == Status.QUOTE_MISMATCH || claim.status() == Status.NOT_FOUND
                ? "the closest passage" : "the quote";
        json.writeArrayFieldStart("relatedLocations");
        json.writeStartObject();
        json.writeNumberField("id", 1);
        physicalLocation(json, diagnosis.source(), found.line(), found.column());
        message(json, "message", what + ", at offset " + found.offset());
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void physicalLocation(JsonGenerator json, String file, int line, int column) throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", file);
        json.writeStringField("uriBaseId", BASE_ID);
        json.writeEndObject();
        json.writeObjectFieldStart("region");
        json.writeNumberField("startLine", line);
        json.writeNumberField("startColumn", column);
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void message(JsonGenerator json, String field, String text) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    /** A rule of the tool: a failure code, the file error, or a warning kind. */
    private record Rule(String id, String description, String help, String level) {
    }
}
