package io.github.factmaven.validator;

import static io.github.factmaven.validator.TestDataset.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnosis;
import io.github.factmaven.validator.api.Passage;
import io.github.factmaven.validator.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The passages a page shows are taken when the source is checked: a page never reads a source again. */
class ReportPassagesTest {

    private static final String TEXT = "Russian ambassador Sergei Kopyrkin was summoned on October 24.";

    @TempDir
    Path project;

    @Test
    void aPageShowsTheSourcesTextAroundAFailureAfterTheSourceIsGone() throws IOException {
        TestDataset dataset = new TestDataset(project);
        dataset.source("a.txt", TEXT);
        dataset.claims("one.json", claim("typo", "Sergei Kopyrkin wsa", "a.txt", 19));
        CheckResult result = dataset.check();
        Files.delete(project.resolve("sources/a.txt"));

        String page = HtmlReport.toHtml(result);

        assertTrue(page.contains("closest passage in sources/a.txt, line 1, column 20"), page);
        assertTrue(page.contains("Russian ambassador <mark class=\"span\">Sergei Kopyrkin w"), page);
        assertTrue(page.contains("summoned on October 24."), page);
    }

    @Test
    void aPassageIsTheTextAroundThePlaceUpToItsContextEitherSide() throws IOException {
        String before = "x".repeat(200);
        TestDataset dataset = new TestDataset(project);
        dataset.source("a.txt", before + TEXT);
        dataset.claims("one.json", claim("moved", "Kopyrkin was summoned", "a.txt", 3));

        ClaimResult moved = dataset.check().claims().get(0);

        Diagnosis diagnosis = moved.diagnosis().orElseThrow();
        int at = before.length() + TEXT.indexOf("Kopyrkin");
        int end = at + "Kopyrkin was summoned".length();
        assertEquals(
                Optional.of(new Passage(
                        at - Passage.CONTEXT, at, end, (before + TEXT).substring(at - Passage.CONTEXT), true)),
                diagnosis.aroundFound());
        assertEquals(
                Optional.of(new Passage(0, 3, 3 + 21, before.substring(0, 3 + 21 + Passage.CONTEXT), false)),
                diagnosis.aroundOffset());
    }
}
