package io.github.factmaven.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.InvalidClaim;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Warning;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a row holds of a claim, a result, a group or a warning comes back out of it whole. */
class RowsTest {

    private static final ClaimsFile FILE = new ClaimsFileReader().parse("""
                    {"claims": [
                      {"id": "moved", "statement": "s", "quote": "Vladimir\u00a0Putin", "source": "a.txt",
                       "offset": 3, "outlet": "o", "prefix": "met ", "suffix": " in"},
                      {"id": "moved", "statement": "s", "quote": "Kopyrkin left", "source": "a.txt", "offset": 0,
                       "outlet": "o"},
                      {"id": "no-offset", "statement": "s", "quote": "Koprikin", "source": "a.txt", "outlet": "o"},
                      {"id": "missing", "statement": "s", "quote": "x", "source": "gone.txt", "offset": 0, "outlet": "o"},
                      {"id": "bad", "statement": 3}
                    ]}
                    """, "claims/a.json");

    private static final CheckResult CHECKED = new FactChecker()
            .check(
                    List.of(FILE),
                    Map.of(
                            "a.txt",
                            "Nikol Pashinyan met Vladimir Putin in Moscow. Kopyrkin left. Kopyrkin."
                                    .getBytes(StandardCharsets.UTF_8)));

    @Test
    void aClaimComesBackWithItsMembersPlaces() {
        for (LocatedClaim claim : FILE.claims()) {
            assertEquals(claim, Rows.claimOf(Rows.claim(claim)));
        }
    }

    @Test
    void anInvalidEntryComesBackWithItsProblems() {
        for (InvalidClaim invalid : FILE.invalidClaims()) {
            assertEquals(invalid, Rows.invalidOf(Rows.invalid(invalid)));
        }
    }

    @Test
    void aResultComesBackWhole() {
        for (ClaimResult result : CHECKED.claims()) {
            // the passages of the source and the excerpts too, which the report page shows
            assertEquals(result, Rows.resultOf(Rows.result(result), result.claim()));
        }
        assertTrue(
                CHECKED.claims().stream()
                        .anyMatch(result -> result.diagnosis()
                                        .flatMap(Diagnosis::aroundFound)
                                        .isPresent()
                                && !result.diagnosis().get().excerpts().isEmpty()),
                "a failure with a passage and an excerpt is among those that come back");
    }

    @Test
    void groupsAndWarningsComeBack() {
        for (ClaimGroup group : CHECKED.groups()) {
            assertEquals(Optional.of(group), Rows.groupOf(Rows.group(group)));
        }
        for (Warning warning : CHECKED.warnings()) {
            assertEquals(warning, Rows.warningOf(Rows.warning(warning)));
            assertEquals(Optional.empty(), Rows.groupOf(Rows.warning(warning)));
        }
    }
}
