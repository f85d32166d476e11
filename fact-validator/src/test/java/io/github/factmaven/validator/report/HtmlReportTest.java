package io.github.factmaven.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

    private static ClaimResult verified(int i) {
        return new ClaimResult(
                Optional.of("v" + i), new Location("claims/c.json", i + 2, 5), Status.VERIFIED, List.of());
    }

    @Test
    void aLargeCheckListsEveryFailureButOnlyTheFirstVerifiedClaims() {
        List<ClaimResult> claims = new ArrayList<>();
        for (int i = 0; i < HtmlReport.LISTED_VERIFIED + 3; i++) {
            claims.add(verified(i));
        }
        Location last = new Location("claims/c.json", HtmlReport.LISTED_VERIFIED + 10, 5);
        claims.add(new ClaimResult(
                Optional.of("late-failure"), last, Status.NOT_FOUND, List.of(new Diagnostic(last, "quote not found"))));

        String html = HtmlReport.toHtml(new CheckResult(claims, List.of(), List.of(), 1));

        assertEquals(HtmlReport.LISTED_VERIFIED + 1, count(html, "<article class=\"claim "));
        assertTrue(html.contains("<strong id=\"count-claims\">10004</strong>"), "the counts cover every claim");
        assertTrue(html.contains(">late-failure</strong>"), "a failure after the listed verified claims is listed");
        assertTrue(html.contains(">v9999</strong>"));
        assertFalse(html.contains(">v10000</strong>"));
        assertTrue(html.contains("<span id=\"shown\">10001</span> shown"));
        assertTrue(
                html.contains("<p id=\"unlisted\" class=\"label\">3 more verified claims without warnings are"
                        + " counted above but not listed"),
                "the page says what it leaves out");
    }

    @Test
    void aSmallCheckListsEveryClaim() {
        String html = HtmlReport.toHtml(new CheckResult(List.of(verified(0), verified(1)), List.of(), List.of(), 1));

        assertEquals(2, count(html, "<article class=\"claim "));
        assertFalse(html.contains("id=\"unlisted\""));
    }

    /** Two claims that only lack an offset and one typo are not "3 of 3 claims not supported by their sources". */
    @Test
    void theHeadlineSaysWhatKindOfTroubleTheFailedClaimsAreIn() {
        List<ClaimResult> claims = new ArrayList<>();
        claims.add(failed(0, Status.MISSING_OFFSET));
        claims.add(failed(1, Status.MISSING_OFFSET));
        claims.add(failed(2, Status.QUOTE_MISMATCH));
        claims.add(failed(3, Status.SOURCE_NOT_FOUND));
        claims.add(verified(4));

        String html = HtmlReport.toHtml(new CheckResult(claims, List.of(), List.of(), 1));

        assertTrue(
                html.contains(
                        "<p class=\"verdict failed\">1 quote differs from its source, 2 claims to complete with mvn"
                                + " fact:fix, 1 claim cannot be checked as it is</p>"),
                html);
        assertTrue(html.contains("<strong id=\"count-quotes\">1</strong> quote differs"), html);
        assertTrue(html.contains("<strong id=\"count-incomplete\">2</strong> to complete (mvn fact:fix)"), html);
        assertTrue(html.contains("<strong id=\"count-uncheckable\">1</strong> cannot be checked"), html);
        assertFalse(html.contains("not supported"), html);
    }

    private static ClaimResult failed(int i, Status status) {
        Location at = new Location("claims/c.json", i + 2, 5);
        return new ClaimResult(Optional.of("f" + i), at, status, List.of(new Diagnostic(at, "why")));
    }

    private static int count(String text, String what) {
        Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
