package io.github.factmaven.validator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.factmaven.model.Claim;
import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.LocatedSourceEntry;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.internal.AtomicFile;
import io.github.factmaven.validator.api.Dataset;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a dataset's claims as W3C Web Annotations, one {@code AnnotationPage} that annotation
 * clients and other tools can load. Per claim: a {@code TextQuoteSelector} (the quote, its prefix and
 * suffix) and a {@code TextPositionSelector} (start and end in code points, as the W3C model counts)
 * on the source's url from the registry (or, where the registry records none, its path in the
 * project, such as {@code sources/2023/news.txt}), and the statement as a textual body. Each
 * annotation's id carries its claim's id, so that {@link AnnotationImporter} gives back the same
 * claims.
 *
 * <pre>{@code
 * new AnnotationExporter().export(Dataset.inDirectory(project)).write(project.resolve("annotations.jsonld"));
 * }</pre>
 */
public final class AnnotationExporter {

    private static final JsonFactory FACTORY = new JsonFactory();

    /**
     * @param json the {@code AnnotationPage} as UTF-8 JSON-LD
     * @param annotations how many claims it holds
     * @param notExported the claims files and entries left out (they do not parse, or are not valid
     *     claims), where they are written and why
     */
    public record Export(byte[] json, int annotations, List<Problem> notExported) {

        /**
         * Copies the list.
         *
         * @param json the {@code AnnotationPage} as UTF-8 JSON-LD
         * @param annotations how many claims it holds
         * @param notExported the claims files and entries left out, where they are written and why
         */
        public Export {
            notExported = List.copyOf(notExported);
        }

        /**
         * Writes the page atomically: the file has its old content or the new, never a part.
         *
         * @param file where to write it; its folder is created if need be
         * @throws IOException if it cannot be written
         */
        public void write(Path file) throws IOException {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            AtomicFile.write(file, json);
        }
    }

    /**
     * @param dataset where the claims, sources and registry are
     * @return the dataset's valid claims as an annotation page, and what was left out
     * @throws IOException if the claims directory cannot be listed
     */
    public Export export(Dataset dataset) throws IOException {
        Map<String, String> urls = urls(dataset);
        String sourcesFolder = dataset.displayName(dataset.sourcesDirectory());
        Dataset.ClaimsListing listing = dataset.listClaimsFiles();
        List<Problem> notExported = new ArrayList<>(listing.problems());
        ClaimsFileReader reader = new ClaimsFileReader();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int annotations = 0;
        try (JsonGenerator json = FACTORY.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeStringField("@context", "http://www.w3.org/ns/anno.jsonld");
            json.writeStringField("type", "AnnotationPage");
            json.writeArrayFieldStart("items");
            for (Path path : listing.files()) {
                ClaimsFile file = reader.read(path, dataset.displayName(path));
                notExported.addAll(file.problems());
                for (InvalidClaim invalid : file.invalidClaims()) {
                    notExported.add(new Problem(invalid.location(), "not exported: the entry is not a valid claim"));
                }
                for (LocatedClaim located : file.claims()) {
                    Claim claim = located.claim();
                    annotation(
                            json,
                            claim,
                            Optional.ofNullable(urls.get(claim.source())).orElse(sourcesFolder + "/" + claim.source()));
                    annotations++;
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        return new Export(out.toByteArray(), annotations, notExported);
    }

    private static void annotation(JsonGenerator json, Claim claim, String target) throws IOException {
        json.writeStartObject();
        json.writeStringField(
                "id", AnnotationImporter.CLAIM_ID_PREFIX + URLEncoder.encode(claim.id(), StandardCharsets.UTF_8));
        json.writeStringField("type", "Annotation");
        json.writeObjectFieldStart("body");
        json.writeStringField("type", "TextualBody");
        json.writeStringField("value", claim.statement());
        json.writeStringField("format", "text/plain");
        json.writeEndObject();
        json.writeObjectFieldStart("target");
        json.writeStringField("source", target);
        json.writeArrayFieldStart("selector");
        json.writeStartObject();
        json.writeStringField("type", "TextQuoteSelector");
        json.writeStringField("exact", claim.quote());
        if (claim.prefix().isPresent()) {
            json.writeStringField("prefix", claim.prefix().get());
        }
        if (claim.suffix().isPresent()) {
            json.writeStringField("suffix", claim.suffix().get());
        }
        json.writeEndObject();
        if (claim.offset().isPresent()) {
            int start = claim.offset().getAsInt();
            json.writeStartObject();
            json.writeStringField("type", "TextPositionSelector");
            json.writeNumberField("start", start);
            json.writeNumberField(
                    "end",
                    (long) start + claim.quote().codePointCount(0, claim.quote().length()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Each registered source's url by its file. */
    private static Map<String, String> urls(Dataset dataset) {
        Map<String, String> urls = new HashMap<>();
        dataset.registry().ifPresent(registry -> {
            for (LocatedSourceEntry located : registry.entries()) {
                located.entry()
                        .url()
                        .ifPresent(url -> urls.putIfAbsent(located.entry().file(), url.toString()));
            }
        });
        return urls;
    }
}
