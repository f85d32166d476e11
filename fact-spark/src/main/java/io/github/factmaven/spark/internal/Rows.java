package io.github.factmaven.spark.internal;

import io.github.factmaven.model.Claim;
import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.model.Location;
import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.CheckInParts;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Difference;
import io.github.factmaven.validator.api.DifferenceKind;
import io.github.factmaven.validator.api.Excerpt;
import io.github.factmaven.validator.api.Passage;
import io.github.factmaven.validator.api.SourcePosition;
import io.github.factmaven.validator.api.Status;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Claims, results, warnings and names as rows of {@link Schemas}, and back. */
public final class Rows {

    /** What a claims row holds: a claim. */
    public static final String CLAIM = "claim";
    /** What a claims row holds: an entry that breaks the schema. */
    public static final String INVALID = "invalid";
    /** What a claims row holds: a problem of a whole claims file. */
    public static final String FILE = "file";

    private Rows() {}

    /**
     * @param located a claim as read
     * @return its row
     */
    public static Row claim(LocatedClaim located) {
        Claim claim = located.claim();
        List<Row> members = new ArrayList<>();
        located.members().forEach((member, at) -> members.add(row(Schemas.MEMBER, member, at.line(), at.column())));
        Location at = located.location();
        return row(
                Schemas.CLAIMS,
                CLAIM,
                claim.id(),
                claim.statement(),
                claim.quote(),
                claim.source(),
                claim.offset().isPresent() ? claim.offset().getAsInt() : null,
                claim.outlet(),
                claim.prefix().orElse(null),
                claim.suffix().orElse(null),
                at.file(),
                at.line(),
                at.column(),
                members,
                List.of());
    }

    /**
     * @param invalid an entry that breaks the schema
     * @return its row
     */
    public static Row invalid(InvalidClaim invalid) {
        return notAClaim(
                INVALID,
                invalid.id(),
                invalid.location(),
                invalid.problems().stream().map(Rows::problem).toList());
    }

    /**
     * @param problem a problem of a whole claims file
     * @return its row
     */
    public static Row fileProblem(Problem problem) {
        return notAClaim(FILE, Optional.empty(), problem.location(), List.of(problem(problem)));
    }

    /** A claims row of an entry that is not a claim: its place and problems, and nothing of a claim. */
    private static Row notAClaim(String entry, Optional<String> id, Location at, List<Row> problems) {
        Object[] values = new Object[Schemas.CLAIMS.size()];
        values[Schemas.CLAIMS.fieldIndex("entry")] = entry;
        values[Schemas.CLAIMS.fieldIndex("id")] = id.orElse(null);
        values[Schemas.CLAIMS.fieldIndex("file")] = at.file();
        values[Schemas.CLAIMS.fieldIndex("line")] = at.line();
        values[Schemas.CLAIMS.fieldIndex("column")] = at.column();
        values[Schemas.CLAIMS.fieldIndex("members")] = List.of();
        values[Schemas.CLAIMS.fieldIndex("problems")] = problems;
        return row(Schemas.CLAIMS, values);
    }

    /**
     * @param row a claims row of a claim
     * @return the claim
     */
    public static LocatedClaim claimOf(Row row) {
        Integer offset = row.getAs("offset");
        Claim claim = new Claim(
                row.getAs("id"),
                row.getAs("statement"),
                row.getAs("quote"),
                row.getAs("source"),
                offset == null ? OptionalInt.empty() : OptionalInt.of(offset),
                row.getAs("outlet"),
                Optional.ofNullable(row.getAs("prefix")),
                Optional.ofNullable(row.getAs("suffix")));
        String file = row.getAs("file");
        Map<String, Location> members = new HashMap<>();
        for (Row member : Rows.<Row>list(row, "members")) {
            members.put(member.getString(0), new Location(file, member.getInt(1), member.getInt(2)));
        }
        return new LocatedClaim(claim, locationOf(row), members);
    }

    /**
     * @param row a claims row of an entry that breaks the schema
     * @return the entry
     */
    public static InvalidClaim invalidOf(Row row) {
        return new InvalidClaim(Optional.ofNullable(row.getAs("id")), locationOf(row), problemsOf(row));
    }

