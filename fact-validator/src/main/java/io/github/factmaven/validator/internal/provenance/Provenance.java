package io.github.factmaven.validator.internal.provenance;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.InvalidSourceEntry;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.LocatedSourceEntry;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.SourceRegistry;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Dataset;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import io.github.factmaven.validator.internal.source.SourceException;
import io.github.factmaven.validator.internal.source.SourceFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sources registry says about a dataset's sources, and the checks it makes possible:
 * every source file registered, every registered file present and pinned, each claim's outlet the
 * registered one, each source's bytes the pinned ones.
 */
public final class Provenance {

    private final Optional<SourceRegistry> registry;
    private final List<Problem> errors;
    private final List<Warning> warnings;

    /**
     * Each registered file's first well-formed entry, as {@link SourceRegistry#entry} finds it: found
     * by a scan of the entries, it is looked up for every claim, and a registry of a million sources
     * judging a hundred million claims would scan for ever.
     */
    private final Map<String, LocatedSourceEntry> entries = new HashMap<>();

    private Provenance(Optional<SourceRegistry> registry, List<Problem> errors, List<Warning> warnings) {
        this.registry = registry;
        registry.ifPresent(read -> read.entries()
                .forEach(entry -> entries.putIfAbsent(entry.entry().file(), entry)));
        this.errors = List.copyOf(errors);
        this.warnings = List.copyOf(warnings);
    }

    /** @return the provenance of sources that have no registry to compare with: nothing to say */
    public static Provenance none() {
        return new Provenance(Optional.empty(), List.of(), List.of());
    }

    /**
     * @param registry a registry compared with its files elsewhere ({@link #ofRegistry})
     * @return the provenance that judges claims by it, and says nothing of files
     */
    public static Provenance judging(SourceRegistry registry) {
        return new Provenance(Optional.of(registry), List.of(), List.of());
    }

    /**
     * How a check tells whether a registered file exists, and names a file in messages.
     */
    public interface SourceFolder {
        /**
         * @param file a path as the registry writes it
         * @return true if a source file is there
         * @throws SourceException if the path is not one a source may have
         */
        boolean exists(String file) throws SourceException;

        /**
         * @param file a source's path
         * @return its name as messages show it, such as {@code sources/a.txt}
         */
        String displayName(String file);
    }

    /**
     * Compares the registry, if the dataset has one, with the sources directory: the registry the
     * source files read, so that a check reads it once.
     *
     * @param dataset where the registry and sources are
     * @param sources the dataset's source files
     * @return the registry and what comparing it with the files found
     */
    public static Provenance of(Dataset dataset, SourceFiles sources) {
        List<String> files = sources.list();
        String registryName = dataset.displayName(dataset.registryFile());
        SourceFolder folder = new SourceFolder() {
            @Override
            public boolean exists(String file) throws SourceException {
                return sources.exists(file);
            }

            @Override
            public String displayName(String file) {
                return dataset.displayName(dataset.sourcesDirectory().resolve(file));
            }
        };
        Optional<SourceRegistry> read = sources.registry();
        if (read.isEmpty()) {
            return new Provenance(
                    Optional.empty(),
                    List.of(),
                    files.isEmpty()
                            ? List.of()
                            : List.of(noRegistry(registryName, folder.displayName(files.get(0)), files.size())));
        }
        Provenance registered = ofRegistry(read.get(), folder);
        List<Warning> warnings = new ArrayList<>(registered.warnings);
        for (String file : files) {
            if (!read.get().registers(file)) {
                warnings.add(unregistered(registryName, folder.displayName(file), file));
            }
        }
        return new Provenance(registered.registry, registered.errors, warnings);
    }

    /**
     * The registry compared with the files it registers: its own problems, its invalid entries,
     * registered files that do not exist, and registered files without a pin. What it does not
     * register is the caller's to tell ({@link #unregistered}).
     *
     * @param registry the registry
     * @param folder   where its files are
     * @return the registry, to judge claims by, with what comparing it with its files found
     */
    public static Provenance ofRegistry(SourceRegistry registry, SourceFolder folder) {
        List<Problem> errors = new ArrayList<>(registry.problems());
        List<Warning> warnings = new ArrayList<>();
        for (InvalidSourceEntry invalid : registry.invalidEntries()) {
            errors.addAll(invalid.problems());
        }
        for (LocatedSourceEntry located : registry.entries()) {
            String file = located.entry().file();
            try {
                if (!folder.exists(file)) {
                    errors.add(new Problem(
                            located.locationOf("file"),
                            "\"" + file + "\" is registered, but " + folder.displayName(file) + " does not exist:"
                                    + " restore the file, or remove its entry if no claim needs it"));
                    continue;
                }
            } catch (SourceException e) {
                errors.add(new Problem(located.locationOf("file"), e.getMessage()));
                continue;
            }
            if (located.entry().sha256().isEmpty()) {
                warnings.add(
                        new Warning(
                                WarningKind.UNPINNED_SOURCE,
                                located.location(),
                                "\"" + file
                                        + "\" has no recorded SHA-256, so a change to it would go unnoticed: run mvn fact:pin"));
            }
        }
        return new Provenance(Optional.of(registry), errors, warnings);
    }

