package io.github.factmaven.validator.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.ReportLayout;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Warning;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a check as the machine-readable {@code report.json}:
 * <pre>{@code
 * {"summary": {"claims", "verified", "failed", "files", "fileErrors", "warnings", "quotes", "incomplete",
 *              "uncheckable"},
 *  "claims": [{"id", "file", "line", "column", "status", "message", "warnings", "details", "group"}],
 *  "fileErrors": [{"file", "line", "column", "message"}],
 *  "warnings": [{"kind", "file", "line", "column", "message"}],
 *  "groups": [{"kind", "shared", "size", "members": [{"id", "file", "line", "column"}]}]}
 * }</pre>
 * {@code status} is {@code VERIFIED} or a failure code; a claim's location is where to fix it;
 * a claim's {@code warnings} list doubts about it even if verified, and the top-level ones doubts
 * about the dataset (unregistered sources, spelling variants), each with its {@link
 * io.github.factmaven.validator.api.WarningKind}; {@code details}, for a failed quote or context,
 * holds the facts behind the message (see {@link io.github.factmaven.validator.api.Diagnosis}). Claims
 * that share an id or a span are listed once as a group ({@link ClaimGroup}), with every member;
 * a member claim's {@code group} is the group's index in {@code groups}, and its message names only
 * a few of the others.
 */
public final class JsonReport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {}

    /**
     * @param result a check's result
     * @return the report's JSON text
     */
    public static String toJson(CheckResult result) {
        StringWriter out = new StringWriter();
        try {
            render(result, out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /**
     * Writes the report, creating its directory.
     *
     * @param result a check's result
     * @param file   where to write, for example {@code target/fact-check/report.json}
     * @throws IOException if the file cannot be written
     */
    public static void write(CheckResult result, Path file) throws IOException {
        write(result, file, ReportLayout.NONE);
    }

    /**
     * Writes the report over the one written before, creating its directory: the claims of a
     * {@linkplain CheckResult.Part#kept() kept} part are copied from the report written before,
     * where its layout says they are, instead of rendered again.
     *
     * @param result a check's result
     * @param file   where to write, for example {@code target/fact-check/report.json}
     * @param before the layout of the report now at {@code file}, as this method returned it when it
     *               wrote it; {@link ReportLayout#NONE} if there is none, or it may have changed since
     * @return the layout of the report written
     * @throws IOException if the file cannot be written
     */
    public static ReportLayout write(CheckResult result, Path file, ReportLayout before) throws IOException {
        // written as it is made: a report of a million claims is never held whole
        return Splice.write(file, before, (text, splice) -> render(result, text, splice));
    }

    /**
     * Streams the report, member by member: a generator, not an object mapper, whose setup costs
     * more than the whole report of a small dataset.
     *
     * @param splice where the bytes are counted and kept parts copied from; null for a report in memory
     */
    private static void render(CheckResult result, Writer out, Splice splice) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.writeStartObject();
            CheckResult.Summary summary = result.summary();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("claims", summary.claims());
            json.writeNumberField("verified", summary.verified());
            json.writeNumberField("failed", summary.failed());
            json.writeNumberField("files", summary.files());
            json.writeNumberField("fileErrors", summary.fileErrors());
            json.writeNumberField("warnings", summary.warnings());
            json.writeNumberField("quotes", summary.quotes());
            json.writeNumberField("incomplete", summary.incomplete());
            json.writeNumberField("uncheckable", summary.uncheckable());
            json.writeEndObject();
            Map<Location, Integer> groupOf = new HashMap<>();
            for (int g = 0; g < result.groups().size(); g++) {
                int index = g;
                result.groups().get(g).members().forEach(member -> groupOf.put(member.location(), index));
            }
            json.writeArrayFieldStart("claims");
            for (CheckResult.Part part : result.parts()) {
                if (part.size() == 0) {
                    continue;
                }
                // a kept part's entries are as written before, the indices of its members' groups
                // included: a part whose groups moved in the list is not kept (see CheckResult.Part)
                Optional<ReportLayout.Span> kept = splice == null ? Optional.empty() : splice.kept(part);
                if (kept.isPresent()) {
                    json.writeRawValue(""); // the separator before the part's first entry
                    json.flush();
                    splice.copy(part.file(), kept.get());
                    continue;
                }
                if (splice != null) {
                    json.flush();
                    splice.startsAt('{'); // after the separator
                }
                for (ClaimResult claim : part.claims()) {
                    claim(json, claim, groupOf.get(claim.location()));
                }
                if (splice != null) {
                    json.flush();
                    splice.endsHere(part.file());
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("fileErrors");
            for (Problem problem : result.fileErrors()) {
                json.writeStartObject();
                located(json, problem.location());
                json.writeStringField("message", problem.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            warnings(json, result.warnings());
            json.writeArrayFieldStart("groups");
            for (ClaimGroup group : result.groups()) {
                group(json, group);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write("\n");
    }

    private static void group(JsonGenerator json, ClaimGroup group) throws IOException {
        json.writeStartObject();
        json.writeStringField("kind", group.kind().name());
        json.writeStringField("shared", group.shared());
        json.writeNumberField("size", group.members().size());
        json.writeArrayFieldStart("members");
        for (ClaimGroup.Member member : group.members()) {
            json.writeStartObject();
            json.writeStringField("id", member.id());
            located(json, member.location());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** @param group the index of the claim's group, null if it is in none */
    private static void claim(JsonGenerator json, ClaimResult claim, Integer group) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", claim.id().orElse(null));
        located(json, claim.primaryLocation());
        json.writeStringField("status", claim.status().name());
        json.writeStringField("message", claim.message());
        warnings(json, claim.warnings());
        if (claim.diagnosis().isPresent()) {
            details(json, claim.diagnosis().get());
        }
        if (group != null) {
            json.writeNumberField("group", group);
        }
        json.writeEndObject();
    }

    private static void details(JsonGenerator json, Diagnosis diagnosis) throws IOException {
        json.writeObjectFieldStart("details");
        json.writeStringField("source", diagnosis.source());
        if (diagnosis.expectedOffset().isPresent()) {
            json.writeNumberField("expectedOffset", diagnosis.expectedOffset().getAsInt());
        }
        json.writeArrayFieldStart("found");
        for (SourcePosition found : diagnosis.found()) {
            json.writeStartObject();
            json.writeNumberField("offset", found.offset());
            json.writeNumberField("line", found.line());
            json.writeNumberField("column", found.column());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("passageLength", diagnosis.passageLength());
        if (diagnosis.cause().isPresent()) {
            json.writeStringField("cause", diagnosis.cause().get());
        }
        json.writeArrayFieldStart("differences");
        for (Difference difference : diagnosis.differences()) {
            json.writeStartObject();
            json.writeStringField("kind", difference.kind().name());
            json.writeNumberField("quoteIndex", difference.quoteIndex());
            json.writeStringField("quoteText", difference.quoteText());
            json.writeNumberField("sourceOffset", difference.sourceOffset());
            json.writeStringField("sourceText", difference.sourceText());
            json.writeStringField("description", difference.description());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void warnings(JsonGenerator json, List<Warning> warnings) throws IOException {
        json.writeArrayFieldStart("warnings");
        for (Warning warning : warnings) {
            json.writeStartObject();
            json.writeStringField("kind", warning.kind().name());
            located(json, warning.location());
            json.writeStringField("message", warning.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void located(JsonGenerator json, Location at) throws IOException {
        json.writeStringField("file", at.file());
        json.writeNumberField("line", at.line());
        json.writeNumberField("column", at.column());
    }
}
