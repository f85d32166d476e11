/**
 * The claim model: claims and source registry entries, and reading, checking against the JSON
 * Schema, and writing claims files and the registry with the line and column of every member.
 * Depends on Jackson and the schema validator only; nothing of fact-maven's other modules.
 */
package io.github.factmaven.model;
