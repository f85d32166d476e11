/**
 * The incremental cache's keys and file format: what identifies a claim's check (its quote, offset,
 * context and source content) and how a check's outcome is written and read back. Uses diagnosis
 * for the outcome it stores.
 */
package io.github.factmaven.validator.internal.cache;
