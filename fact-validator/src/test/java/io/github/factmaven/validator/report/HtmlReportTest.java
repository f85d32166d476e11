package io.github.factmaven.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.model.Location;
import io.github.factmaven.validator.CheckResult;
import io.github.factmaven.validator.ClaimResult;
import io.github.factmaven.validator.Dataset;
import io.github.factmaven.validator.Diagnostic;
import io.github.factmaven.validator.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static ClaimResult verified(int i) {
        return new ClaimResult(
                Optional.of("v" + i), new Location("claims/c.json", i + 2, 5), Status.VERIFIED, List.of());
    }

    @Test
    void aLargeCheckListsEveryFailureButOnlyTheFirstVerifiedClaims(@TempDir Path project) {
        List<ClaimResult> claims = new ArrayList<>();
        for (int i = 0; i < HtmlReport.LISTED_VERIFIED + 3; i++) {
            claims.add(verified(i));
        }
        Location last = new Location("claims/c.json", HtmlReport.LISTED_VERIFIED + 10, 5);
        claims.add(new ClaimResult(
                Optional.of("late-failure"), last, Status.NOT_FOUND, List.of(new Diagnostic(last, "quote not found"))));

        String html = HtmlReport.toHtml(new CheckResult(claims, List.of(), List.of(), 1), Dataset.inDirectory(project));

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
    void aSmallCheckListsEveryClaim(@TempDir Path project) {
        String html = HtmlReport.toHtml(
                new CheckResult(List.of(verified(0), verified(1)), List.of(), List.of(), 1),
                Dataset.inDirectory(project));

        assertEquals(2, count(html, "<article class=\"claim "));
        assertFalse(html.contains("id=\"unlisted\""));
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
