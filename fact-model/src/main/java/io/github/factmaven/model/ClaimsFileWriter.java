package io.github.factmaven.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.factmaven.model.internal.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes claims files in the canonical layout: two-space indentation, members in schema order,
 * non-ASCII characters as themselves, a final newline. Files are replaced atomically, so an
 * interrupted write leaves the old file or the new one, never half of each.
 */
public final class ClaimsFileWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    /**
     * Renders claims as the text of a claims file.
     *
     * @param claims the claims, in the order to write them
     * @return the file's text, ending with a newline
     */
    public String toJson(List<Claim> claims) {
        StringWriter out = new StringWriter();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(INDENTER);
        printer.indentArraysWith(INDENTER);
        try (JsonGenerator json = MAPPER.getFactory().createGenerator(out).setPrettyPrinter(printer)) {
            json.writeStartObject();
            // editors that read "$schema" validate and complete the file as it is edited by hand
            json.writeStringField("$schema", ClaimsSchema.ID);
            json.writeArrayFieldStart("claims");
            for (Claim claim : claims) {
                json.writeStartObject();
                string(json, "id", claim.id());
                string(json, "statement", claim.statement());
                string(json, "quote", claim.quote());
                string(json, "source", claim.source());
                if (claim.offset().isPresent()) {
                    json.writeNumberField("offset", claim.offset().getAsInt());
                }
                string(json, "outlet", claim.outlet());
                if (claim.prefix().isPresent()) {
                    string(json, "prefix", claim.prefix().get());
                }
                if (claim.suffix().isPresent()) {
                    string(json, "suffix", claim.suffix().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out + "\n";
    }

    /**
     * A string member spelled as {@code fact:fix} spells the quotes it writes: invisible characters
     * (a no-break space, a zero-width joiner) as escapes, so that a reader of the file sees them.
     */
    private static void string(JsonGenerator json, String name, String value) throws IOException {
        json.writeFieldName(name);
        json.writeRawValue("\"" + JsonStringToken.encode(value) + "\"");
    }

    /**
     * Writes claims to a file, replacing it atomically.
     *
     * @param claims the claims, in the order to write them
     * @param file   the claims file to create or replace
     * @throws IOException if the file cannot be written; the old file is then unchanged
     */
    public void write(List<Claim> claims, Path file) throws IOException {
        AtomicFile.write(file, toJson(claims).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a claims file to a stream, as UTF-8.
     *
     * @param claims the claims, in order
     * @param out    where the file's bytes go; not closed
     * @throws IOException if the stream cannot be written
     */
    public void write(List<Claim> claims, OutputStream out) throws IOException {
        out.write(toJson(claims).getBytes(StandardCharsets.UTF_8));
    }
}
