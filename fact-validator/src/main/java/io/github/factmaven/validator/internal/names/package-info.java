/**
 * Names spelled in near-identical ways: the capitalized words of sources and quotes with their
 * places, and the search for spellings that differ by a letter or two ("Koprikin" and
 * "Kopyrkin"). Uses the primitive sets only.
 */
package io.github.factmaven.validator.internal.names;
