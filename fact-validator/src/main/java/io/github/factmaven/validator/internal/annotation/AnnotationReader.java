package io.github.factmaven.validator.internal.annotation;

import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * Reads the annotations of one document: the W3C Web Annotation model in JSON-LD (an
 * {@code Annotation}, an {@code AnnotationPage}, an {@code AnnotationCollection} with its pages
 * embedded, or a list of annotations) or the Hypothesis API's format (a search result's
 * {@code rows}, or one annotation). What is not an annotation that can become a claim is a problem
 * naming where it is written and why.
 */
public final class AnnotationReader {

    private AnnotationReader() {}

    /** How a format counts a {@code TextPositionSelector}'s start. */
    public enum PositionUnit {
        /** As the W3C model asks: Unicode code points. */
        CODE_POINTS,
        /** As JavaScript strings count, and so the Hypothesis client: UTF-16 code units. */
        UTF_16
    }

    /**
     * One annotation as its document states it, before it is matched with a source.
     *
     * @param id the annotation's id, if it has one
     * @param location where the annotation is written
     * @param statement the text of its textual body, if any
     * @param target the IRI of the resource it annotates
     * @param exact the {@code TextQuoteSelector}'s exact text
     * @param prefix its prefix; empty if none or empty
     * @param suffix its suffix; likewise
     * @param start the {@code TextPositionSelector}'s start, if it has one
     * @param unit what the start counts
     */
    public record Annotation(
            Optional<String> id,
            Location location,
            Optional<String> statement,
            String target,
            String exact,
            Optional<String> prefix,
            Optional<String> suffix,
            OptionalLong start,
            PositionUnit unit) {

        /** @return how messages name the annotation: its id, or its place in the file */
        public String name() {
            return id.map(value -> "annotation " + value).orElse("the annotation at " + location);
        }
    }

    /**
     * @param annotations what could be read
     * @param problems what could not, each where it is written
     * @param found how many annotations the document holds, read or not
     */
    public record Document(List<Annotation> annotations, List<Problem> problems, int found) {}

    /**
     * @param root a document's value
     * @return its annotations and what kept others from being read
     */
    public static Document read(LocatedJson root) {
        List<Annotation> annotations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = entries(root, problems);
        for (Entry entry : entries) {
            annotation(entry.json(), entry.unit(), problems).ifPresent(annotations::add);
        }
        return new Document(annotations, problems, entries.size());
    }

    private record Entry(LocatedJson json, PositionUnit unit) {}

    private static List<Entry> entries(LocatedJson root, List<Problem> problems) {
        List<Entry> entries = new ArrayList<>();
        if (root.value() instanceof List<?>) {
            root.items().forEach(item -> entries.add(new Entry(item, unitOf(item))));
        } else if (root.get("rows").isPresent()) {
            root.items("rows").forEach(row -> entries.add(new Entry(row, PositionUnit.UTF_16)));
        } else if (root.hasType("AnnotationPage")) {
            root.items("items").forEach(item -> entries.add(new Entry(item, PositionUnit.CODE_POINTS)));
        } else if (root.hasType("AnnotationCollection")) {
            pages(root, problems)
                    .forEach(page -> page.items("items")
                            .forEach(item -> entries.add(new Entry(item, PositionUnit.CODE_POINTS))));
        } else if (root.isObject()
                && (root.hasType("Annotation") || root.get("target").isPresent())) {
            entries.add(new Entry(root, unitOf(root)));
        } else {
            problems.add(new Problem(
                    root.location(),
                    "not a W3C Annotation, AnnotationPage or AnnotationCollection, nor a Hypothesis search"
                            + " result or annotation"));
        }
        return entries;
    }

    /** A Hypothesis annotation has a {@code uri} and no JSON-LD type; everything else follows the W3C model. */
    private static PositionUnit unitOf(LocatedJson annotation) {
        return annotation.get("uri").isPresent() && annotation.get("type").isEmpty()
                ? PositionUnit.UTF_16
                : PositionUnit.CODE_POINTS;
    }

