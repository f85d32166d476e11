package io.github.factmaven.validator;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.EditedText;
import io.github.factmaven.model.InvalidUtf8Exception;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.LocatedSourceEntry;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.SourceEntry;
import io.github.factmaven.model.SourceRegistry;
import io.github.factmaven.model.SourceRegistryEditor;
import io.github.factmaven.model.SourceRegistryReader;
import io.github.factmaven.model.TextChange;
import io.github.factmaven.model.Utf8Text;
import io.github.factmaven.model.internal.RegularFile;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.FileFix;
import io.github.factmaven.validator.api.PinResult;
import io.github.factmaven.validator.internal.fix.UnifiedDiff;
import io.github.factmaven.validator.internal.source.SourceException;
import io.github.factmaven.validator.internal.source.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records in the sources registry the SHA-256 of each source's bytes, pinning its content: an entry
 * without a hash gets one, and a source file the registry lacks gets an entry when the claims that
 * cite it agree on its outlet. A recorded hash that differs from the file's is never replaced
 * unless asked ({@link #repinning()}): the change may be an edit that breaks claims, and must be
 * reviewed first. Only the registry is written, and only where it changes. Immutable and thread-safe.
 *
 * <pre>{@code
 * PinResult result = SourcePinner.pinning().pin(Dataset.inDirectory(Path.of("my-dataset")));
 * result.recorded().forEach(System.out::println);
 * if (result.registry().isPresent()) {
 *     result.registry().get().write();
 * }
 * }</pre>
 */
public final class SourcePinner {

    private final boolean repin;

    private SourcePinner(boolean repin) {
        this.repin = repin;
    }

    /** @return a pinner that records missing hashes and leaves differing ones alone */
    public static SourcePinner pinning() {
        return new SourcePinner(false);
    }

    /** @return a pinner that also replaces recorded hashes that differ from the files' */
    public static SourcePinner repinning() {
        return new SourcePinner(true);
    }

    /**
     * Works out the registry's new text, and writes nothing.
     *
     * @param dataset where the registry, sources and claims are
     * @return the registry to write, and what was recorded and left alone
     * @throws IOException if the registry or the claims directory cannot be read
     */
    public PinResult pin(Dataset dataset) throws IOException {
        Path file = dataset.registryFile();
        String name = dataset.displayName(file);
        boolean exists = Files.exists(file);
        byte[] before = exists ? RegularFile.readAllBytes(file) : new byte[0];
        String text;
        try {
            text = exists ? Utf8Text.decode(before) : SourceRegistryEditor.EMPTY;
        } catch (InvalidUtf8Exception e) {
            return new PinResult(Optional.empty(), List.of(), List.of(), List.of(name + ": " + e.getMessage()));
        }
        SourceRegistry registry = new SourceRegistryReader().parse(text, name);
        if (!registry.problems().isEmpty()) {
            return new PinResult(
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    registry.problems().stream()
                            .map(p -> p.location() + ": " + p.message() + "; nothing was pinned")
                            .toList());
        }
        SourceFiles sources = new SourceFiles(dataset);
        List<String> recorded = new ArrayList<>();
        List<String> leftAlone = new ArrayList<>();
        Map<Location, String> hashes = new LinkedHashMap<>();
        for (LocatedSourceEntry located : registry.entries()) {
            String source = located.entry().file();
            Optional<String> actual = hash(sources, source);
            if (actual.isEmpty()) {
                leftAlone.add(located.location() + ": " + source + " cannot be read, so its hash is not recorded");
                continue;
            }
            Optional<String> pinned = located.entry().sha256();
            if (pinned.isEmpty()) {
                hashes.put(located.location(), actual.get());
                recorded.add("recorded the SHA-256 of " + source);
            } else if (!pinned.get().equals(actual.get())) {
                if (repin) {
                    hashes.put(located.location(), actual.get());
                    recorded.add("replaced the SHA-256 of " + source + ": " + pinned.get()
                            + " was recorded, the file's is " + actual.get());
                } else {
                    leftAlone.add(located.locationOf("sha256") + ": " + source + " has changed since it was pinned ("
                            + pinned.get() + " recorded, the file's is " + actual.get()
                            + "); review the claims that cite"
                            + " it, then run mvn fact:pin -Dfact.repin=true");
                }
            }
        }
        List<SourceEntry> added = new ArrayList<>();
        Map<String, Set<String>> outlets = outletsBySource(dataset);
        for (String source : sources.list()) {
            if (registry.registers(source)) {
                continue;
            }
            Set<String> named = outlets.getOrDefault(source, Set.of());
            Optional<String> hash = hash(sources, source);
            if (named.size() == 1 && hash.isPresent()) {
                String outlet = named.iterator().next();
                added.add(SourceEntry.pinned(source, outlet, hash.get()));
                recorded.add("registered " + source + " with the outlet its claims name, \"" + outlet
                        + "\"; add its title, authors, URL and dates by hand");
            } else {
                leftAlone.add(dataset.displayName(dataset.sourcesDirectory().resolve(source)) + ":1:1: " + source
                        + " is not registered: "
                        + (named.isEmpty()
                                ? "no claim cites it, so its outlet is unknown"
                                : hash.isEmpty() ? "it cannot be read" : "its claims name several outlets " + named)
                        + "; add its entry by hand, then run mvn fact:pin again");
            }
        }
        if (hashes.isEmpty() && added.isEmpty()) {
            return new PinResult(Optional.empty(), recorded, leftAlone, List.of());
        }
        EditedText edited = new SourceRegistryEditor().apply(text, name, hashes, added);
        String diff = exists
                ? UnifiedDiff.of(name, text, edited.changes())
                : UnifiedDiff.of(name, "", List.of(new TextChange(0, 0, edited.text())));
        return new PinResult(
                Optional.of(new FileFix(file, name, before, edited.text(), diff)), recorded, leftAlone, List.of());
    }

    private static Optional<String> hash(SourceFiles sources, String source) {
        try {
            return Optional.of(sources.load(source).sha256());
        } catch (SourceException e) {
            return Optional.empty();
        }
    }

    /** The outlets the claims name for each source they cite, from every claims file that reads. */
    private static Map<String, Set<String>> outletsBySource(Dataset dataset) throws IOException {
        Map<String, Set<String>> outlets = new HashMap<>();
        if (!Files.isDirectory(dataset.claimsDirectory())) {
            return outlets;
        }
        ClaimsFileReader reader = new ClaimsFileReader();
        for (Path claimsFile : dataset.claimsFiles()) {
            ClaimsFile claims = reader.read(claimsFile, dataset.displayName(claimsFile));
            for (LocatedClaim claim : claims.claims()) {
                outlets.computeIfAbsent(claim.claim().source(), s -> new TreeSet<>())
                        .add(claim.claim().outlet());
            }
        }
        return outlets;
    }
}
