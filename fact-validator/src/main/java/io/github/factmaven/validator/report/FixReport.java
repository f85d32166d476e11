package io.github.factmaven.validator.report;

import io.github.factmaven.model.Problem;
import io.github.factmaven.validator.api.ClaimFix;
import io.github.factmaven.validator.api.FixOutcome;
import io.github.factmaven.validator.api.FixResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a fix as log lines in the {@code path:line:column: [claim-id] message} form of
 * {@link ConsoleReport}.
 */
public final class FixReport {

    private FixReport() {}

    /**
     * @param result a fix's result
     * @return one entry per changed claim: what changed and which rule chose it
     */
    public static List<String> changeLines(FixResult result) {
        List<String> lines = new ArrayList<>();
        result.claims().stream().filter(ClaimFix::changed).forEach(fix -> lines.addAll(entry(fix)));
        return lines;
    }

    /**
     * @param result a fix's result
     * @return one entry per claims file that could not be read and per claim left alone, with why
     */
    public static List<String> leftAloneLines(FixResult result) {
        List<String> lines = new ArrayList<>();
        for (Problem problem : result.fileErrors()) {
            lines.addAll(ConsoleReport.entry(problem.location() + ": ", problem.message()));
        }
        result.claims().stream().filter(fix -> !fix.changed()).forEach(fix -> lines.addAll(entry(fix)));
        return lines;
    }

    /**
     * @param result a fix's result
     * @return for example {@code 2 offsets filled in, 1 repaired, 0 quotes fixed, 1 claim left alone, 0 file errors}
     */
    public static String summary(FixResult result) {
        return ConsoleReport.count(result.count(FixOutcome.OFFSET_FILLED), "offset") + " filled in, "
                + result.count(FixOutcome.OFFSET_REPAIRED) + " repaired, "
                + ConsoleReport.count(result.count(FixOutcome.QUOTE_FIXED), "quote") + " fixed, "
                + ConsoleReport.count(result.count(FixOutcome.LEFT_ALONE), "claim") + " left alone, "
                + ConsoleReport.count(result.fileErrors().size(), "file error");
    }

    private static List<String> entry(ClaimFix fix) {
        return ConsoleReport.entry(fix.location() + ": [" + fix.id().orElse("no id") + "] ", fix.message());
    }
}
