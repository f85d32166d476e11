package io.github.factmaven.validator.api;

import io.github.factmaven.model.Location;

/**
 * One reason a claim or a claims file failed, pointing at where to fix it.
 *
 * @param location where the problem is written, usually a member of the claim
 * @param message  what is wrong; may span several lines (a quote beside the source text)
 */
public record Diagnostic(Location location, String message) {}
