package io.github.factmaven.validator.api;

import java.util.List;

/**
 * What a check told its user, enough to tell it again when nothing it read has changed: the log
 * lines of its problems and of its warnings, its summary, and what decides the build.
 *
 * @param problemLines     the problems, as {@code ConsoleReport.problemLines} renders them
 * @param warningLines     the warnings, as {@code ConsoleReport.warningLines} renders them
 * @param summary          the counts, as {@code ConsoleReport.summary} renders them
 * @param claims           how many claims were checked
 * @param passed           true if every claim was verified and no file had a problem
 * @param warned           true if the dataset or some claim had a warning
 * @param spellingVariants true if names were spelled in near-identical ways
 */
public record CheckOutcome(
        List<String> problemLines,
        List<String> warningLines,
        String summary,
        int claims,
        boolean passed,
        boolean warned,
        boolean spellingVariants) {

    /**
     * Makes immutable copies of the lines.
     *
     * @param problemLines the problems, as {@code ConsoleReport.problemLines} renders them
     * @param warningLines the warnings, as {@code ConsoleReport.warningLines} renders them
     * @param summary the counts, as {@code ConsoleReport.summary} renders them
     * @param claims how many claims were checked
     * @param passed true if every claim was verified and no file had a problem
     * @param warned true if the dataset or some claim had a warning
     * @param spellingVariants true if names were spelled in near-identical ways
     */
    public CheckOutcome {
        problemLines = List.copyOf(problemLines);
        warningLines = List.copyOf(warningLines);
    }
}
