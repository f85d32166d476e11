package io.github.factmaven.spark.internal;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import java.util.Arrays;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The shapes of the rows the check reads and writes. */
public final class Schemas {

    private Schemas() {}

    /** Something said of a place in a claims file; the column counts code points. */
    public static final StructType PROBLEM = struct(
            field("file", StringType),
            field("line", IntegerType),
            field("column", IntegerType),
            field("message", StringType));

    /** A place in a claims file. */
    public static final StructType LOCATION =
            struct(field("file", StringType), field("line", IntegerType), field("column", IntegerType));

    /** Where one member of a claim is written in its entry. */
    public static final StructType MEMBER =
            struct(field("member", StringType), field("line", IntegerType), field("column", IntegerType));

    /**
     * A claims file's entry as read: a claim ({@code entry} is {@code claim}), an entry that breaks
     * the schema ({@code invalid}, with its problems), or a problem of a whole file ({@code file}).
     */
    public static final StructType CLAIMS = struct(
            field("entry", StringType),
            field("id", StringType),
            field("statement", StringType),
            field("quote", StringType),
            field("source", StringType),
            field("offset", IntegerType),
            field("outlet", StringType),
            field("prefix", StringType),
            field("suffix", StringType),
            field("file", StringType),
            field("line", IntegerType),
            field("column", IntegerType),
            field("members", createArrayType(MEMBER)),
            field("problems", createArrayType(PROBLEM)));

    /** A source as the check reads it: its path as claims cite it, and its bytes. */
    public static final StructType SOURCES = struct(field("path", StringType), field("content", BinaryType));

    /** A source's bytes for one task that needs them, by the task's key. */
    public static final StructType SOURCE_COPIES =
            struct(field("path", StringType), field("content", BinaryType), field("key", StringType));

    public static final StructType WARNING_OF_CLAIM = struct(
            field("kind", StringType),
            field("file", StringType),
            field("line", IntegerType),
            field("column", IntegerType),
            field("message", StringType));

    public static final StructType POSITION =
            struct(field("offset", IntegerType), field("line", IntegerType), field("column", IntegerType));

    public static final StructType DIFFERENCE = struct(
            field("kind", StringType),
            field("quoteIndex", IntegerType),
            field("quoteText", StringType),
            field("sourceOffset", IntegerType),
            field("sourceText", StringType),
            field("description", StringType));

    /** The quote beside the source where they differ, as the message shows it. */
    public static final StructType EXCERPT =
            struct(field("quote", StringType), field("source", StringType), field("markers", StringType));

    /** The source's text around a place a diagnosis points at, as the report page shows it. */
    public static final StructType PASSAGE = struct(
            field("from", IntegerType),
            field("start", IntegerType),
            field("end", IntegerType),
            field("text", StringType),
            field("atEnd", BooleanType));

    public static final StructType DIAGNOSIS = struct(
            field("source", StringType),
            field("expectedOffset", IntegerType),
            field("found", createArrayType(POSITION)),
            field("passageLength", IntegerType),
            field("cause", StringType),
            field("differences", createArrayType(DIFFERENCE)),
            field("excerpts", createArrayType(EXCERPT)),
            field("aroundFound", PASSAGE),
            field("aroundOffset", PASSAGE));

    /** One claim's result: what the plugin reports of it. */
    public static final StructType RESULTS = struct(
            field("id", StringType),
            field("file", StringType),
            field("line", IntegerType),
            field("column", IntegerType),
            field("source", StringType),
            field("status", StringType),
            field("foundOffset", IntegerType),
            field("message", StringType),
            field("diagnostics", createArrayType(PROBLEM)),
            field("warnings", createArrayType(WARNING_OF_CLAIM)),
            field("diagnosis", DIAGNOSIS));

    /** How many of a result's fields, the first, are flat columns: its details follow them. */
    public static final int RESULT_COLUMNS = RESULTS.fieldIndex("diagnostics");

    /** What a result holds beyond its flat columns: none for most verified claims. */
    public static final StructType DETAILS =
            struct(Arrays.copyOfRange(RESULTS.fields(), RESULT_COLUMNS, RESULTS.size()));

    /**
     * A result as the check's stages pass it on: the flat columns of {@link #RESULTS}, and its {@link
     * #DETAILS} packed ({@link PackedRows}), or none where it has none: Spark then moves and filters
     * results without a Java encoder, and a query of their statuses runs no Java code.
     */
    public static final StructType FLAT_RESULTS =
            struct(Arrays.copyOf(RESULTS.fields(), RESULT_COLUMNS)).add(field("details", BinaryType));

    public static final StructType GROUP_MEMBER = struct(
            field("id", StringType),
            field("file", StringType),
            field("line", IntegerType),
            field("column", IntegerType));

    /**
     * A warning about the dataset rather than one claim: a group of claims that share an id or a
     * span, or a group of spelling variants.
     */
    public static final StructType WARNINGS = struct(
            field("kind", StringType),
            field("file", StringType),
            field("line", IntegerType),
            field("column", IntegerType),
            field("message", StringType),
            field("shared", StringType),
            field("members", createArrayType(GROUP_MEMBER)),
            // the place of a spelling-variants warning among them, most frequent spelling first, as
            // the plugin lists them; null for other warnings, which their kind and place order
            field("variantOrder", IntegerType));

    /** A name's spelling with its count, and the hash of its lower-case form. */
    public static final StructType NAME_COUNTS =
            struct(field("spelling", StringType), field("count", IntegerType), field("lowercase", LongType));

    /** A name's spelling with its count and first places, and the hash of its lower-case form. */
    public static final StructType NAMES = struct(
            field("spelling", StringType),
            field("count", IntegerType),
            field("first", createArrayType(LOCATION)),
            field("lowercase", LongType));

    /**
     * A claims file's entry as the check's stages pass it on: what Spark groups and joins it by (its
     * kind of entry, its id, the source it cites, a hash of its span) in columns, and the whole entry
     * (a {@link #CLAIMS} row) packed ({@link PackedRows}).
     */
    public static final StructType ENTRIES = struct(
            field("entry", StringType),
            field("id", StringType),
            field("source", StringType),
            field("span", IntegerType),
            field("claim", BinaryType));

    /**
     * A task of the check: a source's path and bytes (none where no source has the path the claims
     * cite) with the claims, packed, that it checks; {@code key} says which of a split source's
     * tasks it is.
     */
    public static final StructType TASKS = struct(
            field("key", StringType),
            field("path", StringType),
            field("content", BinaryType),
            field("claims", createArrayType(BinaryType)));

    /**
     * What the parts of the check pass on: one of a claim (a {@link #CLAIMS} row) or a warning (a
     * {@link #WARNINGS} row), each packed ({@link PackedRows}), a result ({@link #FLAT_RESULTS}), or a
     * source's names or its words in lower case (both packed, see {@link PackedNames}).
     */
    public static final StructType STEPS = struct(
            field("claim", BinaryType),
            field("result", FLAT_RESULTS),
            field("warning", BinaryType),
            field("names", BinaryType),
            field("lowercase", BinaryType),
            field("path", StringType));

    private static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    private static StructField field(String name, DataType type) {
        return new StructField(name, type, true, Metadata.empty());
    }
}
