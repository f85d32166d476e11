/**
 * What fact-maven's own modules share and its users should not rely on: atomic file writes, the
 * refusal of special files, text made safe to print, columns in code points where Jackson counts
 * Java chars. Public only because the validator and the
 * plugin are other modules; it may change in any release, and it is not part of the supported API.
 */
package io.github.factmaven.model.internal;
