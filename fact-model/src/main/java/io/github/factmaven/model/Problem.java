package io.github.factmaven.model;

/**
 * Something wrong with a claims file, found while reading it.
 *
 * @param location where the problem is
 * @param message  what is wrong, in words a user can act on
 */
public record Problem(Location location, String message) {}
