/**
 * What {@code fact:fix} changes in a claim (an offset found, a quote replaced by the source's text)
 * and how edits are shown as unified diffs. Uses source text, diagnosis and the check.
 */
package io.github.factmaven.validator.internal.fix;
