package io.github.factmaven.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.model.internal.Utf8Input;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the sources registry ({@value SourceRegistry#FILE_NAME}). Beyond its JSON Schema, it checks
 * what a schema cannot say well: dates are ISO-8601 and real ({@code 2023-02-30} is not), URLs are
 * absolute http(s) with a host, and no file is registered twice. Every problem is collected with its
 * line and column. Instances are immutable and thread-safe.
 */
public final class SourceRegistryReader {

    private static final String SOURCES = "sources";
    private static final List<Function<String, ?>> DATE_FORMS =
            List.of(LocalDate::parse, OffsetDateTime::parse, YearMonth::parse, Year::parse);

    /**
     * Reads a registry file.
     *
     * @param file the registry
     * @param name its path as shown to users
     * @return its entries and problems
     */
    public SourceRegistry read(Path file, String name) {
        Optional<SourceRegistry> bound;
        try {
            bound = SourceRegistryBinding.bind(Utf8Input.of(RegularFile.open(file)), name);
        } catch (IOException e) {
            bound = Optional.empty();
        }
        return bound.orElseGet(() -> registry(name, Thorough.JSON.read(file, name)));
    }

    /**
     * Reads a registry from its bytes, for callers that hold it elsewhere than in a file (a data
     * lake, a table): decoded strictly as UTF-8 (a leading byte-order mark is not part of the text),
     * as a file is.
     *
     * @param bytes the registry's content
     * @param name  its path as shown to users
     * @return its entries and problems
     */
    public SourceRegistry read(byte[] bytes, String name) {
        try {
            return parse(Utf8Text.decode(bytes), name);
        } catch (InvalidUtf8Exception e) {
            return registry(name, SchemaCheckedJson.Parsed.failed(new Location(name, e.line(), 1), e.getMessage()));
        }
    }

    /**
     * Reads a registry from text.
     *
     * @param text the registry's content
     * @param name its path as shown to users
     * @return its entries and problems
     */
    public SourceRegistry parse(String text, String name) {
        return SourceRegistryBinding.bind(text, name).orElseGet(() -> readThoroughly(text, name));
    }

    /** Parses into a tree and validates it against the schema: slower, but finds every problem. */
    static SourceRegistry readThoroughly(String text, String name) {
        return registry(name, Thorough.JSON.parse(text, name));
    }

    /**
     * The schema validator, loaded the first time a registry does not bind: loading it costs more
     * than checking a small dataset, and a valid registry never needs it.
     */
    private static final class Thorough {
        static final SchemaCheckedJson JSON = new SchemaCheckedJson(
                SourcesSchema.SCHEMA,
                SOURCES,
                "file, outlet, title, authors, url, published, retrieved, sha256, notes",
                "$schema, sources");
    }

    /**
     * @param value a date as the registry writes it
     * @return true if it is an ISO-8601 date (2023-10-31, 2023-10 or 2023) or a date-time with offset
     */
    static boolean isDate(String value) {
        for (Function<String, ?> form : DATE_FORMS) {
            try {
                form.apply(value);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    private static SourceRegistry registry(String name, SchemaCheckedJson.Parsed parsed) {
        List<LocatedSourceEntry> entries = new ArrayList<>();
        List<InvalidSourceEntry> invalid = new ArrayList<>();
        Map<String, Location> registered = new HashMap<>();
        List<JsonNode> nodes = parsed.entries(SOURCES);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            Location location = parsed.locationOf(name, node);
            List<Problem> problems = new ArrayList<>(parsed.itemProblems().getOrDefault(i, List.of()));
            date(name, node, "published", parsed).ifPresent(problems::add);
            date(name, node, "retrieved", parsed).ifPresent(problems::add);
            url(name, node, parsed).ifPresent(problems::add);
            if (problems.isEmpty()
                    && node.path("file").isTextual()
                    && node.path("outlet").isTextual()) {
                String problem = htmlMembersProblem(toEntry(node));
                if (!problem.isEmpty()) {
                    JsonNode at = node.has("encoding") ? node.get("encoding") : node.path("htmlRoot");
                    problems.add(new Problem(parsed.locationOf(name, at.isMissingNode() ? node : at), problem));
                }
            }
            JsonNode file = node.path("file");
            if (file.isTextual()) {
                Location first = registered.putIfAbsent(file.textValue(), location);
                if (first != null) {
                    problems.add(new Problem(
                            parsed.locationOf(name, file),
                            "\"" + file.textValue() + "\" is already registered at " + first
                                    + ": register each file once"));
                }
            }
            problems.sort(Comparator.comparingInt(
                            (Problem problem) -> problem.location().line())
                    .thenComparingInt(problem -> problem.location().column()));
            if (problems.isEmpty()) {
                entries.add(new LocatedSourceEntry(toEntry(node), location, parsed.memberLocations(name, node)));
            } else {
                invalid.add(new InvalidSourceEntry(
                        file.isTextual() ? Optional.of(file.textValue()) : Optional.empty(), location, problems));
            }
        }
        return new SourceRegistry(name, entries, invalid, parsed.fileProblems());
    }

    private static Optional<Problem> date(String name, JsonNode entry, String member, SchemaCheckedJson.Parsed parsed) {
        JsonNode value = entry.get(member);
        if (value == null || !value.isTextual() || isDate(value.textValue())) {
            return Optional.empty();
        }
        return Optional.of(new Problem(
                parsed.locationOf(name, value),
                "\"" + member + "\": \""
                        + value.textValue() + "\" is not an ISO-8601 date: write YYYY-MM-DD (or YYYY-MM, YYYY,"
                        + " or a date-time with offset such as 2023-10-31T09:30:00Z)"));
    }

    private static Optional<Problem> url(String name, JsonNode entry, SchemaCheckedJson.Parsed parsed) {
        JsonNode value = entry.get("url");
        if (value == null || !value.isTextual()) {
            return Optional.empty();
        }
        String reason;
        try {
            URI uri = new URI(value.textValue());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute()) {
                reason = "is not an absolute URL";
            } else if (!scheme.equals("http") && !scheme.equals("https")) {
                reason = "is not an http or https URL";
            } else if (uri.getHost() == null) {
                reason = "has no host";
            } else {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            reason = "is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")";
        }
        return Optional.of(new Problem(
                parsed.locationOf(name, value),
                "\"url\": \"" + value.textValue() + "\" " + reason
                        + ": write the full address, such as https://example.org/article"));
    }

    private static SourceEntry toEntry(JsonNode node) {
        List<String> authors = new ArrayList<>();
        node.path("authors").forEach(author -> authors.add(author.textValue()));
        return new SourceEntry(
                node.get("file").textValue(),
                node.get("outlet").textValue(),
                text(node, "title"),
                authors,
                text(node, "url").map(URI::create),
                text(node, "published"),
                text(node, "retrieved"),
                text(node, "sha256"),
                text(node, "notes"),
                text(node, "encoding"),
                text(node, "htmlRoot"));
    }

    /**
     * What is wrong with an entry's HTML members, which the schema cannot say: they apply to HTML
     * pages only, and the encoding must be one Java can decode.
     *
     * @param entry an entry
     * @return the problem, or empty if there is none
     */
    static String htmlMembersProblem(SourceEntry entry) {
        if (!SourceEntry.isHtmlPage(entry.file())
                && (entry.encoding().isPresent() || entry.htmlRoot().isPresent())) {
            return "\"" + (entry.encoding().isPresent() ? "encoding" : "htmlRoot") + "\" applies to HTML pages"
                    + " (.html, .htm) only: a text source is read as UTF-8";
        }
        if (entry.encoding().isPresent()) {
            String encoding = entry.encoding().get();
            boolean known;
            try {
                known = Charset.isSupported(encoding);
            } catch (IllegalCharsetNameException e) {
                known = false;
            }
            if (!known) {
                return "\"encoding\": \"" + encoding + "\" is no encoding Java knows: write a name such as"
                        + " windows-1251, ISO-8859-1 or Shift_JIS";
            }
        }
        return "";
    }

    private static Optional<String> text(JsonNode node, String member) {
        return Optional.ofNullable(node.get(member)).map(JsonNode::textValue);
    }
}
