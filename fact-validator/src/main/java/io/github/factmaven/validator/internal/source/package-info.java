/**
 * Source text: reading a source file once, as bytes checked for UTF-8 and hashed, decoding it and
 * finding where quotes occur in it. Uses the API's text and status types and nothing else of the
 * validator, so that every stage above may read sources.
 */
package io.github.factmaven.validator.internal.source;
