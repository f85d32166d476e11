package io.github.factmaven.validator.report;

import io.github.factmaven.model.Problem;
import io.github.factmaven.model.internal.Printable;
import io.github.factmaven.validator.api.CheckOutcome;
import io.github.factmaven.validator.api.CheckResult;
import io.github.factmaven.validator.api.ClaimResult;
import io.github.factmaven.validator.api.Diagnostic;
import io.github.factmaven.validator.api.Warning;
import io.github.factmaven.validator.api.WarningKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a check as log lines in the {@code path:line:column: message} form that IDEs and CI
 * systems turn into links, so the Maven plugin and any other caller print the same text.
 */
public final class ConsoleReport {

    private ConsoleReport() {}

    /**
     * Text from a dataset made safe to print on one line of a log: control characters, line and
     * paragraph separators, bidirectional controls and unpaired surrogates are shown as escapes
     * such as {@code \n} and {@code \u202E}, so that an id holding a line feed cannot forge a log
     * line or a CI command. Every line this class returns is already escaped so.
     *
     * @param text any text
     * @return the text with every character that could break or disguise a line escaped
     */
    public static String printable(String text) {
        return Printable.escape(text);
    }

    /**
     * One entry per problem, file problems first: the first line of an entry is
     * {@code path:line:column: [claim-id] message}; an entry may continue on further lines that show
     * the quote beside the source.
     *
     * @param result a check's result
     * @return the lines of every problem, empty when the check passed
     */
    public static List<String> problemLines(CheckResult result) {
        List<String> lines = new ArrayList<>();
        for (Problem problem : result.fileErrors()) {
            lines.addAll(entry(problem.location() + ": ", problem.message()));
        }
        for (ClaimResult claim : result.failures()) {
            String id = "[" + Printable.escape(claim.id().orElse("no id")) + "] ";
            for (Diagnostic diagnostic : claim.diagnostics()) {
                lines.addAll(entry(diagnostic.location() + ": " + id, diagnostic.message()));
            }
        }
        return lines;
    }

    /**
     * One entry per warning, the dataset's first, in the same form as {@link #problemLines(CheckResult)}.
     *
     * @param result a check's result
     * @return the lines of every warning
     */
    public static List<String> warningLines(CheckResult result) {
        List<String> lines = new ArrayList<>();
        for (Warning warning : result.warnings()) {
            lines.addAll(entry(warning.location() + ": ", warning.message()));
        }
        for (ClaimResult claim : result.needingAttention()) {
            for (Warning warning : claim.warnings()) {
                lines.addAll(entry(
                        warning.location() + ": [" + Printable.escape(claim.id().orElse("no id")) + "] ",
                        warning.message()));
            }
        }
        return lines;
    }

    /**
     * @param result a check's result
     * @return for example {@code 31 claims: 30 verified, 1 failed (5 claims files, 0 file errors, 1 warning)}
     */
    public static String summary(CheckResult result) {
        return summary(result.summary());
    }

    /**
     * @param summary the counts of a check, such as an engine that holds its results elsewhere has them
     * @return for example {@code 31 claims: 30 verified, 1 failed (5 claims files, 0 file errors, 1 warning)}
     */
    public static String summary(CheckResult.Summary summary) {
        return count(summary.claims(), "claim") + ": " + summary.verified() + " verified, " + summary.failed()
                + " failed" + (summary.failed() == 0 ? "" : ": " + troubles(summary)) + " ("
                + count(summary.files(), "claims file") + ", " + count(summary.fileErrors(), "file error") + ", "
                + count(summary.warnings(), "warning") + ")";
    }

    /**
     * What kinds of trouble the failed claims are in, in words: a failed claim is seldom a false one.
     *
     * @param summary the counts of a check with failed claims
     * @return for example {@code 2 quotes differ from their sources, 1 claim to complete with mvn fact:fix}
     */
    public static String troubles(CheckResult.Summary summary) {
        List<String> parts = new ArrayList<>();
        if (summary.quotes() > 0) {
            parts.add(
                    summary.quotes() == 1
                            ? "1 quote differs from its source"
                            : summary.quotes() + " quotes differ from their sources");
        }
        if (summary.incomplete() > 0) {
            parts.add(count(summary.incomplete(), "claim") + " to complete with mvn fact:fix");
        }
        if (summary.uncheckable() > 0) {
            parts.add(count(summary.uncheckable(), "claim") + " cannot be checked as "
                    + (summary.uncheckable() == 1 ? "it is" : "they are"));
        }
        return String.join(", ", parts);
    }

    /**
     * How the console says a count: the noun in the plural unless the count is one.
     *
     * @param count how many
     * @param noun  what, in the singular; an "s" makes the plural
     * @return for example {@code 1 warning} or {@code 2 warnings}
     */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * @param result a check's result
     * @return what the check tells its user, kept so that it can be told again when nothing changed
     */
    public static CheckOutcome outcome(CheckResult result) {
        return new CheckOutcome(
                problemLines(result),
                warningLines(result),
                summary(result),
                result.claims().size(),
                result.passed(),
                result.hasWarnings(),
                result.warnings().stream().anyMatch(warning -> warning.kind() == WarningKind.SPELLING_VARIANTS));
    }

    static List<String> entry(String head, String message) {
        List<String> lines = new ArrayList<>(message.lines().toList());
        lines.set(0, head + lines.get(0));
        return lines;
    }
}
