package io.github.factmaven.spark.internal;

import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.CheckInParts;
import io.github.factmaven.validator.api.ClaimGroup;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/** The entries that share an id: each claim among them fails, and their group is a warning. */
public final class SameIds implements FlatMapGroupsFunction<String, Row, Row> {

    /** Spark sends the function to its tasks as a serialized object. */
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(String id, Iterator<Row> entries) {
        List<Row> all = new ArrayList<>();
        entries.forEachRemaining(all::add);
        List<Row> rows = all.stream().map(Rows::claimsRowOf).toList();
        ClaimGroup group =
                CheckInParts.sameId(id, rows.stream().map(Rows::locationOf).toList());
        List<Row> steps = new ArrayList<>();
        steps.add(Rows.step("warning", Rows.group(group)));
        for (Row entry : rows) {
            if (Rows.CLAIM.equals(entry.getAs("entry"))) {
                LocatedClaim claim = Rows.claimOf(entry);
                steps.add(Rows.step("result", Rows.result(CheckInParts.duplicateId(claim, group))));
            }
        }
        return steps.iterator();
    }
}
