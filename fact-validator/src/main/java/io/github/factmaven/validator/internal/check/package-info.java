/**
 * The check of the claims of one source, a function of its bytes and its claims ({@link
 * io.github.factmaven.validator.internal.check.SourceInspection}): each quote at its offset, its
 * context, how often it occurs, the names the source spells; and which claims quote the same span.
 * Uses source text, diagnosis and names; knows nothing of files, the cache, the registry or the
 * reports.
 */
package io.github.factmaven.validator.internal.check;
