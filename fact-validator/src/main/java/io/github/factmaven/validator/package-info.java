/**
 * The validator's entry points: check a dataset ({@link io.github.factmaven.validator.FactChecker}),
 * check it again redoing only what changed ({@link io.github.factmaven.validator.IncrementalCheck}),
 * repair its claims ({@link io.github.factmaven.validator.FactFixer}), pin its sources ({@link
 * io.github.factmaven.validator.SourcePinner}), and import and export web annotations. What they
 * take and give is in {@code api}, the reports of a result in {@code report}. These packages are
 * the supported API; the packages under {@code internal} hold the machinery and may change in any
 * release.
 */
package io.github.factmaven.validator;
