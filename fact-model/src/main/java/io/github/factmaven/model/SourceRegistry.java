package io.github.factmaven.model;

import java.util.List;
import java.util.Optional;

/**
 * What reading the sources registry produced. Reading never throws for bad content: a registry that
 * is not JSON has a problem and no entries; one with some bad entries keeps its good ones.
 *
 * @param name           the registry's path as shown to users
 * @param entries        the well-formed entries, in file order
 * @param invalidEntries the entries that violate the schema or the rules for dates and URLs
 * @param problems       problems of the registry as a whole (unreadable, malformed JSON...)
 */
public record SourceRegistry(
        String name,
        List<LocatedSourceEntry> entries,
        List<InvalidSourceEntry> invalidEntries,
        List<Problem> problems) {

    /** The registry's file name, in the sources directory. */
    public static final String FILE_NAME = "sources.json";

    /**
     * Makes immutable copies of the lists.
     *
     * @param name the registry's path as shown to users
     * @param entries the well-formed entries, in file order
     * @param invalidEntries the entries that violate the schema or the rules for dates and URLs
     * @param problems problems of the registry as a whole (unreadable, malformed JSON...)
     */
    public SourceRegistry {
        entries = List.copyOf(entries);
        invalidEntries = List.copyOf(invalidEntries);
        problems = List.copyOf(problems);
    }

    /**
     * @param file a path relative to the sources directory
     * @return its well-formed entry; the first one if the file is registered twice
     */
    public Optional<LocatedSourceEntry> entry(String file) {
        return entries.stream()
                .filter(entry -> entry.entry().file().equals(file))
                .findFirst();
    }

    /**
     * @param file a path relative to the sources directory
     * @return true if an entry, well-formed or not, names the file
     */
    public boolean registers(String file) {
        return entry(file).isPresent()
                || invalidEntries.stream()
                        .anyMatch(invalid -> invalid.file().filter(file::equals).isPresent());
    }
}
