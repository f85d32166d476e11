package io.github.factmaven.validator.internal.source;

import io.github.factmaven.validator.SourceText;

/**
 * A source file read and decoded once for all the claims that cite it.
 *
 * @param name   the file's path as messages show it
 * @param text   the decoded text
 * @param sha256 the SHA-256 of the file's bytes, in lowercase hex
 */
public record LoadedSource(String name, SourceText text, String sha256) {}
