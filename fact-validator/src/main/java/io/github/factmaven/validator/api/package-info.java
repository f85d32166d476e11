/**
 * The values the validator's entry points take and give: the {@link
 * io.github.factmaven.validator.api.Dataset} to check, and what a check, a fix, a pin or an import
 * found, claim by claim (results, statuses, diagnoses, warnings). Depends on the claim model only:
 * every other package of the validator may use these types, and none of them uses another.
 */
package io.github.factmaven.validator.api;
