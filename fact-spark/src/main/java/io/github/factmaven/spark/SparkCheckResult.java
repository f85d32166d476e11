package io.github.factmaven.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a check on Spark found, as three tables.
 *
 * @param results  one row per claim and per entry that breaks the schema: {@code id}, where the entry
 *                 is ({@code file}, {@code line}, {@code column}), the {@code source} it cites, its
 *                 {@code status} ({@code VERIFIED} or a failure code), the {@code foundOffset} where
 *                 the quote or the closest passage was found, the {@code message} the plugin prints,
 *                 its {@code diagnostics} each with its place, its {@code warnings}, and the
 *                 {@code diagnosis}: the source, the offset the claim gave, the places found, the
 *                 passage's length, a likely cause, the {@code differences}, the {@code excerpts}
 *                 the message shows, and the source's text {@code aroundFound} and {@code
 *                 aroundOffset}, which the report page shows
 * @param warnings one row per warning about the dataset rather than one claim: claims that share an
 *                 id ({@code DUPLICATE_ID}) or a span ({@code DUPLICATE_SPAN}), with every member,
 *                 and spelling variants ({@code SPELLING_VARIANTS}), each with its {@code kind},
 *                 place and {@code message}
 * @param errors   one row per problem of a whole claims file (not JSON, not readable), with its place
 *                 and {@code message}
 */
public record SparkCheckResult(Dataset<Row> results, Dataset<Row> warnings, Dataset<Row> errors) {}
