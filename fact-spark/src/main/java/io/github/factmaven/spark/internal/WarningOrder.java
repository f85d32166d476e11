package io.github.factmaven.spark.internal;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.WarningKind;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * The order in which the plugin lists a dataset's warnings and groups, for rows that a cluster
 * gathers in no order: the registry's findings (unpinned entries in the registry's order, then
 * unregistered sources in path order), then an empty claims folder, then spelling variants (most
 * frequent spelling first); groups of claims that share an id in the order their id is first used
 * again, then groups that share a span in the order of their first member.
 */
public final class WarningOrder {

    private static final List<WarningKind> KINDS = List.of(
            WarningKind.UNPINNED_SOURCE,
            WarningKind.UNREGISTERED_SOURCE,
            WarningKind.NO_CLAIMS,
            WarningKind.SPELLING_VARIANTS);

    private static final Comparator<Location> IN_FILE_ORDER = Comparator.comparing(Location::file)
            .thenComparingInt(Location::line)
            .thenComparingInt(Location::column);

    /** Warning rows that are not a group's, as the plugin lists the dataset's warnings. */
    public static final Comparator<Row> WARNINGS = Comparator.comparingInt(
                    (Row row) -> rank(WarningKind.valueOf(row.getAs("kind"))))
            .thenComparing(row -> row.<Integer>getAs("variantOrder"), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Rows::locationOf, IN_FILE_ORDER);

    /**
     * Groups as the plugin lists them: a group of one id is made when the id is used a second time,
     * a group of one span when its first member is met.
     */
    public static final Comparator<ClaimGroup> GROUPS = Comparator.comparing(ClaimGroup::kind)
            .thenComparing(
                    group -> group.members()
                            .get(group.kind() == ClaimGroup.Kind.DUPLICATE_ID ? 1 : 0)
                            .location(),
                    IN_FILE_ORDER);

    private WarningOrder() {}

    private static int rank(WarningKind kind) {
        int rank = KINDS.indexOf(kind);
        return rank < 0 ? KINDS.size() : rank;
    }
}
