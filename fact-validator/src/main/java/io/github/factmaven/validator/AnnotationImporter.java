package io.github.factmaven.validator;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.InvalidUtf8Exception;
import io.github.factmaven.model.LocatedSourceEntry;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.model.Utf8Text;
import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.ImportResult;
import io.github.factmaven.validator.internal.annotation.AnnotationReader;
import io.github.factmaven.validator.internal.annotation.AnnotationReader.Annotation;
import io.github.factmaven.validator.internal.annotation.AnnotationReader.PositionUnit;
import io.github.factmaven.validator.internal.annotation.LocatedJson;
import io.github.factmaven.validator.internal.source.SourceException;
import io.github.factmaven.validator.internal.source.SourceFiles;
import io.github.factmaven.validator.internal.text.SourceText;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns web annotations into claims: quotes people highlighted in a source, with what they said of
 * them. Reads the W3C Web Annotation model in JSON-LD (an {@code Annotation}, an
 * {@code AnnotationPage}, an {@code AnnotationCollection} with its pages embedded) and the
 * Hypothesis API's search results.
 *
 * <p>Each annotation with a {@code TextQuoteSelector} becomes a claim: its {@code exact} is the
 * quote, its {@code prefix} and {@code suffix} the context; its textual body is the statement; the
 * target's IRI is matched with the {@code url} of a source in the registry, which gives the source
 * file and the outlet; the id is derived from the annotation's id, so that importing again gives the
 * same ids. A {@code TextPositionSelector}'s start becomes the offset, in code points: the W3C model
 * counts code points, and the Hypothesis API counts UTF-16 code units (JavaScript's string indices),
 * which are converted with the source's text. Where the quote is not at the start in the format's
 * unit but is in the other (a JavaScript client writing W3C annotations often counts UTF-16), the
 * other is taken. An annotation without a position gets no offset; {@code fact:fix} finds it.
 *
 * <pre>{@code
 * ImportResult imported = new AnnotationImporter().read(Dataset.inDirectory(project), List.of(exported));
 * imported.notImported().forEach(problem -> System.err.println(problem));
 * new ClaimsFileWriter().write(imported.claims(), project.resolve("claims/annotations.json"));
 * }</pre>
 */
public final class AnnotationImporter {

    /** How {@link AnnotationExporter} writes an annotation's id, so that its claim's id comes back. */
    static final String CLAIM_ID_PREFIX = "urn:x-fact-maven:claim:";

    /**
     * Reads annotation files and makes claims of what they annotate in the dataset's sources.
     *
     * @param dataset where the sources and their registry are
     * @param files the annotation files, read in order
     * @return the claims, and each annotation or file that could not be imported with its reason
     */
    public ImportResult read(Dataset dataset, List<Path> files) {
        Sources sources = new Sources(dataset);
        List<Problem> notImported = new ArrayList<>(sources.problems);
        List<Imported> imported = new ArrayList<>();
        int annotations = 0;
        for (Path file : files) {
            String name = dataset.displayName(file);
            Optional<LocatedJson> root = parse(file, name, notImported);
            if (root.isEmpty()) {
                continue;
            }
            AnnotationReader.Document document = AnnotationReader.read(root.get());
            List<Problem> ofFile = new ArrayList<>(document.problems());
            annotations += document.found();
            for (Annotation annotation : document.annotations()) {
                claim(annotation, sources, ofFile).ifPresent(imported::add);
            }
            // in the order the file has them, as an editor goes through them
            ofFile.sort(Comparator.comparingInt(
                            (Problem problem) -> problem.location().line())
                    .thenComparingInt(problem -> problem.location().column()));
            notImported.addAll(ofFile);
        }
        return new ImportResult(withDistinctIds(imported), notImported, annotations);
    }

    private static Optional<LocatedJson> parse(Path file, String name, List<Problem> problems) {
        try {
            return Optional.of(LocatedJson.parse(Utf8Text.decode(RegularFile.readAllBytes(file)), name));
        } catch (LocatedJson.MalformedJsonException e) {
            problems.add(new Problem(e.location(), e.getMessage()));
        } catch (InvalidUtf8Exception e) {
            problems.add(new Problem(new Location(name, e.line(), 1), e.getMessage()));
        } catch (RegularFile.NotRegularException e) {
            problems.add(new Problem(new Location(name, 1, 1), "cannot be read: " + e.reason()));
        } catch (IOException e) {
            problems.add(new Problem(new Location(name, 1, 1), "cannot be read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** A claim with the annotation id its own id comes from. */
    private record Imported(Claim claim, String annotationId) {}

    private static Optional<Imported> claim(Annotation annotation, Sources sources, List<Problem> problems) {
        Optional<SourceEntry> entry = sources.entryFor(annotation.target());
        if (entry.isEmpty()) {
            problems.add(new Problem(
                    annotation.location(),
                    annotation.name() + " annotates " + annotation.target() + ", which is no registered source:"
                            + " add the page's text to the sources and its url to " + sources.registryName));
            return Optional.empty();
        }
        if (annotation.statement().isEmpty()) {
            problems.add(new Problem(
                    annotation.location(),
                    annotation.name() + " has no textual body to be the claim's statement: write what the quote"
                            + " supports in the annotation's comment"));
            return Optional.empty();
        }
        String file = entry.get().file();
        OptionalInt offset = offset(annotation, sources.text(file));
        String annotationId = annotation.id().orElseGet(() -> anonymousId(annotation, file));
        return Optional.of(new Imported(
                new Claim(
                        idOf(annotationId),
                        annotation.statement().get(),
                        annotation.exact(),
                        file,
                        offset,
                        entry.get().outlet(),
                        annotation.prefix(),
                        annotation.suffix()),
                annotationId));
    }

    /** The start in code points: in the format's unit if the quote is there, else in the other if it is there. */
    private static OptionalInt offset(Annotation annotation, Optional<SourceText> text) {
        if (annotation.start().isEmpty() || annotation.start().getAsLong() > Integer.MAX_VALUE) {
            return OptionalInt.empty();
        }
        int start = (int) annotation.start().getAsLong();
        if (text.isEmpty()) {
            return OptionalInt.of(start);
        }
        OptionalInt asCodePoints = start <= text.get().length() ? OptionalInt.of(start) : OptionalInt.empty();
        OptionalInt asUtf16 =
                start <= text.get().text().length() ? OptionalInt.of(text.get().offsetOf(start)) : OptionalInt.empty();
        boolean utf16 = annotation.unit() == PositionUnit.UTF_16;
        OptionalInt preferred = utf16 ? asUtf16 : asCodePoints;
        OptionalInt other = utf16 ? asCodePoints : asUtf16;
        if (!found(preferred, text.get(), annotation.exact()) && found(other, text.get(), annotation.exact())) {
            return other;
        }
        return preferred.isPresent() ? preferred : OptionalInt.of(start);
    }

    private static boolean found(OptionalInt offset, SourceText text, String quote) {
        return offset.isPresent() && text.matchesAt(offset.getAsInt(), quote);
    }

    /**
     * A claim id from an annotation's id: the exporter's own ids come back as they were; otherwise the
     * last segment of the IRI (Hypothesis's {@code https://hypothes.is/a/Xy3...} gives {@code Xy3...}),
     * with characters other than letters, digits, '.', '_' and '-' replaced by '-'.
     */
    static String idOf(String annotationId) {
        if (annotationId.startsWith(CLAIM_ID_PREFIX)) {
            String id = URLDecoder.decode(annotationId.substring(CLAIM_ID_PREFIX.length()), StandardCharsets.UTF_8);
            if (!id.isBlank()) {
                return id;
            }
        }
        String[] segments = annotationId.split("[/#:?=]");
        for (int i = segments.length - 1; i >= 0; i--) {
            String id = segments[i].replaceAll("[^\\p{L}\\p{N}._-]", "-");
            if (!id.replace("-", "").isEmpty()) {
                return id;
            }
        }
        return "annotation-" + shortHash(annotationId);
    }

    private static String anonymousId(Annotation annotation, String file) {
        return "annotation-"
                + shortHash(file + "\u0000" + annotation.exact() + "\u0000" + annotation.start() + "\u0000"
                        + annotation.statement().orElse(""));
    }

    /** Ids two annotations would share get a hash of their full annotation id: still the same on every import. */
    private static List<Claim> withDistinctIds(List<Imported> imported) {
        Map<String, Set<String>> annotationsById = new HashMap<>();
        for (Imported one : imported) {
            annotationsById
                    .computeIfAbsent(one.claim().id(), id -> new HashSet<>())
                    .add(one.annotationId());
        }
        List<Claim> claims = new ArrayList<>();
        for (Imported one : imported) {
            Claim claim = one.claim();
            if (annotationsById.get(claim.id()).size() > 1) {
                claim = new Claim(
                        claim.id() + "-" + shortHash(one.annotationId()),
                        claim.statement(),
                        claim.quote(),
                        claim.source(),
                        claim.offset(),
                        claim.outlet(),
                        claim.prefix(),
                        claim.suffix());
            }
            claims.add(claim);
        }
        return claims;
    }

    private static String shortHash(String text) {
        return SourceFiles.sha256(text.getBytes(StandardCharsets.UTF_8)).substring(0, 8);
    }

    /** The registry's sources by url, and their texts as they are needed. */
    private static final class Sources {
        private final String registryName;
        private final String sourcesPrefix;
        private final Map<String, SourceEntry> byUrl = new LinkedHashMap<>();
        private final Map<String, SourceEntry> byFile = new LinkedHashMap<>();
        private final Map<String, Optional<SourceText>> texts = new HashMap<>();
        private final SourceFiles files;
        private final List<Problem> problems = new ArrayList<>();

        Sources(Dataset dataset) {
            this.files = new SourceFiles(dataset);
            this.registryName = dataset.displayName(dataset.registryFile());
            this.sourcesPrefix = dataset.displayName(dataset.sourcesDirectory()) + "/";
            dataset.registry().ifPresent(registry -> {
                problems.addAll(registry.problems());
                for (LocatedSourceEntry located : registry.entries()) {
                    SourceEntry entry = located.entry();
                    byFile.putIfAbsent(entry.file(), entry);
                    entry.url().ifPresent(url -> byUrl.putIfAbsent(withoutFragment(url.toString()), entry));
                }
            });
        }

        /** The source an annotation's target names: by its url in the registry, or by its path, as an export without urls writes it. */
        Optional<SourceEntry> entryFor(String target) {
            SourceEntry byItsUrl = byUrl.get(withoutFragment(target));
            if (byItsUrl != null) {
                return Optional.of(byItsUrl);
            }
            if (target.startsWith(sourcesPrefix)) {
                return Optional.ofNullable(byFile.get(target.substring(sourcesPrefix.length())));
            }
            return Optional.empty();
        }

        Optional<SourceText> text(String file) {
            return texts.computeIfAbsent(file, path -> {
                try {
                    return Optional.of(files.load(path).text());
                } catch (SourceException e) {
                    return Optional.empty(); // the check will say why the source cannot be read
                }
            });
        }

        private static String withoutFragment(String iri) {
            int hash = iri.indexOf('#');
            return hash < 0 ? iri : iri.substring(0, hash);
        }
    }
}
