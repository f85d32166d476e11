/**
 * Sets of 64-bit hashes held in arrays, for the passes that see every word or span of a dataset
 * and cannot afford an object per entry. Depends on nothing.
 */
package io.github.factmaven.validator.internal.hash;