    /**
     * @param registryName the registry's name as messages show it, such as {@code sources/sources.json}
     * @param firstFile    the first source file, as messages name it
     * @param files        how many source files there are; at least one
     * @return the warning that there is no registry, said at the first source it concerns
     */
    public static Warning noRegistry(String registryName, String firstFile, int files) {
        return new Warning(
                WarningKind.UNREGISTERED_SOURCE,
                new Location(firstFile, 1, 1),
                "there is no sources registry " + registryName + ", so the provenance of the "
                        + (files == 1
                                ? "source file is not recorded and a change to it"
                                : files + " source files is not recorded and a change to them")
                        + " would go unnoticed: run mvn fact:pin to create it");
    }

    /**
     * @param registryName the registry's name as messages show it
     * @param shown        the source file as messages name it
     * @param file         the source's path, as claims cite it
     * @return the warning that the registry does not register the file
     */
    public static Warning unregistered(String registryName, String shown, String file) {
        return new Warning(
                WarningKind.UNREGISTERED_SOURCE,
                new Location(shown, 1, 1),
                "source file \"" + file + "\" is not registered in " + registryName
                        + ": run mvn fact:pin to register it with the outlet its claims name,"
                        + " or add an entry by hand");
    }

    /** @return problems of the registry and its entries, and registered files that do not exist */
    public List<Problem> errors() {
        return errors;
    }

    /** @return unregistered and unpinned sources */
    public List<Warning> warnings() {
        return warnings;
    }

    /**
     * @param source a source path as claims cite it
     * @return its first well-formed entry in the registry, if the registry has one
     */
    public Optional<LocatedSourceEntry> entry(String source) {
        return Optional.ofNullable(entries.get(source));
    }

    /**
     * @param source a source path as claims cite it
     * @return true if the registry records a SHA-256 for it: a promise that is kept by hashing the
     *         source's bytes on every check, never by trusting its size and time
     */
    public boolean pinned(String source) {
        return entry(source).flatMap(entry -> entry.entry().sha256()).isPresent();
    }

    /**
     * Fails a claim whose outlet is not its source's registered one, or whose source's bytes are not
     * the pinned ones. A claim that failed already keeps its status, and gains the new diagnostics.
     *
     * @param located the claim
     * @param result  the result of checking the claim's quote
     * @param sha256  the SHA-256 of the cited source's bytes, if it could be read
     * @return the result with what the registry adds
     */
    public ClaimResult judge(LocatedClaim located, ClaimResult result, Optional<String> sha256) {
        if (registry.isEmpty()) {
            return result;
        }
        Claim claim = located.claim();
        Optional<LocatedSourceEntry> registered = entry(claim.source());
        if (registered.isEmpty()) {
            return result;
        }
        LocatedSourceEntry entry = registered.get();
        Optional<String> pinned = entry.entry().sha256();
        if (pinned.isPresent() && sha256.isPresent() && !pinned.get().equals(sha256.get())) {
            String quote = result.verified() ? "The quote is still at its offset. " : "";
            result = result.prepend(
                    Status.SOURCE_CHANGED,
                    new Diagnostic(
                            located.locationOf("source"),
                            "source file " + claim.source() + " has changed since it was pinned: its SHA-256 is "
                                    + sha256.get() + ", but " + entry.locationOf("sha256") + " records " + pinned.get()
                                    + ". " + quote + "If the change is intended, review the claims that cite it and run"
                                    + " mvn fact:pin -Dfact.repin=true"));
        }
        String outlet = entry.entry().outlet();
        if (!claim.outlet().equals(outlet)) {
            result = result.append(
                    Status.OUTLET_MISMATCH,
                    new Diagnostic(
                            located.locationOf("outlet"),
                            "outlet \"" + claim.outlet() + "\" is not the outlet " + entry.locationOf("outlet")
                                    + " registers for " + claim.source() + ": \"" + outlet + "\""));
        }
        return result;
    }
}
