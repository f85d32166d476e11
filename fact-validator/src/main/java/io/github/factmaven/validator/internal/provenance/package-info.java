/**
 * Provenance: the sources registry's entries, pinned hashes and outlets, judged against each claim,
 * and the other sources a failed quote may have come from. Uses source text.
 */
package io.github.factmaven.validator.internal.provenance;