    /** The pages of a collection: its first page and each next one, as long as they are embedded (a tree cannot loop). */
    private static List<LocatedJson> pages(LocatedJson collection, List<Problem> problems) {
        List<LocatedJson> pages = new ArrayList<>();
        Optional<LocatedJson> page = collection.get("first");
        while (page.isPresent()) {
            LocatedJson current = page.get();
            if (!current.isObject()) {
                problems.add(new Problem(
                        current.location(),
                        "the page " + current.text().orElse("") + " is given by reference: pages are not fetched,"
                                + " so embed them in the collection or import each page's file"));
                break;
            }
            pages.add(current);
            page = current.get("next");
        }
        return pages;
    }

    private static Optional<Annotation> annotation(LocatedJson json, PositionUnit unit, List<Problem> problems) {
        Optional<String> id = json.text("id");
        String name = id.map(value -> "annotation " + value).orElse("annotation");
        if (!json.isObject()) {
            problems.add(new Problem(json.location(), "an annotation must be a JSON object"));
            return Optional.empty();
        }
        List<LocatedJson> targets = json.items("target");
        if (targets.isEmpty()) {
            problems.add(new Problem(json.location(), name + " has no target"));
            return Optional.empty();
        }
        for (LocatedJson target : targets) {
            Optional<LocatedJson> quote =
                    selectors(target, "TextQuoteSelector").stream().findFirst();
            if (quote.isEmpty()) {
                continue;
            }
            Optional<String> source =
                    target.isObject() ? target.text("source").or(() -> json.text("uri")) : target.text();
            if (source.isEmpty()) {
                problems.add(new Problem(target.location(), name + " has a target without a source"));
                return Optional.empty();
            }
            String exact = quote.get().text("exact").orElse("");
            if (exact.isEmpty()) {
                problems.add(new Problem(quote.get().location(), name + " has an empty \"exact\": it quotes nothing"));
                return Optional.empty();
            }
            OptionalLong start = selectors(target, "TextPositionSelector").stream()
                    .map(position ->
                            position.get("start").map(LocatedJson::whole).orElse(OptionalLong.empty()))
                    .filter(OptionalLong::isPresent)
                    .findFirst()
                    .orElse(OptionalLong.empty());
            return Optional.of(new Annotation(
                    id,
                    json.location(),
                    statement(json),
                    source.get(),
                    exact,
                    quote.get().text("prefix").filter(text -> !text.isEmpty()),
                    quote.get().text("suffix").filter(text -> !text.isEmpty()),
                    start.isPresent() && start.getAsLong() >= 0 ? start : OptionalLong.empty(),
                    unit));
        }
        String kinds = targets.stream()
                .flatMap(target -> target.items("selector").stream())
                .map(selector -> selector.text("type").orElse("untyped"))
                .distinct()
                .collect(Collectors.joining(", "));
        problems.add(new Problem(
                json.location(),
                name + " has no TextQuoteSelector, the only selector a claim can be made of"
                        + (kinds.isEmpty() ? " (its target is a whole resource)" : " (it has " + kinds + ")")));
        return Optional.empty();
    }

    private static List<LocatedJson> selectors(LocatedJson target, String type) {
        return target.items("selector").stream()
                .filter(selector -> selector.hasType(type))
                .toList();
    }

    /** The text of the first textual body that is not a tag: the W3C {@code bodyValue}, or Hypothesis's {@code text}. */
    private static Optional<String> statement(LocatedJson annotation) {
        Optional<String> direct = annotation.text("bodyValue").or(() -> annotation.text("text"));
        if (direct.isPresent()) {
            return direct.map(String::strip).filter(text -> !text.isEmpty());
        }
        return annotation.items("body").stream()
                .filter(body -> body.isObject()
                        && body.text("purpose").filter("tagging"::equals).isEmpty()
                        && (body.hasType("TextualBody") || body.get("value").isPresent()))
                .map(body -> body.text("value").orElse("").strip())
                .filter(text -> !text.isEmpty())
                .findFirst();
    }
}
