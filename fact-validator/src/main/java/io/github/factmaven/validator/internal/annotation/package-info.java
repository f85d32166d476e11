/**
 * Web annotation documents read with the place of each part: the W3C Web Annotation model in JSON-LD
 * and the Hypothesis API's format, down to each annotation's quote, context, position and statement.
 * Knows no dataset: matching annotations with sources is the importer's.
 */
package io.github.factmaven.validator.internal.annotation;
