package io.github.factmaven.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.InvalidUtf8Exception;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.model.Utf8Text;
import io.github.factmaven.spark.internal.Rows;
import io.github.factmaven.spark.internal.Schemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/**
 * Claims kept in a data lake rather than in claims files: as JSON Lines (one claim object per line,
 * in as many files as there are), each line read by the library's own claims reader, so a line that
 * is not a claim is {@code INVALID_CLAIM} with the problems the plugin would report, placed at its
 * file, line and column; or as a table with a column per member of a claim.
 */
public final class ClaimsTable {

    private ClaimsTable() {}

    /**
     * @param spark the session
     * @param path  a JSON Lines file, or a folder of them (every file below it), on any file system Spark reads
     * @return the claims, as {@link SparkFactCheck#check(Dataset, Dataset)} takes them; each file named
     *     by its path as Spark lists it
     */
    public static Dataset<Row> jsonLines(SparkSession spark, String path) {
        return spark.read()
                .format("binaryFile")
                .option("recursiveFileLookup", "true")
                .load(path)
                .select("path", "content")
                .flatMap(new Lines(), Encoders.row(Schemas.CLAIMS));
    }

    /**
     * A table of claims, one per row, in columns named as the claims schema names a claim's members
     * ({@code id}, {@code statement}, {@code quote}, {@code source}, {@code offset}, {@code outlet},
     * {@code prefix}, {@code suffix}): a Parquet or Delta table, say. Where a row is, messages say by
     * the table's {@code file}, {@code line} and {@code column} columns where it has them (its source
     * file and row number, say), else by the table's name. A row that lacks a member the claims
     * schema requires is {@code INVALID_CLAIM}.
     *
     * @param table the table
     * @param name  what messages call the table where it has no {@code file} column
     * @return the claims, as {@link SparkFactCheck#check(Dataset, Dataset)} takes them
     */
    public static Dataset<Row> of(Dataset<Row> table, String name) {
        Set<String> columns = Set.of(table.columns());
        Column[] claims = new Column[Schemas.CLAIMS.size()];
        for (StructField field : Schemas.CLAIMS.fields()) {
            String member = field.name();
            Column value = switch (member) {
                case "entry" -> lit(Rows.CLAIM);
                case "file" -> columns.contains(member) ? col(member).cast("string") : lit(name);
                case "line", "column" -> columns.contains(member) ? col(member).cast("int") : lit(1);
                case "members", "problems" -> lit(null).cast(field.dataType());
                default ->
                    columns.contains(member)
                            ? col(member).cast(field.dataType())
                            : lit(null).cast(field.dataType());
            };
            claims[Schemas.CLAIMS.fieldIndex(member)] = value.as(member);
        }
        return table.select(claims);
    }

    /** JSON Lines files parsed where they are read, line by line. */
    private static final class Lines implements FlatMapFunction<Row, Row> {

        /** Spark sends the function to its tasks as a serialized object. */
        private static final long serialVersionUID = 1L;

        /** Each line is read as the only claim of a claims file: its columns are shifted by this. */
        private static final String BEFORE = "{\"claims\": [";

        private static final String AFTER = "]}";

        @Override
        public Iterator<Row> call(Row file) {
            String name = file.getAs("path");
            String text;
            try {
                text = Utf8Text.decode(file.getAs("content"));
            } catch (InvalidUtf8Exception e) {
                return List.of(Rows.fileProblem(new Problem(new Location(name, e.line(), 1), e.getMessage())))
                        .iterator();
            }
            ClaimsFileReader reader = new ClaimsFileReader();
            List<Row> entries = new ArrayList<>();
            String[] lines = text.split("\r?\n|\r", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    entries.addAll(entries(reader.parse(BEFORE + lines[i] + AFTER, name), name, i + 1));
                }
            }
            return entries.iterator();
        }

        /** The one claim of a line, placed in its file: a line that holds another number of values is a problem. */
        private static List<Row> entries(ClaimsFile read, String name, int line) {
            List<Row> entries = new ArrayList<>();
            read.problems().forEach(problem -> entries.add(Rows.fileProblem(moved(problem, line))));
            if (read.problems().isEmpty()
                    && read.claims().size() + read.invalidClaims().size() != 1) {
                entries.add(Rows.fileProblem(new Problem(
                        new Location(name, line, 1),
                        "line " + line + " holds "
                                + (read.claims().size() + read.invalidClaims().size())
                                + " JSON values: a JSON Lines file holds one claim object per line")));
                return entries;
            }
            for (InvalidClaim invalid : read.invalidClaims()) {
                entries.add(Rows.invalid(new InvalidClaim(
                        invalid.id(),
                        moved(invalid.location(), line),
                        invalid.problems().stream().map(p -> moved(p, line)).toList())));
            }
            for (LocatedClaim claim : read.claims()) {
                Map<String, Location> members = new HashMap<>();
                claim.members().forEach((member, at) -> members.put(member, moved(at, line)));
                entries.add(Rows.claim(new LocatedClaim(claim.claim(), moved(claim.location(), line), members)));
            }
            return entries;
        }

        private static Problem moved(Problem problem, int line) {
            return new Problem(moved(problem.location(), line), problem.message());
        }

        /** A place in the wrapped line, put back in the file's line: the wrapping is on line 1, before the text. */
        private static Location moved(Location at, int line) {
            return new Location(at.file(), line, Math.max(1, at.column() - BEFORE.length()));
        }
    }
}
