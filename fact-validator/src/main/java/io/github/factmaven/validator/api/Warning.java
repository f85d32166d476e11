package io.github.factmaven.validator.api;

import io.github.factmaven.model.Location;

/**
 * Something doubtful that does not fail a claim by itself: a quote that could mean several places,
 * a source without provenance, names spelled in different ways.
 *
 * @param kind     what sort of doubt it is
 * @param location where to look first
 * @param message  what is doubtful; may span several lines (every location of a spelling variant)
 */
public record Warning(WarningKind kind, Location location, String message) {}
