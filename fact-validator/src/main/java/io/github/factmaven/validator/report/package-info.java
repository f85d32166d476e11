/**
 * The reports a check's result is written as: console lines, JSON, SARIF 2.1.0, JUnit XML and a
 * self-contained HTML page, and the lines of a fix. Reports depend on the results of the API
 * package and on how texts are read ({@code internal.text}, for the passages a page shows), never on
 * how the check reached them.
 */
package io.github.factmaven.validator.report;
