package io.github.factmaven.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.locate;
import static org.apache.spark.sql.functions.when;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.SourceRegistry;
import io.github.factmaven.spark.internal.Rows;
import io.github.factmaven.spark.internal.Schemas;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A fact-maven dataset folder on any file system Spark reads ({@code s3://}, {@code abfss://},
 * {@code gs://}, {@code hdfs://}, a local path): its {@code claims/**}{@code /*.json} read by the
 * library's own claims reader, so that places and problems are those the plugin reports, and its
 * {@code sources/} read as bytes.
 */
public final class DatasetFolder {

    private final SparkSession spark;
    private final String folder;

    private DatasetFolder(SparkSession spark, String folder) {
        this.spark = spark;
        this.folder = folder.endsWith("/") ? folder.substring(0, folder.length() - 1) : folder;
    }

    /**
     * @param spark  the session
     * @param folder the dataset's folder, the one that holds {@code claims/} and {@code sources/}
     * @return the dataset there
     */
    public static DatasetFolder of(SparkSession spark, String folder) {
        return new DatasetFolder(spark, folder);
    }

    /** @return the entries of every claims file, files named {@code claims/<path>} as the plugin names them */
    public Dataset<Row> claims() {
        String claims = folder + "/claims";
        return binaryFiles(claims, "*.json")
                .flatMap(new ClaimsFiles(pathOf(claims), "claims/", false), Encoders.row(Schemas.CLAIMS));
    }

    /**
     * @return the entries of every claims file as the check passes them on ({@link Schemas#ENTRIES}),
     *     each made where its file is read
     */
    Dataset<Row> entries() {
        String claims = folder + "/claims";
        return binaryFiles(claims, "*.json")
                .flatMap(new ClaimsFiles(pathOf(claims), "claims/", true), Encoders.row(Schemas.ENTRIES));
    }

    /** @return every source file but the registry, with its path relative to {@code sources/} and its bytes */
    public Dataset<Row> sources() {
        String sources = folder + "/sources";
        String marker = pathOf(sources) + "/";
        // columns, not a Java function, so that a query of the paths alone does not read the bytes
        Column at = locate(marker, col("path"));
        Column path = when(at.gt(0), col("path").substr(at.plus(marker.length()), lit(Integer.MAX_VALUE)))
                .otherwise(col("path"));
        return binaryFiles(sources, "*")
                .select(path.as("path"), col("content"))
                .filter(col("path").notEqual(SourceRegistry.FILE_NAME));
    }

    /** @return true if the claims folder holds a claims file ({@code *.json}), listed without being read */
    public boolean hasClaimsFiles() {
        return !binaryFiles(folder + "/claims", "*.json").select("path").isEmpty();
    }

    /** @return the sources registry's bytes ({@code sources/sources.json}), read on the driver, if there is one */
    public Optional<byte[]> registry() {
        String sources = folder + "/sources";
        String marker = pathOf(sources) + "/";
        // every sources.json below, of which only the one at the top is the registry
        return binaryFiles(sources, SourceRegistry.FILE_NAME).collectAsList().stream()
                .filter(file -> relative(file.getAs("path"), marker).equals(SourceRegistry.FILE_NAME))
                .map(file -> file.<byte[]>getAs("content"))
                .findFirst();
    }

    private Dataset<Row> binaryFiles(String folder, String names) {
        return spark.read()
                .format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", names)
                .load(folder)
                .select("path", "content");
    }

    /**
     * The path part of a folder as the files Spark lists under it write it: Spark qualifies paths
     * (a local {@code /data/x} is {@code file:/data/x}), but keeps the path.
     */
    private static String pathOf(String folder) {
        try {
            URI uri = new URI(folder);
            if (uri.getScheme() != null && uri.getPath() != null) {
                return uri.getPath();
            }
        } catch (URISyntaxException e) {
            // a plain local path with characters a URI may not hold
        }
        return Path.of(folder).toAbsolutePath().normalize().toString();
    }

    /** The part of a listed file's path after its folder's. */
    static String relative(String listed, String folderMarker) {
        int at = listed.indexOf(folderMarker);
        return at < 0 ? listed : listed.substring(at + folderMarker.length());
    }

    /** Claims files parsed where they are read. */
    private static final class ClaimsFiles implements FlatMapFunction<Row, Row> {

        /** Spark sends the function to its tasks as a serialized object. */
        private static final long serialVersionUID = 1L;

        private final String marker;
        private final String prefix;
        private final boolean packed;

        /**
         * @param packed true for entry rows ({@link Schemas#ENTRIES}), false for claims rows
         *     ({@link Schemas#CLAIMS})
         */
        ClaimsFiles(String folder, String prefix, boolean packed) {
            this.marker = folder + "/";
            this.prefix = prefix;
            this.packed = packed;
        }

        @Override
        public java.util.Iterator<Row> call(Row file) throws IOException {
            String name = prefix + relative(file.getAs("path"), marker);
            ClaimsFile read = new ClaimsFileReader().read(new ByteArrayInputStream(file.getAs("content")), name);
            List<Row> entries = new ArrayList<>();
            read.problems().forEach(problem -> entries.add(Rows.fileProblem(problem)));
            read.invalidClaims().forEach(invalid -> entries.add(Rows.invalid(invalid)));
            read.claims().forEach(claim -> entries.add(Rows.claim(claim)));
            if (packed) {
                entries.replaceAll(Rows::entry);
            }
            return entries.iterator();
        }
    }
}
