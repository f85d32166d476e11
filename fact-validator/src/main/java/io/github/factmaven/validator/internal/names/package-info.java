/**
 * Names spelled in near-identical ways: the capitalized words of sources and quotes with their
 * places, and the search for spellings that differ by a letter or two ("Koprikin" and
 * "Kopyrkin"). Reads a source's text as its UTF-8 bytes; uses the primitive sets.
 */
package io.github.factmaven.validator.internal.names;
