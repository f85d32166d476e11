package io.github.factmaven.validator.api;

import io.github.factmaven.model.Location;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Claims that share what only one claim should have: an id, or the span they cite. A group can be
 * as large as the dataset (a passage highlighted by a hundred thousand annotators), so it is
 * recorded once, here, with every member; each member's own message names a few of the others and
 * counts the rest ({@link #others}).
 *
 * @param kind    what the members share
 * @param shared  what they share, as messages say it: the id, or the span ("sources/a.txt, offset 12")
 * @param members every member, in the order of the claims files and of the claims in each file
 */
public record ClaimGroup(Kind kind, String shared, List<Member> members) {

    /** Other members a message names at most; the rest are counted. */
    public static final int NAMED = 3;

    /**
     * Makes an immutable copy of the members.
     *
     * @param kind what the members share
     * @param shared what they share, as messages say it: the id, or the span ("sources/a.txt, offset 12")
     * @param members every member, in the order of the claims files and of the claims in each file
     */
    public ClaimGroup {
        members = List.copyOf(members);
    }

    /** What the members of a group share; each name is the rule reports file them under. */
    public enum Kind {
        /** Claims with the same id: each fails with {@link Status#DUPLICATE_ID}. */
        DUPLICATE_ID,
        /** Claims with different ids that cite the same source, offset and quote ({@link WarningKind#DUPLICATE_SPAN}). */
        DUPLICATE_SPAN
    }

    /**
     * One claim of a group.
     *
     * @param id       the claim's id
     * @param location where the claim starts in its claims file
     */
    public record Member(String id, Location location) {}

    /**
     * Names the members other than one, a few and a count, as a member's message says them: {@code
     * claims/a.json:4:5, claims/b.json:9:5 and 1,204 other places}.
     *
     * @param self  the member the message is about, left out
     * @param name  how to name a member in the message
     * @param other what to call a member counted but not named ("other claim"); an "s" makes it plural
     * @return the first {@value #NAMED} other members and the count of the rest
     */
    public String others(Location self, Function<Member, String> name, String other) {
        List<Member> named = members.stream()
                .filter(member -> !member.location().equals(self))
                .limit(NAMED)
                .toList();
        int rest = members.size() - 1 - named.size();
        String list = named.stream().map(name).collect(Collectors.joining(", "));
        return rest <= 0 ? list : list + String.format(Locale.ROOT, " and %,d %s%s", rest, other, rest == 1 ? "" : "s");
    }
}
