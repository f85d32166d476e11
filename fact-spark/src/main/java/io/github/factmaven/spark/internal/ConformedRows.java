package io.github.factmaven.spark.internal;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Rows from any table made safe to check: a claims row that cannot be a claim (a member missing, a
 * negative offset, an unknown kind of entry) becomes an entry that breaks the schema, with its
 * problem, rather than an exception that fails the job; a place left out is the table's first.
 */
public final class ConformedRows {

    private ConformedRows() {}

    /**
     * @param claims claims rows of the shape {@link Schemas#CLAIMS}, from anywhere
     * @return the same rows, each one a claim, an invalid entry or a file problem that the check can take
     */
    public static Dataset<Row> claims(Dataset<Row> claims) {
        Column isClaim = col("entry").equalTo(Rows.CLAIM);
        Column problem = when(
                        col("entry")
                                .isNull()
                                .or(col("entry")
                                        .isin(Rows.CLAIM, Rows.INVALID, Rows.FILE)
                                        .equalTo(false)),
                        lit("the row's \"entry\" is none of \"claim\", \"invalid\", \"file\""))
                .when(isClaim.and(col("id").isNull()), missing("id"))
                .when(isClaim.and(col("statement").isNull()), missing("statement"))
                .when(isClaim.and(col("quote").isNull()), missing("quote"))
                .when(isClaim.and(col("source").isNull()), missing("source"))
                .when(isClaim.and(col("outlet").isNull()), missing("outlet"))
                .when(isClaim.and(col("offset").lt(0)), lit("\"offset\" is negative: it counts code points from 0"))
                .when(
                        col("entry")
                                .equalTo(Rows.INVALID)
                                .and(coalesce(size(col("problems")), lit(0)).leq(0)),
                        lit("the row is an entry that breaks the schema, but names no problem"));
        Column file = coalesce(col("file"), lit("claims"));
        Column line = coalesce(col("line"), lit(1));
        Column column = coalesce(col("column"), lit(1));
        Column problems = coalesce(col("problems"), array());
        return claims.select(
                when(problem.isNull(), col("entry"))
                        .otherwise(lit(Rows.INVALID))
                        .as("entry"),
                col("id"),
                col("statement"),
                col("quote"),
                col("source"),
                col("offset"),
                col("outlet"),
                col("prefix"),
                col("suffix"),
                file.as("file"),
                line.as("line"),
                column.as("column"),
                coalesce(col("members"), array()).as("members"),
                when(problem.isNull(), problems)
                        .otherwise(array(
                                struct(file.as("file"), line.as("line"), column.as("column"), problem.as("message"))))
                        .as("problems"));
    }

    private static Column missing(String member) {
        return lit("the claim row has no \"" + member + "\"");
    }
}
