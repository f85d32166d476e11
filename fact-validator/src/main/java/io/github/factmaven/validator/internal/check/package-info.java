/**
 * The check of the claims of one source: each quote at its offset, its context, how often it
 * occurs, and which claims quote the same span. Uses source text and diagnosis; knows nothing of
 * the cache, the registry or the reports.
 */
package io.github.factmaven.validator.internal.check;
