/**
 * The Maven goals ({@code fact:check}, {@code fact:report}, {@code fact:fix}, {@code fact:pin}):
 * each maps its parameters to the validator's API and its results to log lines, report files and
 * the build's outcome. The goals use the validator's and the model's API packages only.
 */
package io.github.factmaven.plugin;
