package io.github.factmaven.validator.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.model.internal.AtomicFile;
import io.github.factmaven.model.internal.Printable;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Excerpt;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Renders a check as SARIF 2.1.0 ({@code report.sarif}), the format of GitHub code scanning and
 * of SARIF viewers in IDEs: one run of the tool {@code fact-maven-plugin}, a rule per failure code,
 * a result per failing claim, per warning and per file error, located in the file to fix,
 * with the quote's place in its source as a related location that the message links. Paths are
 * relative to the repository root, under the base id {@value #BASE_ID}, since GitHub resolves a
 * result's path from the root of the repository whatever its base id says; a dataset in a
 * subfolder of a repository (or of a monorepo) gets its alerts on the right files. Each result
 * carries a fingerprint of its claim, claims file and rule, so an alert follows its claim when the
 * claim moves within its file.
 */
public final class SarifReport {

    /** The {@code uriBaseId} of every path: the project directory. */
    public static final String BASE_ID = "%SRCROOT%";

    private static final String FILE_ERROR = "FILE_ERROR";
    /** Other claims of a group linked from a member's result at most: those its message names. */
    public static final int RELATED = ClaimGroup.NAMED;

    private static final String INFORMATION_URI = "https://github.com/factmaven/fact-maven";
    private static final String HELP_URI = INFORMATION_URI + "#what-is-checked-and-the-failure-codes";
    private static final String FINGERPRINT = "factMavenClaim/v1";
    private static final JsonFactory FACTORY = new JsonFactory();
    /** A path that starts with a drive letter: compiled once, where matching a string compiles it each time. */
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^[A-Za-z]:.*");

    /**
     * The rules, made when a report is first written: a build whose check stands writes none, and
     * still asks this class for the repository's root.
     */
    private static final class Rules {
        static final List<Rule> ALL = rules();
    }
    /** A message of each rule as a check writes it, for its help. */
    private static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry(
                    "MISSING_OFFSET",
                    "the claim has no offset; the quote is at offset 16 (line 2, column 1) of"
                            + " sources/a.txt: run mvn fact:fix to fill it in"),
            Map.entry(
                    "OFFSET_MISMATCH",
                    "quote is not at offset 1784 of sources/000.txt but at offset 1821 (line 22,"
                            + " column 211), 37 characters further on"),
            Map.entry(
                    "QUOTE_MISMATCH",
                    "quote differs from sources/000.txt at offset 1821 (line 22, column 211):"
                            + " substance. The quote has “…Sergei Kopyrkin over”, the source “…Sergei Koprikin over”"),
            Map.entry(
                    "IN_OTHER_SOURCE",
                    "quote is not in sources/000.txt but in sources/001.txt at offset 805 (line 15,"
                            + " column 115): is the source or the quote from another article?"),
            Map.entry(
                    "NOT_FOUND",
                    "sources/000.txt does not contain the quote, nor anything close to it: a paraphrase,"
                            + " or a quote from another source?"),
            Map.entry(
                    "CONTEXT_MISMATCH",
                    "quote is at offset 8 of sources/a.txt, but the prefix does not match: the"
                            + " source has \"rmenia \" before it where the prefix is \"Russia \""),
            Map.entry(
                    "INVALID_CLAIM",
                    "unknown member \"ofset\" (allowed: id, statement, quote, source, offset, outlet,"
                            + " prefix, suffix)"),
            Map.entry("DUPLICATE_ID", "id \"same\" is also used at claims/nested/b.json:4:5"),
            Map.entry(
                    "INVALID_SOURCE_PATH",
                    "source \"/home/me/a.txt\" must be a path relative to the sources"
                            + " directory, with '/' as separator"),
            Map.entry("SOURCE_OUTSIDE_ROOT", "source \"../secret.txt\" leads out of the sources directory"),
            Map.entry("SOURCE_NOT_FOUND", "source file sources/001.txt does not exist"),
            Map.entry(
                    "SOURCE_INVALID_UTF8",
                    "source file sources/article.pdf is not UTF-8 text: the file is a PDF document, not text: save"
                            + " the article's text as a UTF-8 .txt file, or the web page as .html"),
            Map.entry(
                    "SOURCE_CHANGED",
                    "source file a.txt has changed since it was pinned: its SHA-256 is 1fb9…, but"
                            + " sources/sources.json:3:57 records 0682…"),
            Map.entry(
                    "OUTLET_MISMATCH",
                    "outlet \"Another Outlet\" is not the outlet sources/sources.json:4:33"
                            + " registers for b.txt: \"The Outlet\""),
            Map.entry(
                    "SPELLING_VARIANTS",
                    "\"Kopyrkin\" (4 times), \"Koprikin\" (2 times) look like spellings of one"
                            + " name: check which is right"),
            Map.entry(FILE_ERROR, "trailing comma: remove this comma after the last member of the object"));

    private SarifReport() {}

    /**
     * @param result           a check's result
     * @param projectDirectory the directory paths in the result are relative to
     * @param toolVersion      the version of the tool, as the report names it
     * @return the SARIF log's JSON text
     */
    public static String toJson(CheckResult result, Path projectDirectory, String toolVersion) {
        return toJson(result, projectDirectory, projectDirectory, toolVersion);
    }

    /**
     * @param result           a check's result
     * @param projectDirectory the directory paths in the result are relative to
     * @param repositoryRoot   the directory paths in the log are relative to: the repository's root,
     *                         see {@link #repositoryRootOf}
     * @param toolVersion      the version of the tool, as the report names it
     * @return the SARIF log's JSON text
     */
    public static String toJson(CheckResult result, Path projectDirectory, Path repositoryRoot, String toolVersion) {
        StringWriter out = new StringWriter();
        try {
            render(result, projectDirectory, repositoryRoot, toolVersion, out);
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
        write(result, projectDirectory, projectDirectory, toolVersion, file);
    }

    /**
     * Writes the report, creating its directory.
     *
     * @param result           a check's result
     * @param projectDirectory the directory paths in the result are relative to
     * @param repositoryRoot   the directory paths in the log are relative to: the repository's root,
     *                         see {@link #repositoryRootOf}
     * @param toolVersion      the version of the tool
     * @param file             where to write, for example {@code target/fact-check/report.sarif}
     * @throws IOException if the file cannot be written
     */
    public static void write(
            CheckResult result, Path projectDirectory, Path repositoryRoot, String toolVersion, Path file)
            throws IOException {
        AtomicFile.write(file, out -> render(result, projectDirectory, repositoryRoot, toolVersion, out));
    }

    /**
     * The root of the repository a directory is in: the nearest directory, from it upwards, that
     * holds {@code .git} (a folder, or a file in a worktree or a submodule).
     *
     * @param directory a project directory
     * @return the repository's root, or the directory itself if it is in no repository
     */
    public static Path repositoryRootOf(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        for (Path at = absolute; at != null; at = at.getParent()) {
            if (Files.exists(at.resolve(".git"))) {
                return at;
            }
        }
        return absolute;
    }

    /**
     * Streams the log, member by member: a generator, not an object mapper, whose setup costs more
     * than the whole log of a small dataset.
     */
    private static void render(
            CheckResult result, Path projectDirectory, Path repositoryRoot, String toolVersion, Writer out)
            throws IOException {
        List<String> ids = Rules.ALL.stream().map(Rule::id).toList();
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path rootDirectory = repositoryRoot.toAbsolutePath().normalize();
        if (!project.startsWith(rootDirectory)) {
            rootDirectory = project; // a root that does not hold the project is no root of its paths
        }
        String root = rootDirectory.toUri().toString();
        String prefix = rootDirectory.relativize(project).toString().replace('\\', '/');
        Paths paths = new Paths(prefix.isEmpty() ? "" : prefix + "/");
        MessageDigest digest = sha256();
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
            for (Rule rule : Rules.ALL) {
                json.writeStartObject();
                json.writeStringField("id", rule.id());
                json.writeStringField("name", name(rule.id()));
                message(json, "shortDescription", capitalized(rule.description()));
                message(json, "fullDescription", capitalized(rule.description()) + ". " + rule.help());
                json.writeStringField("helpUri", HELP_URI);
                json.writeObjectFieldStart("help");
                json.writeStringField("text", rule.help());
                json.writeStringField(
                        "markdown",
                        "**" + capitalized(rule.description()) + ".**\n\n" + rule.help()
                                + Optional.ofNullable(EXAMPLES.get(rule.id()))
                                        .map(example -> "\n\nFor example:\n\n> " + example)
                                        .orElse("")
                                + "\n\nEvery failure code, what it means and how to fix it: [fact-maven README]("
                                + HELP_URI + ").");
                json.writeEndObject();
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
                result(
                        json,
                        paths,
                        FILE_ERROR,
                        ids,
                        "error",
                        firstLine(problem.message()),
                        problem.location(),
                        fingerprint(digest, FILE_ERROR, problem.location().file(), problem.message()));
                json.writeEndObject();
            }
            for (Warning warning : result.warnings()) {
                warning(
                        json,
                        paths,
                        warning,
                        "",
                        ids,
                        fingerprint(
                                digest,
                                warning.kind().name(),
                                warning.location().file(),
                                warning.message()));
            }
            Map<Location, ClaimGroup> groupOf = result.groupsByMember();
            for (ClaimResult claim : result.needingAttention()) {
                ClaimGroup group = groupOf.get(claim.location());
                String name = claim.id().orElse("no id");
                String id = "[" + Printable.escape(name) + "] ";
                String file = claim.location().file();
                if (!claim.verified()) {
                    result(
                            json,
                            paths,
                            claim.status().name(),
                            ids,
                            "error",
                            id + summary(claim),
                            claim.primaryLocation(),
                            fingerprint(digest, claim.status().name(), file, name));
                    if (claim.status() == Status.DUPLICATE_ID && group != null) {
                        groupRelated(json, paths, group, claim.location());
                    } else {
                        related(json, paths, claim);
                    }
                    json.writeEndObject();
                }
                for (Warning warning : claim.warnings()) {
                    result(
                            json,
                            paths,
                            warning.kind().name(),
                            ids,
                            "warning",
                            id + firstLine(warning.message()),
                            warning.location(),
                            fingerprint(digest, warning.kind().name(), file, name));
                    if (warning.kind() == WarningKind.DUPLICATE_SPAN && group != null) {
                        groupRelated(json, paths, group, claim.location());
                    }
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void warning(
            JsonGenerator json, Paths paths, Warning warning, String id, List<String> ids, String fingerprint)
            throws IOException {
        result(
                json,
                paths,
                warning.kind().name(),
                ids,
                "warning",
                id + firstLine(warning.message()),
                warning.location(),
                fingerprint);
        json.writeEndObject();
    }

    /** Starts a result and writes it up to its locations; the caller may add more, then ends it. */
    private static void result(
            JsonGenerator json,
            Paths paths,
            String rule,
            List<String> ids,
            String level,
            String message,
            Location location,
            String fingerprint)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", rule);
        json.writeNumberField("ruleIndex", ids.indexOf(rule));
        json.writeStringField("level", level);
        message(json, "message", message);
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        physicalLocation(json, paths, location.file(), location.line(), location.column());
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT, fingerprint);
        json.writeEndObject();
    }

    /**
     * What identifies a result across commits: not its line, which moves when claims are added
     * above it, but its rule, its file and its claim (or, for a file's problem, its message).
     */
    /**
     * @param digest a SHA-256 digest, made once for the whole log: looking one up per result cost
     *               more than hashing its few bytes
     */
    private static String fingerprint(MessageDigest digest, String rule, String file, String subject) {
        byte[] hash = digest.digest(String.join("\u0000", rule, file, subject).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash, 0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A failure in one line, as GitHub shows it: the first line of its message, the quote and the
     * source side by side where they differ, and the source linked.
     */
    private static String summary(ClaimResult claim) {
        List<String> lines = claim.message().lines().toList();
        // the first stretch where the quote and the source differ, as the diagnosis found it
        Optional<Excerpt> excerpt = claim.diagnosis()
                .flatMap(diagnosis -> diagnosis.excerpts().stream().findFirst());
        String quote =
                excerpt.map(shown -> Printable.escape(shown.quote().strip())).orElse(null);
        String source =
                excerpt.map(shown -> Printable.escape(shown.source().strip())).orElse(null);
        boolean linked = hasRelatedLocation(claim);
        StringBuilder text = new StringBuilder(Printable.escape(lines.isEmpty() ? "" : lines.get(0)));
        if (quote != null && source != null) {
            // a passage that has typographic quotes itself is set off by other marks: not ““a budget””
            String[] marks = Stream.of(new String[] {"“", "”"}, new String[] {"\"", "\""}, new String[] {"«", "»"})
                    .filter(pair -> Stream.of(quote, source)
                            .noneMatch(passage -> passage.contains(pair[0]) || passage.contains(pair[1])))
                    .findFirst()
                    .orElse(new String[] {"“", "”"});
            text.append(". The quote has ")
                    .append(marks[0])
                    .append(quote)
                    .append(marks[1])
                    .append(", ")
                    .append(linked ? "[the source](1)" : "the source")
                    .append(" ")
                    .append(marks[0])
                    .append(source)
                    .append(marks[1]);
        } else if (linked) {
            text.append(" ([in the source](1))");
        }
        return text.toString();
    }

    private static String firstLine(String message) {
        return Printable.escape(message.lines().findFirst().orElse(""));
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Paths of the result made paths of the repository. */
    private record Paths(String prefix) {
        String of(String file) {
            return file.startsWith("/") || WINDOWS_ABSOLUTE.matcher(file).matches() ? file : prefix + file;
        }
    }

    private static List<Rule> rules() {
        Stream<Rule> failures = Arrays.stream(Status.values())
                .filter(status -> status != Status.VERIFIED)
                .map(status -> new Rule(status.name(), status.description(), status.help(), "error"));
        Stream<Rule> fileErrors = Stream.of(new Rule(
                FILE_ERROR,
                "a claims file or the sources registry cannot be used:"
                        + " unreadable, not UTF-8, malformed JSON, an invalid entry, or a registered source that does not exist",
                "Fix the file as the message says; its claims are checked once it reads.",
                "error"));
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

    /**
     * Whether the quote's place in its source can be linked: the diagnosis found one, in a file whose
     * lines are the text's (an HTML page's text has other lines than its markup).
     */
    private static boolean hasRelatedLocation(ClaimResult claim) {
        return claim.diagnosis()
                .map(diagnosis -> !diagnosis.found().isEmpty() && !SourceEntry.isHtmlPage(diagnosis.source()))
                .orElse(false);
    }

    /**
     * The other claims of a claim's group, the first {@value #RELATED} of them: a code-scanning page
     * lists related locations in full, and a group may have a hundred thousand members.
     */
    private static void groupRelated(JsonGenerator json, Paths paths, ClaimGroup group, Location self)
            throws IOException {
        json.writeArrayFieldStart("relatedLocations");
        int id = 1;
        for (ClaimGroup.Member member : group.members()) {
            if (id > RELATED) {
                break;
            }
            if (member.location().equals(self)) {
                continue;
            }
            json.writeStartObject();
            json.writeNumberField("id", id++);
            Location at = member.location();
            physicalLocation(json, paths, at.file(), at.line(), at.column());
            message(
                    json,
                    "message",
                    (group.kind() == ClaimGroup.Kind.DUPLICATE_ID ? "the same id, " : "the same span, \"")
                            + Printable.escape(member.id())
                            + (group.kind() == ClaimGroup.Kind.DUPLICATE_ID ? "" : "\"")
                            + (id > RELATED && group.members().size() - 1 > RELATED
                                    ? String.format(
                                            Locale.ROOT,
                                            "; %,d more claims of the group are in report.json",
                                            group.members().size() - 1 - RELATED)
                                    : ""));
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The quote's place in its source, if the diagnosis found one. */
    private static void related(JsonGenerator json, Paths paths, ClaimResult claim) throws IOException {
        if (!hasRelatedLocation(claim)) {
            return;
        }
        Diagnosis diagnosis = claim.diagnosis().get();
        SourcePosition found = diagnosis.found().get(0);
        String what = claim.status() == Status.QUOTE_MISMATCH || claim.status() == Status.NOT_FOUND
                ? "the closest passage"
                : claim.status() == Status.CONTEXT_MISMATCH ? "the text beside the quote" : "the quote";
        json.writeArrayFieldStart("relatedLocations");
        json.writeStartObject();
        json.writeNumberField("id", 1);
        physicalLocation(json, paths, diagnosis.source(), found.line(), found.column());
        message(json, "message", what + ", at offset " + found.offset());
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void physicalLocation(JsonGenerator json, Paths paths, String file, int line, int column)
            throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", paths.of(file));
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
    private record Rule(String id, String description, String help, String level) {}
}
