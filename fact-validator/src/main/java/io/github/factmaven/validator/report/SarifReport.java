package io.github.factmaven.validator.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.CheckResult;
import io.github.factmaven.validator.ClaimResult;
import io.github.factmaven.validator.Diagnosis;
import io.github.factmaven.validator.SourcePosition;
import io.github.factmaven.validator.Status;
import io.github.factmaven.validator.Warning;
import io.github.factmaven.validator.WarningKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SarifReport() {
    }

    /**
     * @param result           a check's result
     * @param projectDirectory the directory paths in the result are relative to
     * @param toolVersion      the version of the tool, as the report names it
     * @return the SARIF log's JSON text
     */
    public static String toJson(CheckResult result, Path projectDirectory, String toolVersion) {
        List<Rule> rules = rules();
        List<String> ids = rules.stream().map(Rule::id).toList();
        List<Result> results = new ArrayList<>();
        for (Problem problem : result.fileErrors()) {
            results.add(new Result(FILE_ERROR, ids.indexOf(FILE_ERROR), "error", new Message(problem.message()),
                    List.of(at(problem.location())), null));
        }
        for (Warning warning : result.warnings()) {
            results.add(warning(warning, "", ids));
        }
        for (ClaimResult claim : result.claims()) {
            String id = "[" + claim.id().orElse("no id") + "] ";
            if (!claim.verified()) {
                String rule = claim.status().name();
                results.add(new Result(rule, ids.indexOf(rule), "error", new Message(id + claim.message()),
                        List.of(at(claim.primaryLocation())), related(claim)));
            }
            for (Warning warning : claim.warnings()) {
                results.add(warning(warning, id, ids));
            }
        }
        String root = projectDirectory.toAbsolutePath().normalize().toUri().toString();
        Run run = new Run(new Tool(new Driver("fact-maven-plugin", toolVersion, INFORMATION_URI, rules)),
                Map.of(BASE_ID, new ArtifactLocation(root.endsWith("/") ? root : root + "/", null)),
                "unicodeCodePoints", results);
        try {
            return MAPPER.writeValueAsString(new Log("https://json.schemastore.org/sarif-2.1.0.json", "2.1.0",
                    List.of(run))) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("serializing records to memory cannot fail", e);
        }
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
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, toJson(result, projectDirectory, toolVersion));
    }

    private static Result warning(Warning warning, String id, List<String> ids) {
        String rule = warning.kind().name();
        return new Result(rule, ids.indexOf(rule), "warning", new Message(id + warning.message()),
                List.of(at(warning.location())), null);
    }

    private static List<Rule> rules() {
        Stream<Rule> failures = Arrays.stream(Status.values())
                .filter(status -> status != Status.VERIFIED)
                .map(status -> rule(status.name(), status.description(), status.help(), "error"));
        Stream<Rule> fileErrors = Stream.of(rule(FILE_ERROR, "a claims file or the sources registry cannot be used:"
                + " unreadable, not UTF-8, malformed JSON, an invalid entry, or a registered source that does not exist",
                "Fix the file as the message says; its claims are checked once it reads.", "error"));
        Stream<Rule> warnings = Arrays.stream(WarningKind.values())
                .map(kind -> rule(kind.name(), kind.description(), kind.help(), "warning"));
        return Stream.of(failures, fileErrors, warnings).flatMap(rules -> rules).toList();
    }

    private static Rule rule(String id, String description, String help, String level) {
        return new Rule(id, name(id), new Message(description), new Message(help), new Configuration(level));
    }

    /** QUOTE_MISMATCH becomes QuoteMismatch, as SARIF rule names are written. */
    private static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    private static List<RelatedLocation> related(ClaimResult claim) {
        if (claim.diagnosis().isEmpty() || claim.diagnosis().get().found().isEmpty()) {
            return null;
        }
        Diagnosis diagnosis = claim.diagnosis().get();
        SourcePosition found = diagnosis.found().get(0);
        String what = claim.status() == Status.QUOTE_MISMATCH || claim.status() == Status.NOT_FOUND
                ? "the closest passage" : "the quote";
        return List.of(new RelatedLocation(1, new PhysicalLocation(new ArtifactLocation(diagnosis.source(), BASE_ID),
                new Region(found.line(), found.column())), new Message(what + ", at offset " + found.offset())));
    }

    private static ResultLocation at(Location location) {
        return new ResultLocation(new PhysicalLocation(new ArtifactLocation(location.file(), BASE_ID),
                new Region(location.line(), location.column())));
    }

    private record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    private record Run(Tool tool, Map<String, ArtifactLocation> originalUriBaseIds, String columnKind,
                       List<Result> results) {
    }

    private record Tool(Driver driver) {
    }

    private record Driver(String name, String version, String informationUri, List<Rule> rules) {
    }

    private record Rule(String id, String name, Message shortDescription, Message help,
                        Configuration defaultConfiguration) {
    }

    private record Configuration(String level) {
    }

    private record Message(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Result(String ruleId, int ruleIndex, String level, Message message, List<ResultLocation> locations,
                          List<RelatedLocation> relatedLocations) {
    }

    private record ResultLocation(PhysicalLocation physicalLocation) {
    }

    private record RelatedLocation(int id, PhysicalLocation physicalLocation, Message message) {
    }

    private record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record ArtifactLocation(String uri, String uriBaseId) {
    }

    private record Region(int startLine, int startColumn) {
    }
}
