package io.github.factmaven.spark.internal;

import static org.apache.spark.sql.functions.first;

import io.github.factmaven.model.SourceRegistry;
import io.github.factmaven.model.SourceRegistryReader;
import io.github.factmaven.validator.CheckInParts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** What the sources registry says of a dataset's files, as rows: unregistered and unpinned sources, registered ones missing. */
public final class RegistryRows {

    private RegistryRows() {}

    /**
     * What the registry says of the dataset's files.
     *
     * @param warnings unregistered and unpinned sources, or that there is no registry
     * @param errors   the registry's problems, and registered files that do not exist
     */
    public record Findings(Dataset<Row> warnings, Dataset<Row> errors) {}

    /**
     * @param judged   whether provenance is judged at all: a dataset folder's, or one with a registry
     * @param registry the registry's bytes, if there is one
     * @param sources  the sources, by path
     * @return the warnings and errors
     */
    public static Findings of(boolean judged, Optional<byte[]> registry, Dataset<Row> sources) {
        SparkSession spark = sources.sparkSession();
        List<Row> warnings = new ArrayList<>();
        List<Row> errors = new ArrayList<>();
        Dataset<String> paths = sources.select("path").as(Encoders.STRING());
        Dataset<Row> unregistered = spark.createDataFrame(List.of(), Schemas.WARNINGS);
        if (judged && registry.isEmpty()) {
            long count = paths.count();
            if (count > 0) {
                String first = paths.reduce(
                        (ReduceFunction<String>) (one, another) -> one.compareTo(another) <= 0 ? one : another);
                warnings.add(Rows.warning(CheckInParts.noRegistry(first, (int) Math.min(count, Integer.MAX_VALUE))));
            }
        }
        if (registry.isPresent()) {
            SourceRegistry read = new SourceRegistryReader().read(registry.get(), CheckInParts.REGISTRY);
            Set<String> registered = new HashSet<>();
            read.entries().forEach(entry -> registered.add(entry.entry().file()));
            read.invalidEntries().forEach(invalid -> invalid.file().ifPresent(registered::add));
            Set<String> existing = new HashSet<>(
                    paths.filter((FilterFunction<String>) registered::contains).collectAsList());
            CheckInParts.RegistryFindings found = CheckInParts.registryFindings(read, existing);
            found.warnings().forEach(warning -> warnings.add(Rows.warning(warning)));
            found.errors().forEach(problem -> errors.add(Rows.problem(problem)));
            unregistered = paths.filter((FilterFunction<String>) path -> !registered.contains(path))
                    .map(
                            (MapFunction<String, Row>) path -> Rows.warning(CheckInParts.unregistered(path)),
                            Encoders.row(Schemas.WARNINGS));
        }
        return new Findings(
                spark.createDataFrame(warnings, Schemas.WARNINGS).unionByName(unregistered),
                spark.createDataFrame(errors, Schemas.PROBLEM));
    }

    /**
     * @param registry the sources registry's bytes, if the dataset has one, as a task receives them
     * @return the registry read and prepared to judge claims, once in each task that uses it
     */
    static Optional<CheckInParts.Registry> prepared(byte[] registry) {
        return Optional.ofNullable(registry)
                .map(bytes -> CheckInParts.Registry.of(new SourceRegistryReader().read(bytes, CheckInParts.REGISTRY)));
    }
}
