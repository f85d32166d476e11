/**
 * The validator's API: check a dataset ({@link io.github.factmaven.validator.FactChecker}), repair
 * its claims ({@link io.github.factmaven.validator.FactFixer}), pin its sources
 * ({@link io.github.factmaven.validator.SourcePinner}), and read what they found: results per claim,
 * statuses, diagnoses and warnings. These types are the supported API; the packages under
 * {@code internal} hold the machinery and may change in any release.
 */
package io.github.factmaven.validator;
