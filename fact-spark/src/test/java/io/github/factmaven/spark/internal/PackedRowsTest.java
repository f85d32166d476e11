package io.github.factmaven.spark.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.ClaimsFile;
import io.github.factmaven.model.ClaimsFileReader;
import io.github.factmaven.model.LocatedClaim;
import io.github.factmaven.validator.FactChecker;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimGroup;
import io.github.factmaven.validator.api.ClaimResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A claim, a result or a warning packed into bytes between the check's stages comes back as it was. */
class PackedRowsTest {

    private static final ClaimsFile FILE = new ClaimsFileReader().parse("""
                    {"claims": [
                      {"id": "astral", "statement": "s", "quote": "\uD83D\uDE00 flags\u00a0and Ереван", "source": "a.txt",
                       "offset": 0, "outlet": "o", "prefix": "", "suffix": " then"},
                      {"id": "span", "statement": "s", "quote": "Kopyrkin", "source": "a.txt",
                       "offset": 40, "outlet": "o"},
                      {"id": "no-offset", "statement": "s", "quote": "Koprikin", "source": "a.txt", "outlet": "o"},
                      {"id": "same", "statement": "s", "quote": "Kopyrkin", "source": "a.txt", "offset": 40, "outlet": "o"},
                      {"id": "plain", "statement": "s", "quote": "Nikol Pashinyan", "source": "a.txt", "offset": 20,
                       "outlet": "o"},
                      {"id": "bad", "statement": 3}
                    ]}
                    """, "claims/a.json");

    private static final CheckResult CHECKED = new FactChecker()
            .check(
                    List.of(FILE),
                    Map.of(
                            "a.txt",
                            "\uD83D\uDE00 flags and Ереван. Nikol Pashinyan met Kopyrkin. Kopyrkin left."
                                    .getBytes(StandardCharsets.UTF_8)));

    @Test
    void aClaimComesBackWithEveryChar() {
        for (LocatedClaim claim : FILE.claims()) {
            Row packed = PackedRows.unpack(PackedRows.pack(Rows.claim(claim), Schemas.CLAIMS), Schemas.CLAIMS);
            assertEquals(claim, Rows.claimOf(packed));
        }
        FILE.invalidClaims()
                .forEach(invalid -> assertEquals(
                        invalid,
                        Rows.invalidOf(PackedRows.unpack(
                                PackedRows.pack(Rows.invalid(invalid), Schemas.CLAIMS), Schemas.CLAIMS))));
    }

    @Test
    void aLoneSurrogateComesBackAsItWas() {
        // Spark's own strings are UTF-8, which has no lone surrogate; the packing keeps every char
        Row problem = Rows.row(Schemas.PROBLEM, "claims/\ud800.json", 1, 2, "a lone \udc00 surrogate");
        assertEquals(problem, PackedRows.unpack(PackedRows.pack(problem, Schemas.PROBLEM), Schemas.PROBLEM));
    }

    @Test
    void aResultComesBackWithItsDiagnosis() {
        assertTrue(CHECKED.claims().stream().anyMatch(r -> r.diagnosis().isPresent()));
        for (ClaimResult result : CHECKED.claims()) {
            byte[] bytes = PackedRows.pack(Rows.result(result), Schemas.RESULTS);
            assertEquals(result, Rows.resultOf(PackedRows.unpack(bytes, Schemas.RESULTS), result.claim()));
            // as a step holds it: flat columns, and its details packed where it has any
            Row step = Rows.step("result", Rows.result(result));
            assertEquals(result, Rows.resultOf(Rows.unpacked(step, "result"), result.claim()));
        }
        assertTrue(
                CHECKED.claims().stream()
                        .anyMatch(r ->
                                Rows.step("result", Rows.result(r)).getStruct(1).isNullAt(8)),
                "a verified claim's result has no details to pack");
    }

    @Test
    void aGroupComesBackAsAStepHoldsIt() {
        assertTrue(!CHECKED.groups().isEmpty());
        for (ClaimGroup group : CHECKED.groups()) {
            Row step = Rows.step("warning", Rows.group(group));
            assertEquals(Optional.of(group), Rows.groupOf(Rows.unpacked(step, "warning")));
        }
    }

    @Test
    void anEntryKeepsWhatSparkGroupsItBy() {
        LocatedClaim claim = FILE.claims().get(0);
        Row entry = Rows.entry(Rows.claim(claim));
        assertEquals(List.of("claim", "astral", "a.txt"), List.of(entry.get(0), entry.get(1), entry.get(2)));
        assertEquals(claim, Rows.claimOf(Rows.claimsRowOf(entry)));
        // claims of one span share a hash: they go to one task where their source is split
        assertEquals(
                Rows.entry(Rows.claim(FILE.claims().get(1))).get(3),
                Rows.entry(Rows.claim(FILE.claims().get(3))).get(3));
    }
}