    /**
     * @param row a claims row of any entry
     * @return where it is
     */
    public static Location locationOf(Row row) {
        return new Location(row.getAs("file"), row.<Integer>getAs("line"), row.<Integer>getAs("column"));
    }

    /**
     * @param row a claims row
     * @return its problems
     */
    public static List<Problem> problemsOf(Row row) {
        return Rows.<Row>list(row, "problems").stream()
                .map(p -> new Problem(new Location(p.getString(0), p.getInt(1), p.getInt(2)), p.getString(3)))
                .toList();
    }

    /**
     * @param result a claim's result
     * @return its row
     */
    public static Row result(ClaimResult result) {
        Location at = result.location();
        Optional<Diagnosis> diagnosis = result.diagnosis();
        Integer foundOffset = diagnosis
                .filter(d -> !d.found().isEmpty())
                .map(d -> d.found().get(0).offset())
                .orElse(null);
        return row(
                Schemas.RESULTS,
                result.id().orElse(null),
                at.file(),
                at.line(),
                at.column(),
                result.claim().map(Claim::source).orElse(null),
                result.status().name(),
                foundOffset,
                result.verified() ? null : result.message(),
                result.diagnostics().stream()
                        .map(d -> problem(new Problem(d.location(), d.message())))
                        .toList(),
                result.warnings().stream().map(Rows::warningOfClaim).toList(),
                diagnosis.map(Rows::diagnosis).orElse(null));
    }

    /**
     * A claim's result from its row and the claim: all that messages, the diagnosis's facts and the
     * report page show, the passages of the source around them included.
     *
     * @param row   a result row
     * @param claim the claim, if the entry is one
     * @return the result
     */
    public static ClaimResult resultOf(Row row, Optional<Claim> claim) {
        Row diagnosis = row.getAs("diagnosis");
        return new ClaimResult(
                Optional.ofNullable(row.getAs("id")),
                new Location(row.getAs("file"), row.<Integer>getAs("line"), row.<Integer>getAs("column")),
                Status.valueOf(row.getAs("status")),
                Rows.<Row>list(row, "diagnostics").stream()
                        .map(d ->
                                new Diagnostic(new Location(d.getString(0), d.getInt(1), d.getInt(2)), d.getString(3)))
                        .toList(),
                Rows.<Row>list(row, "warnings").stream()
                        .map(w -> new Warning(
                                WarningKind.valueOf(w.getString(0)),
                                new Location(w.getString(1), w.getInt(2), w.getInt(3)),
                                w.getString(4)))
                        .toList(),
                Optional.ofNullable(diagnosis).map(Rows::diagnosisOf),
                claim);
    }

    /**
     * @param group claims that share an id or a span
     * @return its warning row, placed at its first member
     */
    public static Row group(ClaimGroup group) {
        Location first = group.members().get(0).location();
        String what = group.kind() == ClaimGroup.Kind.DUPLICATE_ID ? "use the id" : "cite the same span,";
        return row(
                Schemas.WARNINGS,
                group.kind().name(),
                first.file(),
                first.line(),
                first.column(),
                String.format(Locale.ROOT, "%,d claims %s %s", group.members().size(), what, quoted(group)),
                group.shared(),
                group.members().stream()
                        .map(m -> row(
                                Schemas.GROUP_MEMBER,
                                m.id(),
                                m.location().file(),
                                m.location().line(),
                                m.location().column()))
                        .toList(),
                null);
    }

    private static String quoted(ClaimGroup group) {
        return group.kind() == ClaimGroup.Kind.DUPLICATE_ID ? "\"" + group.shared() + "\"" : group.shared();
    }

    /**
     * @param warning a warning about the dataset
     * @return its row
     */
    public static Row warning(Warning warning) {
        return warning(warning, null);
    }

    /**
     * @param warning a spelling-variants warning
     * @param order   its place among them, most frequent spelling first
     * @return its row
     */
    public static Row warning(Warning warning, Integer order) {
        Location at = warning.location();
        return row(
                Schemas.WARNINGS,
                warning.kind().name(),
                at.file(),
                at.line(),
                at.column(),
                warning.message(),
                null,
                List.of(),
                order);
    }

    /**
     * @param row a warning row that is not a group's
     * @return the warning
     */
    public static Warning warningOf(Row row) {
        return new Warning(WarningKind.valueOf(row.getAs("kind")), locationOf(row), row.getAs("message"));
    }

    /**
     * @param row a warning row
     * @return the group of claims it tells of, if it is a group's
     */
    public static Optional<ClaimGroup> groupOf(Row row) {
        if (row.getAs("shared") == null) {
            return Optional.empty();
        }
        return Optional.of(new ClaimGroup(
                ClaimGroup.Kind.valueOf(row.getAs("kind")),
                row.getAs("shared"),
                Rows.<Row>list(row, "members").stream()
                        .map(m -> new ClaimGroup.Member(
                                m.getString(0), new Location(m.getString(1), m.getInt(2), m.getInt(3))))
                        .toList()));
    }

    /**
     * @param row a problem row
     * @return the problem
     */
    public static Problem problemOf(Row row) {
        return new Problem(locationOf(row), row.getAs("message"));
    }

    /**
     * @param name a spelling with its count and places
     * @return its row, with the hash of its lower-case form
     */
    public static Row name(CheckInParts.Name name) {
        return row(
                Schemas.NAMES,
                name.spelling(),
                name.count(),
                name.first().stream()
                        .map(at -> row(Schemas.LOCATION, at.file(), at.line(), at.column()))
                        .toList(),
                CheckInParts.lowerCaseHash(name.spelling()));
    }

    /**
     * @param row a names row
     * @return the spelling with its count and places
     */
    public static CheckInParts.Name nameOf(Row row) {
        return new CheckInParts.Name(
                row.getString(0),
                row.getInt(1),
                Rows.<Row>list(row, 2).stream()
                        .map(at -> new Location(at.getString(0), at.getInt(1), at.getInt(2)))
                        .toList());
    }

    /**
     * @param type   the row's shape
     * @param values its values, in order
     * @return a row that knows its shape, so that its fields can be had by name
     */
    public static Row row(StructType type, Object... values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = external(values[i]);
        }
        return new GenericRowWithSchema(values, type);
    }

    /**
     * A value as Spark's row encoder takes it on every Spark line: an array for a list (Spark 3.5
     * wants a Scala 2.12 sequence, Spark 4 one of Scala 2.13; both take an array).
     */
    private static Object external(Object value) {
        return value instanceof List<?> list ? list.toArray() : value;
    }

    /**
     * @param shape what the step row holds
     * @param value it: a row of its shape, which the step holds packed, or bytes already packed
     * @return a step row with only that
     */
    public static Row step(String shape, Object value) {
        Object[] values = new Object[Schemas.STEPS.size()];
        values[Schemas.STEPS.fieldIndex(shape)] = stepValue(shape, value);
        return new GenericRowWithSchema(values, Schemas.STEPS);
    }

    /**
     * @param step  a step row
     * @param shape another thing it holds
     * @param value that thing, as {@link #step} takes it
     * @return the step row with that too
     */
    public static Row with(Row step, String shape, Object value) {
        Object[] values = new Object[Schemas.STEPS.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = step.get(i);
        }
        values[Schemas.STEPS.fieldIndex(shape)] = stepValue(shape, value);
        return new GenericRowWithSchema(values, Schemas.STEPS);
    }

    private static Object stepValue(String shape, Object value) {
        if (!(value instanceof Row row)) {
            return value;
        }
        return shape.equals("result") ? flatResult(row) : PackedRows.pack(row, PACKED_SHAPES.get(shape));
    }

    /** The shape of each thing a step row holds packed. */
    private static final Map<String, StructType> PACKED_SHAPES =
            Map.of("claim", Schemas.CLAIMS, "warning", Schemas.WARNINGS);

    /** How many of a result's fields are flat columns, in both its shapes; its details follow them. */
    private static final int COLUMNS = Schemas.RESULT_COLUMNS;

    /** A result row ({@link Schemas#RESULTS}) as a step holds it ({@link Schemas#FLAT_RESULTS}). */
    private static Row flatResult(Row result) {
        Object[] values = new Object[Schemas.FLAT_RESULTS.size()];
        Object[] details = new Object[Schemas.DETAILS.size()];
        for (int i = 0; i < Schemas.RESULTS.size(); i++) {
            if (i < COLUMNS) {
                values[i] = result.get(i);
            } else {
                details[i - COLUMNS] = result.get(i);
            }
        }
        Row held = new GenericRowWithSchema(details, Schemas.DETAILS);
        values[COLUMNS] = holdsNothing(held) ? null : PackedRows.pack(held, Schemas.DETAILS);
        return new GenericRowWithSchema(values, Schemas.FLAT_RESULTS);
    }

    /** True if each of a result's details is none or an empty list, as most verified claims' are. */
    private static boolean holdsNothing(Row details) {
        for (int i = 0; i < details.size(); i++) {
            if (details.isNullAt(i)) {
                continue;
            }
            if (!(Schemas.DETAILS.fields()[i].dataType() instanceof ArrayType)
                    || !list(details, i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A result as a step holds it ({@link Schemas#FLAT_RESULTS}) as a result row ({@link Schemas#RESULTS}). */
    private static Row fullResult(Row flat) {
        Object[] values = new Object[Schemas.RESULTS.size()];
        for (int i = 0; i < COLUMNS; i++) {
            values[i] = flat.get(i);
        }
        Row details = flat.isNullAt(COLUMNS) ? null : PackedRows.unpack(flat.getAs(COLUMNS), Schemas.DETAILS);
        for (int i = 0; i < Schemas.DETAILS.size(); i++) {
            boolean list = Schemas.DETAILS.fields()[i].dataType() instanceof ArrayType;
            values[COLUMNS + i] = details != null ? details.get(i) : list ? new Object[0] : null;
        }
        return new GenericRowWithSchema(values, Schemas.RESULTS);
    }

    /**
     * @param step  a step row
     * @param shape a thing it holds: {@code claim}, {@code result} or {@code warning}
     * @return that thing's row ({@link Schemas#CLAIMS}, {@link Schemas#RESULTS}, {@link Schemas#WARNINGS})
     */
    public static Row unpacked(Row step, String shape) {
        if (shape.equals("result")) {
            return fullResult(step.getAs(shape));
        }
        return PackedRows.unpack(step.getAs(shape), PACKED_SHAPES.get(shape));
    }

    /**
     * @param steps step rows
     * @param shape a thing they hold: {@code claim}, {@code result} or {@code warning}
     * @return the rows of that thing, of those steps that hold one
     */
    public static Dataset<Row> unpacked(Dataset<Row> steps, String shape) {
        Dataset<Row> holding = steps.filter(functions.col(shape).isNotNull());
        if (shape.equals("result")) {
            return results(holding.select(functions.col("result.*")));
        }
        return holding.map(
                (MapFunction<Row, Row>) step -> unpacked(step, shape), Encoders.row(PACKED_SHAPES.get(shape)));
    }

    /**
     * Results as the plugin gives them ({@link Schemas#RESULTS}) from results as the check's steps
     * pass them on ({@link Schemas#FLAT_RESULTS}): the flat columns as they are, the details unpacked
     * only where a result has them, by a function Spark calls for those rows alone.
     */
    private static Dataset<Row> results(Dataset<Row> flat) {
        UserDefinedFunction unpack =
                functions.udf((UDF1<byte[], Row>) bytes -> PackedRows.unpack(bytes, Schemas.DETAILS), Schemas.DETAILS);
        Column none = functions.col("details").isNull();
        Column details = unpack.apply(functions.col("details"));
        Column[] columns = new Column[Schemas.RESULTS.size()];
        for (int i = 0; i < COLUMNS; i++) {
            columns[i] = functions.col(Schemas.RESULTS.fields()[i].name());
        }
        for (int i = 0; i < Schemas.DETAILS.size(); i++) {
            StructField field = Schemas.DETAILS.fields()[i];
            Column empty = field.dataType() instanceof ArrayType
                    ? functions.array().cast(field.dataType())
                    : functions.lit(null).cast(field.dataType());
            columns[COLUMNS + i] = functions
                    .when(none, empty)
                    .otherwise(details.getField(field.name()))
                    .as(field.name());
        }
        return flat.select(columns);
    }

    /**
     * @param claims a claims row ({@link Schemas#CLAIMS}) of any entry
     * @return its entry row ({@link Schemas#ENTRIES}), the claims row packed
     */
    public static Row entry(Row claims) {
        String quote = claims.getAs("quote");
        Integer offset = claims.getAs("offset");
        // claims of one span share a hash, so that they share a task where their source is split
        int span = 31 * (offset == null ? -1 : offset) + (quote == null ? 0 : quote.hashCode());
        return new GenericRowWithSchema(
                new Object[] {
                    claims.getAs("entry"),
                    claims.getAs("id"),
                    claims.getAs("source"),
                    span,
                    PackedRows.pack(claims, Schemas.CLAIMS)
                },
                Schemas.ENTRIES);
    }

    /**
     * @param entry an entry row ({@link Schemas#ENTRIES})
     * @return its claims row ({@link Schemas#CLAIMS})
     */
    public static Row claimsRowOf(Row entry) {
        return PackedRows.unpack(entry.getAs("claim"), Schemas.CLAIMS);
    }

    /**
     * @param problem a problem of a whole file
     * @return its row
     */
    public static Row problem(Problem problem) {
        Location at = problem.location();
        return row(Schemas.PROBLEM, at.file(), at.line(), at.column(), problem.message());
    }

    private static Row warningOfClaim(Warning warning) {
        Location at = warning.location();
        return row(
                Schemas.WARNING_OF_CLAIM, warning.kind().name(), at.file(), at.line(), at.column(), warning.message());
    }

    private static Row diagnosis(Diagnosis diagnosis) {
        return row(
                Schemas.DIAGNOSIS,
                diagnosis.source(),
                diagnosis.expectedOffset().isPresent()
                        ? diagnosis.expectedOffset().getAsInt()
                        : null,
                diagnosis.found().stream()
                        .map(p -> row(Schemas.POSITION, p.offset(), p.line(), p.column()))
                        .toList(),
                diagnosis.passageLength(),
                diagnosis.cause().orElse(null),
                diagnosis.differences().stream()
                        .map(d -> row(
                                Schemas.DIFFERENCE,
                                d.kind().name(),
                                d.quoteIndex(),
                                d.quoteText(),
                                d.sourceOffset(),
                                d.sourceText(),
                                d.description()))
                        .toList(),
                diagnosis.excerpts().stream()
                        .map(e -> row(Schemas.EXCERPT, e.quote(), e.source(), e.markers()))
                        .toList(),
                diagnosis.aroundFound().map(Rows::passage).orElse(null),
                diagnosis.aroundOffset().map(Rows::passage).orElse(null));
    }

    private static Row passage(Passage passage) {
        return row(Schemas.PASSAGE, passage.from(), passage.start(), passage.end(), passage.text(), passage.atEnd());
    }

    private static Optional<Passage> passageOf(Row row, String field) {
        Row passage = row.getAs(field);
        return Optional.ofNullable(passage)
                .map(p -> new Passage(p.getInt(0), p.getInt(1), p.getInt(2), p.getString(3), p.getBoolean(4)));
    }

    private static Diagnosis diagnosisOf(Row row) {
        Integer expected = row.getAs("expectedOffset");
        Function<Row, SourcePosition> position = p -> new SourcePosition(p.getInt(0), p.getInt(1), p.getInt(2));
        return new Diagnosis(
                row.getAs("source"),
                expected == null ? OptionalInt.empty() : OptionalInt.of(expected),
                Rows.<Row>list(row, "found").stream().map(position).toList(),
                row.<Integer>getAs("passageLength"),
                Optional.ofNullable(row.getAs("cause")),
                Rows.<Row>list(row, "differences").stream()
                        .map(d -> new Difference(
                                DifferenceKind.valueOf(d.getString(0)),
                                d.getInt(1),
                                d.getString(2),
                                d.getInt(3),
                                d.getString(4),
                                d.getString(5)))
                        .toList(),
                Rows.<Row>list(row, "excerpts").stream()
                        .map(e -> new Excerpt(e.getString(0), e.getString(1), e.getString(2)))
                        .toList(),
                passageOf(row, "aroundFound"),
                passageOf(row, "aroundOffset"));
    }

    /** A list field, whether the row was made here (an array) or came out of Spark (a Scala sequence). */
    private static <T> List<T> list(Row row, String field) {
        return list(row, row.fieldIndex(field));
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Row row, int field) {
        Object value = row.get(field);
        return value instanceof Object[] array ? (List<T>) Arrays.asList(array) : row.getList(field);
    }
}
